using System.Data.Common;
using Commerce.Kernel;
using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.EntityFrameworkCore.Update.Internal;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>
/// On SQLite a save's statements are prepared before its transaction begins, so that preparing them does not hold the
/// single writer's lock; a save whose rows need a key the database generates for another of its rows is left to EF Core's
/// own order. On a real SQLite file, with a model of its own.
/// </summary>
public sealed class PreparedAheadBatchExecutorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("commerce-batches-");
    private readonly TransactionWatch _transaction = new();

    private DatabaseSettings Settings => new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder.FullName, "db.sqlite")};Pooling=False");

    [Fact]
    public async Task No_value_of_a_save_is_read_while_its_transaction_holds_the_lock()
    {
        await using var db = await CreateAsync(Options());

        var commitsBefore = _transaction.Commits;

        db.Notes.AddRange(Enumerable.Range(1, 5).Select(i => new Note(_transaction) { Id = Guid.NewGuid(), Text = $"note {i}" }));
        await db.SaveChangesAsync();

        Assert.Equal(commitsBefore + 1, _transaction.Commits);
        Assert.Equal(0, _transaction.ReadsWhileOpen);
    }

    [Fact]
    public async Task Nor_while_a_synchronous_saves_transaction_holds_it()
    {
        await using var db = await CreateAsync(Options());
        var commitsBefore = _transaction.Commits;

        db.Notes.AddRange(Enumerable.Range(1, 5).Select(i => new Note(_transaction) { Id = Guid.NewGuid(), Text = $"note {i}" }));
        // The synchronous path is the one under test.
        db.SaveChanges();

        Assert.Equal(commitsBefore + 1, _transaction.Commits);
        Assert.Equal(0, _transaction.ReadsWhileOpen);
    }

    [Fact]
    public async Task EF_Cores_own_executor_reads_them_inside_the_transaction()
    {
        // The same save without the replacement: what the test above would see if it were not in place.
#pragma warning disable EF1001
        await using var db = await CreateAsync(Options(o => o.ReplaceService<IBatchExecutor, BatchExecutor>()));
#pragma warning restore EF1001

        db.Notes.AddRange(Enumerable.Range(1, 5).Select(i => new Note(_transaction) { Id = Guid.NewGuid(), Text = $"note {i}" }));
        await db.SaveChangesAsync();

        Assert.True(_transaction.ReadsWhileOpen > 0);
    }

    [Fact]
    public async Task Rows_that_refer_to_a_key_the_database_generates_in_the_same_save_get_that_key()
    {
        await using (var db = await CreateAsync(Options()))
        {
            db.Shelves.Add(new Shelf { Name = "new", Books = { new Book { Id = Guid.NewGuid(), Title = "a" }, new Book { Id = Guid.NewGuid(), Title = "b" } } });
            db.ChangeTracker.DetectChanges();
            Assert.True(PreparedAheadBatchExecutor.WaitsForGeneratedKey(db));
            await db.SaveChangesAsync();
        }

        await using var read = new ProbeDbContext(Options());
        var shelf = await read.Shelves.Include(s => s.Books).SingleAsync();
        Assert.True(shelf.Id > 0);
        Assert.Equal(["a", "b"], shelf.Books.Select(b => b.Title).Order());
    }

    [Fact]
    public async Task Rows_added_to_a_saved_row_are_prepared_ahead_too()
    {
        long shelfId;
        await using (var db = await CreateAsync(Options()))
        {
            var shelf = new Shelf { Name = "saved" };
            db.Shelves.Add(shelf);
            await db.SaveChangesAsync();
            shelfId = shelf.Id;
        }

        await using var write = new ProbeDbContext(Options());
        write.Books.AddRange(new Book { Id = Guid.NewGuid(), ShelfId = shelfId, Title = "c" }, new Book { Id = Guid.NewGuid(), ShelfId = shelfId, Title = "d" });
        Assert.False(PreparedAheadBatchExecutor.WaitsForGeneratedKey(write));
        await write.SaveChangesAsync();
        Assert.Equal(2, await write.Books.CountAsync(b => b.ShelfId == shelfId));
    }

    private DbContextOptions<ProbeDbContext> Options(Action<DbContextOptionsBuilder>? also = null)
    {
        var builder = new DbContextOptionsBuilder<ProbeDbContext>();
        builder.UseCommerceDatabase(Settings, ProbeDbContext.Module).AddInterceptors(_transaction);
        also?.Invoke(builder);
        return builder.Options;
    }

    private static async Task<ProbeDbContext> CreateAsync(DbContextOptions<ProbeDbContext> options)
    {
        var db = new ProbeDbContext(options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Counts the reads of a note's text while a transaction is open, and the commits.</summary>
    private sealed class TransactionWatch : DbTransactionInterceptor
    {
        private bool _open;
        public int ReadsWhileOpen { get; private set; }
        public int Commits { get; private set; }

        public void Read()
        {
            if (_open) ReadsWhileOpen++;
        }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            _open = true;
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
            DbTransaction result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(TransactionStarted(connection, eventData, result));

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        {
            _open = false;
            Commits++;
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            TransactionCommitted(transaction, eventData);
            return Task.CompletedTask;
        }
    }

    private sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ModuleDbContext(options, TimeProvider.System)
    {
        public const string Module = "probe";

        protected override string ModuleName => Module;

        public DbSet<Note> Notes => Set<Note>();
        public DbSet<Shelf> Shelves => Set<Shelf>();
        public DbSet<Book> Books => Set<Book>();

        protected override void ConfigureModel(ModelBuilder modelBuilder)
        {
            // Read through its getter, so that the test sees when EF Core reads it.
            modelBuilder.Entity<Note>().Property(n => n.Text).UsePropertyAccessMode(PropertyAccessMode.Property);
            modelBuilder.Entity<Shelf>().HasMany(s => s.Books).WithOne().HasForeignKey(b => b.ShelfId);
        }
    }

    private sealed class Note
    {
        private readonly TransactionWatch? _watch;
        private string _text = "";

        public Note(TransactionWatch watch) => _watch = watch;

        private Note() { }

        public Guid Id { get; set; }

        public string Text
        {
            get
            {
                _watch?.Read();
                return _text;
            }
            set => _text = value;
        }
    }

    /// <summary>Its key is generated by the database (an integer identity).</summary>
    private sealed class Shelf
    {
        public long Id { get; set; }
        public required string Name { get; set; }
        public List<Book> Books { get; } = [];
    }

    private sealed class Book
    {
        public Guid Id { get; set; }
        public long ShelfId { get; set; }
        public required string Title { get; set; }
    }
}
