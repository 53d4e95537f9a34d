using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace EntityPipeline.Processing;

/// <summary>
/// Maps items on <c>workers</c> dedicated threads and yields the results in input order. At most about
/// 7 × workers items are queued or waiting to be yielded, so memory stays flat however long the input is; enough that
/// a worker rarely waits while the caller writes a long document's results.
/// The work runs off the calling thread even with one worker, so cancelling returns at once instead of
/// waiting for a long item to finish; the abandoned item ends with the process (the threads are background).
/// Dedicated threads rather than the thread pool: the work is long and CPU-bound, and must not starve
/// (or be starved by) other users of the pool.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Results, per worker, that may wait to be yielded beyond the one being awaited.</summary>
    private const int Ahead = 6;

    public static IEnumerable<TResult> Map<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> map, int workers, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        using var work = new BlockingCollection<(TItem Item, TaskCompletionSource<TResult> Result)>(boundedCapacity: workers);
        for (int i = 0; i < workers; i++)
            new Thread(() => Work(work, map)) { IsBackground = true, Name = $"pipeline-worker-{i}" }.Start();

        var pending = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in items)
            {
                var result = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                work.Add((item, result), cancel);
                pending.Enqueue(result.Task);
                while (pending.Count > Ahead * workers)
                    yield return Await(pending.Dequeue(), cancel);
            }
            work.CompleteAdding();
            while (pending.Count > 0)
                yield return Await(pending.Dequeue(), cancel);
        }
        finally
        {
            if (!work.IsAddingCompleted) work.CompleteAdding();
        }
    }

    private static void Work<TItem, TResult>(BlockingCollection<(TItem Item, TaskCompletionSource<TResult> Result)> work, Func<TItem, TResult> map)
    {
        try
        {
            foreach (var (item, result) in work.GetConsumingEnumerable())
            {
                try { result.SetResult(map(item)); }
                catch (Exception e) { result.SetException(e); }
            }
        }
        catch (ObjectDisposedException)
        {
            // the consumer stopped early and disposed the queue: nothing is waiting for more results
        }
    }

    private static TResult Await<TResult>(Task<TResult> task, CancellationToken cancel)
    {
        try
        {
            task.Wait(cancel);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerException!);
        }
        return task.Result;
    }
}
