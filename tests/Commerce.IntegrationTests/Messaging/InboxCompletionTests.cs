using System.Data.Common;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel;
using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace Commerce.IntegrationTests.Messaging;

/// <summary>
/// A batch's messages completed in the handler's own transaction (<see cref="InboxCompletion"/>), on the real database
/// and Wolverine's real inbox table: a local queue's rows deleted, others marked handled as Wolverine marks them.
/// </summary>
public abstract class InboxCompletionTests(AppFixture fixture) : ApiTest(fixture)
{
    private IWolverineRuntime Runtime => App.Services.GetRequiredService<IWolverineRuntime>();

    [Fact]
    public async Task A_batchs_messages_are_handled_when_the_handlers_save_commits()
    {
        var members = await InInboxAsync(3);
        var batch = BatchOf(members);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            db.Locations.Add(NewLocation(Api.Unique("WH")));
            db.CompleteMessageOnSave(new HandlingContext(Runtime, batch));
            await db.SaveChangesAsync();
        }

        Assert.All(members, m => Assert.Equal(EnvelopeStatus.Handled, m.Status));
        Assert.Empty(await InboxStatusAsync(members));
    }

    [Fact]
    public async Task A_single_message_is_handled_when_its_handlers_save_commits()
    {
        var message = (await InInboxAsync(1)).Single();

        await SaveLocationAsync(Api.Unique("WH"), InboxCompletion.For(message, Runtime));

        Assert.Equal(EnvelopeStatus.Handled, message.Status);
        Assert.Empty(await InboxStatusAsync([message]));
    }

    [Fact]
    public async Task A_large_batch_from_three_queues_is_completed_and_nothing_else_is()
    {
        // More than one statement's worth (500) from one local queue, a few from another and from a broker's queue, and
        // rows of none of the batch.
        var local = (await InInboxAsync(520)).Concat(await InInboxAsync(3, "local://inbox-completion-other")).ToArray();
        var fromBroker = await InInboxAsync(3, "tcp://localhost:2201/inbox-completion");
        var bystanders = await InInboxAsync(2);
        var completion = InboxCompletion.For(BatchOf([.. local, .. fromBroker]), Runtime);
        Assert.True(completion?.MarksBatchesAtOnce, "each message was completed by a statement of its own");

        var before = DateTimeOffset.UtcNow;
        await SaveLocationAsync(Api.Unique("WH"), completion);

        Assert.Empty(await InboxStatusAsync(local));
        // As Wolverine's own statement leaves them: handled, released to any node, kept until the cleanup may delete them.
        var ids = fromBroker.Select(m => m.Id).ToHashSet();
        var rows = (await Runtime.Storage.Admin.AllIncomingAsync()).Where(e => ids.Contains(e.Id)).ToList();
        Assert.Equal(fromBroker.Length, rows.Count);
        var keep = Runtime.DurabilitySettings.KeepAfterMessageHandling;
        Assert.All(rows, row =>
        {
            Assert.Equal(EnvelopeStatus.Handled, row.Status);
            Assert.Equal(0, row.OwnerId);
            Assert.InRange(row.KeepUntil!.Value, before.Add(keep).AddSeconds(-1), DateTimeOffset.UtcNow.Add(keep).AddSeconds(1));
        });
        await AssertStillIncomingAsync(bystanders);
    }

    [Fact]
    public async Task A_batchs_messages_stay_unhandled_when_the_handlers_save_fails()
    {
        var members = await InInboxAsync(2);
        var code = Api.Unique("WH");
        await SaveLocationAsync(code, null);

        // The same location code again: the save fails on its unique key, and the transaction with it.
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            SaveLocationAsync(code, InboxCompletion.For(BatchOf(members), Runtime)));

        await AssertStillIncomingAsync(members);
    }

    [Fact]
    public async Task A_batchs_messages_stay_unhandled_when_the_commit_fails_after_they_were_written()
    {
        var members = await InInboxAsync(2);
        await using var scope = App.Services.CreateAsyncScope();
        var options = new DbContextOptionsBuilder<InventoryDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<InventoryDbContext>>())
            .AddInterceptors(new FailingCommit()) // after the completion's interceptor: its rows are written, then the commit fails
            .Options;
        await using var db = new InventoryDbContext(options, TimeProvider.System);
        db.Locations.Add(NewLocation(Api.Unique("WH")));
        db.CompleteOnSave(InboxCompletion.For(BatchOf(members), Runtime));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        await AssertStillIncomingAsync(members);
    }

    [Fact]
    public async Task Messages_not_in_the_inbox_are_left_to_Wolverine()
    {
        var notStored = new Envelope(new ReceiveStock("SKU", "MAIN", 1, "not-stored")) { Destination = new Uri("local://inbox-completion") };

        Assert.Null(InboxCompletion.For(notStored, Runtime));
        Assert.Null(InboxCompletion.For(new Envelope(new[] { notStored.Message! }, [notStored]), Runtime));
    }

    private static Envelope BatchOf(Envelope[] members) => new(members.Select(m => m.Message!).ToArray(), members);

    /// <summary>Neither the envelopes nor their rows were marked handled; the rows are then retired, so recovery finds nothing.</summary>
    private async Task AssertStillIncomingAsync(Envelope[] members)
    {
        Assert.All(members, m => Assert.Equal(EnvelopeStatus.Incoming, m.Status));
        var rows = await InboxStatusAsync(members);
        Assert.All(members, m => Assert.Equal(EnvelopeStatus.Incoming, rows[m.Id]));
        await Runtime.Storage.Inbox.MarkIncomingEnvelopeAsHandledAsync(members);
    }

    /// <summary>Envelopes stored in Wolverine's inbox as a local queue's are, owned by this node so that its recovery leaves them be.</summary>
    private async Task<Envelope[]> InInboxAsync(int count, string destination = "local://inbox-completion")
    {
        var envelopes = Enumerable.Range(1, count).Select(i => new Envelope(new ReceiveStock("SKU", "MAIN", i, $"inbox-{i}"))
        {
            Id = Guid.NewGuid(),
            Destination = new Uri(destination),
            MessageType = "inbox-completion-test",
            ContentType = "application/json",
            Data = [1],
            Status = EnvelopeStatus.Incoming,
            OwnerId = Runtime.DurabilitySettings.AssignedNodeNumber,
        }).ToArray();
        await Runtime.Storage.Inbox.StoreIncomingAsync(envelopes);
        foreach (var envelope in envelopes) envelope.WasPersistedInInbox = true;
        return envelopes;
    }

    private async Task SaveLocationAsync(string code, InboxCompletion? completion)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        db.Locations.Add(NewLocation(code));
        db.CompleteOnSave(completion);
        await db.SaveChangesAsync();
    }

    private static Location NewLocation(string code) => new()
    {
        Code = code, Name = code, AddressLine1 = "9 Quay", City = "Leeds", PostalCode = "LS1 1AA", CountryCode = "GB",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The context a handler of <paramref name="envelope"/> is given, as Wolverine sets it up.</summary>
    private sealed class HandlingContext : MessageContext
    {
        public HandlingContext(IWolverineRuntime runtime, Envelope envelope) : base(runtime) => Envelope = envelope;
    }

    private sealed class FailingCommit : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction,
            TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The commit failed.");
    }

    private async Task<Dictionary<Guid, EnvelopeStatus>> InboxStatusAsync(IEnumerable<Envelope> envelopes)
    {
        var ids = envelopes.Select(e => e.Id).ToHashSet();
        return (await Runtime.Storage.Admin.AllIncomingAsync()).Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id, e => e.Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InboxCompletionOnSqlite(SqliteApp fixture) : InboxCompletionTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class InboxCompletionOnPostgres(PostgresApp fixture) : InboxCompletionTests(fixture);
