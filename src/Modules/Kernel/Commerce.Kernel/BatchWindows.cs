namespace Commerce.Kernel;

/// <summary>
/// How long a batch handler on an order's path waits for more messages before it handles what it has (Wolverine's
/// trigger time; a batch also starts at its size). Each batch is one transaction, and a transaction has costs whatever
/// it holds: the handler's queries before it, the hand-over of SQLite's write gate, the commit and its flush, and the
/// index pages of shared rows (a SKU's stock, its ledger), written once however many orders touched them. Fuller
/// batches share those among more orders, at the price of the wait.
/// <para>
/// Measured on SQLite with 16 clients, three runs each interleaved with the old windows (docs/benchmarks.md,
/// 2026-11-27): 20 ms everywhere placed 796–927 orders/s at 1.50–1.74 ms of host CPU each; these windows 903–988 at
/// 1.36–1.51 ms. The floor alone at 100 ms, or with reservations at 50 ms, made no difference beyond the noise.
/// </para>
/// </summary>
public static class BatchWindows
{
    /// <summary>
    /// Inventory's reservations and Orders' allocation updates: an order is allocated within about a tenth of a second
    /// of being placed, which no customer or person waiting on it can tell.
    /// </summary>
    public static readonly TimeSpan OrderPath = TimeSpan.FromMilliseconds(50);

    /// <summary>The Warehouse's view of the orders, which only a person releasing pick lists reads.</summary>
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(100);
}
