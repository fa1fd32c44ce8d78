using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Inventory.Contracts;
using Commerce.Kernel.Http;
using Commerce.Orders.Data;
using Commerce.Orders.Domain.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Routing;

/// <summary>A rule as the API takes it. Position (1-based) is where a new rule goes; at the end when omitted.</summary>
public sealed record RoutingRuleRequest(
    string? Name, bool? Enabled, IReadOnlyList<string?>? Skus, IReadOnlyList<string?>? Categories, IReadOnlyList<string?>? Destinations,
    IReadOnlyList<string?>? Channels, IReadOnlyList<string?>? Sources, string? Strategy, bool? AllowSplit, bool? AllowBackorder,
    int? Position = null, int? RerouteAfterHours = null, string? RerouteTo = null);

public sealed record RoutingRuleView(
    Guid Id, int Position, string Name, bool Enabled, IReadOnlyList<string> Skus, IReadOnlyList<string> Categories,
    IReadOnlyList<string> Destinations, IReadOnlyList<string> Channels, IReadOnlyList<string> Sources, string Strategy,
    bool AllowSplit, bool AllowBackorder, int? RerouteAfterHours, string? RerouteTo, DateTimeOffset UpdatedAt);

public sealed record RuleOrderRequest(IReadOnlyList<Guid>? Ids);

