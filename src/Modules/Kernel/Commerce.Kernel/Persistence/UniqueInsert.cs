using Microsoft.EntityFrameworkCore;

namespace Commerce.Kernel.Persistence;

public static class UniqueInsert
{
    /// <summary>
    /// Inserts the entity; false when a unique key (a code, an external id) already holds that value, even when a
    /// concurrent request inserted it a moment earlier. The database's unique index decides, not a prior query.
    /// </summary>
    public static async Task<bool> TryInsertAsync<TEntity>(this DbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        db.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.Entry(entity).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>
    /// Saves; false when a unique key or a concurrency token says someone else got there first. The caller answers 409.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            return false;
        }
    }
}
