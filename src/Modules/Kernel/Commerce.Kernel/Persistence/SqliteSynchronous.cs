namespace Commerce.Kernel;

/// <summary>
/// How far an SQLite commit has reached the disk when it returns (SQLite's <c>synchronous</c> setting, in WAL mode).
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>Flushed to disk: a commit survives a power cut or an operating-system crash. The default.</summary>
    Full,

    /// <summary>
    /// Written to the operating system, flushed at checkpoints: a commit survives a crash of Commerce, but the last
    /// moments of commits can be lost in a power cut (the database stays consistent). Spares a flush per commit, which
    /// counts on slow storage; only for servers whose storage survives a power cut on its own (a battery-backed
    /// controller, a UPS that shuts down cleanly).
    /// </summary>
    Normal,
}
