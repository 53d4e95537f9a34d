namespace EntityPipeline.Processing;

/// <summary>
/// Maps items on <c>workers</c> dedicated threads and yields the results in input order. At most 7 × workers items are
/// taken ahead of the one the caller awaits, so memory stays flat however long the input is; enough that a worker rarely
/// waits while the caller writes a long document's results.
/// The work runs off the calling thread even with one worker, so cancelling returns at once instead of
/// waiting for a long item to finish; the abandoned item ends with the process (the threads are background).
/// Dedicated threads rather than the thread pool: the work is long and CPU-bound, and must not starve
/// (or be starved by) other users of the pool.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Items, per worker, that may be taken ahead of the result the caller awaits.</summary>
    private const int Ahead = 7;

    /// <remarks>The workers take the items from <paramref name="items"/> themselves, one at a time under a lock.</remarks>
    public static IEnumerable<TResult> Map<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> map, int workers, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        return Yield(items, map, workers, cancel);
    }

    private static IEnumerable<TResult> Yield<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> map, int workers, CancellationToken cancel)
    {
        using var work = new OrderedWork<TItem, TResult>(items, map, Ahead * workers);
        using var wake = cancel.Register(work.Stop);
        for (int i = 0; i < workers; i++)
            new Thread(work.Work) { IsBackground = true, Name = $"pipeline-worker-{i}" }.Start();
        while (work.Next(cancel, out var result))
            yield return result;
    }
}
