using Commerce.Shipping.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Shipping.Features.Tracking;

/// <summary>Asking the carrier about this package failed: ask again later.</summary>
public sealed record PostponePoll(Guid PackageId);

public static class PostponePollHandler
{
    public static async Task Handle(PostponePoll command, ShippingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var package = await db.Packages.SingleOrDefaultAsync(p => p.Id == command.PackageId, cancellationToken);
        package?.PostponePoll(clock.GetUtcNow());
    }
}