internal static partial class RoutingRuleEndpoints
{
    public const int MaxListLength = 500;

    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/routing-rules", List).WithSummary("List routing rules in the order they are tried");
        writes.MapPost("/routing-rules", Create)
            .WithSummary("Add a routing rule")
            .WithDescription(
                "Conditions (all optional; every one given must hold, any value in a list may match): skus, categories, " +
                "destinations (\"US\", \"US-9\"), channels. sources: the fulfillment sources it may use; strategy: preference " +
                "(as listed), nearest (by the sources' zones) or cheapest. allowSplit lets a line or the order ship from several " +
                "sources; allowBackorder lets units wait at the first stock source when none has them.");
        writes.MapPut("/routing-rules/{id:guid}", Update).WithSummary("Change a routing rule");
        writes.MapDelete("/routing-rules/{id:guid}", Delete).WithSummary("Delete a routing rule");
        writes.MapPut("/routing-rules/order", Reorder)
            .WithSummary("Reorder the routing rules")
            .WithDescription("ids: every rule's id, in the new order.");
    }

    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9 ]{1,10})?$")]
    internal static partial Regex DestinationPattern();

    private static async Task<Ok<List<RoutingRuleView>>> List(OrdersDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken)).Select(ToView).ToList());

    private static async Task<Results<Created<RoutingRuleView>, ValidationProblem>> Create(
        RoutingRuleRequest request, OrdersDbContext db, IMessageBus bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(request, db, bus, cancellationToken);
        var rules = await db.RoutingRules.OrderBy(r => r.Position).ToListAsync(cancellationToken);
        errors.Check(request.Position is null || request.Position >= 1 && request.Position <= rules.Count + 1, "position",
            $"must be between 1 and {rules.Count + 1}.");
        if (errors.Any) return errors.ToProblem();

        var rule = new RoutingRule { Name = "" };
        Apply(rule, request, clock.GetUtcNow());
        rules.Insert((request.Position ?? rules.Count + 1) - 1, rule);
        db.RoutingRules.Add(rule);
        Renumber(rules);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/orders/routing-rules/{rule.Id}", ToView(rule));
    }

    private static async Task<Results<Ok<RoutingRuleView>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RoutingRuleRequest request, OrdersDbContext db, IMessageBus bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rule = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null) return Problems.NotFound("Routing rule", id);
        var errors = await ValidateAsync(request, db, bus, cancellationToken);
        errors.Check(request.Position is null, "position", "is changed by reordering the rules (PUT /routing-rules/order).");
        if (errors.Any) return errors.ToProblem();
        Apply(rule, request, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(rule));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.RoutingRules.OrderBy(r => r.Position).ToListAsync(cancellationToken);
        var rule = rules.FirstOrDefault(r => r.Id == id);
        if (rule is null) return Problems.NotFound("Routing rule", id);
        db.RoutingRules.Remove(rule);
        rules.Remove(rule);
        Renumber(rules);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<RoutingRuleView>>, ValidationProblem>> Reorder(
        RuleOrderRequest request, OrdersDbContext db, CancellationToken cancellationToken)
    {
        if (request.Ids is not { } ids) return new FieldErrors().Add("ids", "is required: every rule's id, in the new order.").ToProblem();
        var rules = await db.RoutingRules.ToListAsync(cancellationToken);
        if (ids.Count != rules.Count || ids.Distinct().Count() != ids.Count || !rules.All(r => ids.Contains(r.Id)))
            return new FieldErrors().Add("ids", $"must list each of the {rules.Count} rules' ids exactly once.").ToProblem();
        var ordered = ids.Select(id => rules.Single(r => r.Id == id)).ToList();
        Renumber(ordered);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ordered.Select(ToView).ToList());
    }

    private static void Renumber(List<RoutingRule> rules)
    {
        for (var i = 0; i < rules.Count; i++) rules[i].Position = i + 1;
    }

    /// <summary>Every problem at once: the shape, then SKUs, categories and sources that do not exist.</summary>
    private static async Task<FieldErrors> ValidateAsync(
        RoutingRuleRequest request, OrdersDbContext db, IMessageBus bus, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Name, "name");
        errors.Check(request.Strategy is null || Enum.TryParse<RoutingStrategy>(request.Strategy, true, out var strategy) && Enum.IsDefined(strategy) && !int.TryParse(request.Strategy, out _),
            "strategy", "must be preference, nearest or cheapest.");
        var lists = new[] { ("skus", request.Skus), ("categories", request.Categories), ("destinations", request.Destinations),
            ("channels", request.Channels), ("sources", request.Sources) };
        foreach (var (field, values) in lists)
        {
            if (values is null) continue;
            errors.Check(values.Count <= MaxListLength, field, $"must have at most {MaxListLength} entries.");
            for (var i = 0; i < Math.Min(values.Count, MaxListLength); i++) errors.Required(values[i], $"{field}[{i}]", 64);
        }

        for (var i = 0; i < (request.Destinations?.Count ?? 0); i++)
        {
            if (request.Destinations![i] is { } d)
                errors.Check(DestinationPattern().IsMatch(d), $"destinations[{i}]", "must be a country code (US) or a country and postal prefix (US-9).");
        }

        errors.Check(request.Sources is { Count: > 0 }, "sources", "must name at least one fulfillment source.");
        errors.Check(request.RerouteAfterHours is null or (>= 1 and <= 2160), "rerouteAfterHours", "must be between 1 and 2,160 hours (90 days).");
        errors.Check((request.RerouteAfterHours is null) == string.IsNullOrWhiteSpace(request.RerouteTo), "rerouteTo",
            "and rerouteAfterHours go together: where backorders go, and after how long.");
        errors.Check(request.RerouteTo is null || request.AllowBackorder == true, "rerouteTo", "needs allowBackorder: only backorders are re-routed.");
        if (errors.Any) return errors;

        var sourceCodes = Clean([.. request.Sources!, request.RerouteTo]);
        var sources = await db.Sources.AsNoTracking().Where(s => sourceCodes.Contains(s.Code)).ToListAsync(cancellationToken);
        for (var i = 0; i < request.Sources!.Count; i++)
        {
            errors.Check(sources.Any(s => s.Code == request.Sources[i]!.Trim()), $"sources[{i}]", $"There is no fulfillment source '{request.Sources[i]}'.");
        }

        if (!string.IsNullOrWhiteSpace(request.RerouteTo))
            errors.Check(sources.Any(s => s.Code == request.RerouteTo.Trim()), "rerouteTo", $"There is no fulfillment source '{request.RerouteTo}'.");
        errors.Check(request.AllowBackorder != true || sources.Any(s => s.Kind != SourceKind.Dropship && Clean(request.Sources).Contains(s.Code)), "allowBackorder",
            "needs a warehouse or 3PL among the sources: units can only wait where we hold stock.");

        var skus = Clean(request.Skus);
        if (skus.Count > 0)
        {
            var unknown = (await bus.InvokeAsync<UnknownSkus>(new FindUnknownSkus(skus), cancellationToken)).Skus;
            for (var i = 0; i < request.Skus!.Count; i++)
                errors.Check(!unknown.Contains(request.Skus[i]!.Trim()), $"skus[{i}]", $"There is no SKU '{request.Skus[i]}'.");
        }

        var categories = Clean(request.Categories);
        if (categories.Count > 0)
        {
            var unknown = (await bus.InvokeAsync<UnknownCategories>(new FindUnknownCategories(categories), cancellationToken)).Categories;
            for (var i = 0; i < request.Categories!.Count; i++)
                errors.Check(!unknown.Contains(request.Categories[i]!.Trim()), $"categories[{i}]", $"No SKU is in category '{request.Categories[i]}'.");
        }

        return errors;
    }

    private static List<string> Clean(IReadOnlyList<string?>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList() ?? [];

    private static void Apply(RoutingRule rule, RoutingRuleRequest request, DateTimeOffset now)
    {
        rule.Name = request.Name!.Trim();
        rule.Enabled = request.Enabled ?? true;
        rule.Skus = Clean(request.Skus);
        rule.Categories = Clean(request.Categories);
        rule.Destinations = Clean(request.Destinations).Select(d => d.ToUpperInvariant()).ToList();
        rule.Channels = Clean(request.Channels);
        rule.Sources = Clean(request.Sources);
        rule.Strategy = request.Strategy is null ? RoutingStrategy.Preference : Enum.Parse<RoutingStrategy>(request.Strategy, true);
        rule.AllowSplit = request.AllowSplit ?? false;
        rule.AllowBackorder = request.AllowBackorder ?? false;
        rule.RerouteAfterHours = request.RerouteAfterHours;
        rule.RerouteTo = string.IsNullOrWhiteSpace(request.RerouteTo) ? null : request.RerouteTo.Trim();
        rule.UpdatedAt = now;
    }

    private static RoutingRuleView ToView(RoutingRule r) =>
        new(r.Id, r.Position, r.Name, r.Enabled, r.Skus, r.Categories, r.Destinations, r.Channels, r.Sources,
            JsonNamingPolicy.CamelCase.ConvertName(r.Strategy.ToString()), r.AllowSplit, r.AllowBackorder, r.RerouteAfterHours, r.RerouteTo, r.UpdatedAt);
}
