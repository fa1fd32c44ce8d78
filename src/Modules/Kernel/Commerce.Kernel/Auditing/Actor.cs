namespace Commerce.Kernel.Auditing;

/// <summary>
/// Who is acting now: the API key or user of an HTTP request, or the module handling a message. Flows with the async
/// call so that audit entries and status histories can name the actor without every method passing it along.
/// </summary>
public static class Actor
{
    private static readonly AsyncLocal<string?> CurrentActor = new();

    public const string System = "system";

    public static string Current => CurrentActor.Value ?? System;

    /// <summary>Sets the actor until the returned scope is disposed.</summary>
    public static IDisposable Use(string actor)
    {
        var previous = CurrentActor.Value;
        CurrentActor.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => CurrentActor.Value = previous;
    }
}
