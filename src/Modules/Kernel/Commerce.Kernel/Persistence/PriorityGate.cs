namespace Commerce.Kernel.Persistence;

/// <summary>
/// An async mutual-exclusion gate with two lanes: when it is released, a waiter in the urgent lane goes before every
/// waiter in the ordinary lane; within a lane, first come, first served.
/// </summary>
public sealed class PriorityGate
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _urgent = new();
    private readonly LinkedList<TaskCompletionSource> _ordinary = new();
    private bool _held;

    public int Waiting
    {
        get
        {
            lock (_lock) return _urgent.Count + _ordinary.Count;
        }
    }

    /// <summary>Completes when the caller holds the gate; the caller must <see cref="Release"/> it once.</summary>
    public Task EnterAsync(bool urgent, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<TaskCompletionSource> node;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return Task.CompletedTask;
            }

            node = (urgent ? _urgent : _ordinary).AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return cancellationToken.CanBeCanceled ? WaitAsync(node, cancellationToken) : node.Value.Task;
    }

    private async Task WaitAsync(LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(() =>
                     {
                         lock (_lock)
                         {
                             // Handed the gate already: the caller holds it and releases it as usual.
                             if (node.List is null) return;
                             node.List.Remove(node);
                         }

                         node.Value.TrySetCanceled(cancellationToken);
                     }))
        {
            await node.Value.Task;
        }
    }

    public void Enter(bool urgent) => EnterAsync(urgent).GetAwaiter().GetResult();

    /// <summary>Hands the gate to the next waiter, urgent ones first, or opens it.</summary>
    public void Release()
    {
        TaskCompletionSource next;
        lock (_lock)
        {
            if (!_held) throw new InvalidOperationException("The gate is not held.");
            var lane = _urgent.Count > 0 ? _urgent : _ordinary;
            if (lane.First is not { } first)
            {
                _held = false;
                return;
            }

            lane.RemoveFirst();
            next = first.Value;
        }

        next.SetResult();
    }
}
