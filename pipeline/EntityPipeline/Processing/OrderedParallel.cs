using System.Threading.Channels;

namespace EntityPipeline.Processing;

/// <summary>
/// Maps items on up to <c>workers</c> threads and yields the results in input order. At most about
/// 2 × workers results wait at any time, so memory stays flat however long the input is.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> map, int workers, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        if (workers == 1)
        {
            foreach (var item in items)
            {
                cancel.ThrowIfCancellationRequested();
                yield return map(item);
            }
            yield break;
        }

        var pending = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(workers) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(workers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                    var task = Task.Run(() =>
                    {
                        try { return map(item); }
                        finally { slots.Release(); }
                    }, stop.Token);
                    await pending.Writer.WriteAsync(task, stop.Token).ConfigureAwait(false);
                }
                pending.Writer.Complete();
            }
            catch (Exception e)
            {
                pending.Writer.Complete(e);
            }
        });

        try
        {
            while (true)
            {
                Task<TResult> next;
                try
                {
                    if (!pending.Reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult()) break;
                    if (!pending.Reader.TryRead(out next!)) continue;
                }
                catch (ChannelClosedException e) when (e.InnerException is not null)
                {
                    throw e.InnerException;
                }
                yield return next.GetAwaiter().GetResult();
            }
        }
        finally
        {
            stop.Cancel();
            try { producer.Wait(); } catch (AggregateException) { }
        }
    }
}
