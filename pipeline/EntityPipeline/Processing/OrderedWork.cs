using System.Runtime.ExceptionServices;

namespace EntityPipeline.Processing;

/// <summary>
/// The state <see cref="OrderedParallel"/> shares between its workers and the caller: a ring of result slots, one lock, and
/// waits that block at once (<see cref="Monitor.Wait(object)"/>) rather than spin, so that a waiting caller or worker leaves the
/// core to the others (on two cores, spinning waits cost two workers about 5% of a run).
/// </summary>
internal sealed class OrderedWork<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> map, int window) : IDisposable
{
    private readonly object _gate = new(); // Monitor.Wait needs an object, not a Lock
    private readonly IEnumerator<TItem> _items = items.GetEnumerator();
    private readonly (bool Done, TResult Value, ExceptionDispatchInfo? Error)[] _slots = new (bool, TResult, ExceptionDispatchInfo?)[window];
    private long _taken;              // items taken by the workers
    private long _yielded;            // results handed to the caller
    private long _end = long.MaxValue; // the number of items, once the last was taken
    private bool _stopped;            // the caller left or cancelled: workers take no more
    private long _awaited = -1;       // the index the caller waits for
    private int _waitingWorkers;

    /// <summary>A worker's loop: takes the next item, maps it, puts the result (or the exception) in its slot.</summary>
    public void Work()
    {
        while (true)
        {
            TItem item;
            long index;
            lock (_gate)
            {
                while (!_stopped && _taken < _end && _taken - _yielded >= window)
                {
                    _waitingWorkers++;
                    Monitor.Wait(_gate);
                    _waitingWorkers--;
                }
                if (_stopped || _taken >= _end) return;
                index = _taken;
                try
                {
                    if (!_items.MoveNext())
                    {
                        _end = index;
                        Monitor.PulseAll(_gate);
                        return;
                    }
                    item = _items.Current;
                }
                catch (Exception e)
                {
                    // the input itself failed: the caller sees it in the input's place, after the items before it
                    _end = ++_taken;
                    Put(index, default!, ExceptionDispatchInfo.Capture(e));
                    return;
                }
                _taken++;
            }

            TResult value = default!;
            ExceptionDispatchInfo? error = null;
            try { value = map(item); }
            catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
            lock (_gate) Put(index, value, error);
        }
    }

    /// <summary>The caller's side: waits for the next result in input order; false after the last.</summary>
    public bool Next(CancellationToken cancel, out TResult result)
    {
        cancel.ThrowIfCancellationRequested();
        (bool Done, TResult Value, ExceptionDispatchInfo? Error) slot;
        lock (_gate)
        {
            long index = _yielded;
            while (!_slots[index % window].Done)
            {
                cancel.ThrowIfCancellationRequested();
                if (index >= _end)
                {
                    result = default!;
                    return false;
                }
                _awaited = index;
                Monitor.Wait(_gate);
                _awaited = -1;
            }
            slot = _slots[index % window];
            _slots[index % window] = default;
            _yielded++;
            if (_waitingWorkers > 0) Monitor.PulseAll(_gate);
        }
        slot.Error?.Throw();
        result = slot.Value;
        return true;
    }

    /// <summary>Wakes everyone and lets no worker take another item (cancelled, or the caller stopped early).</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _stopped = true;
            _items.Dispose();
            Monitor.PulseAll(_gate);
        }
    }

    public void Dispose() => Stop();

    private void Put(long index, TResult value, ExceptionDispatchInfo? error)
    {
        _slots[index % window] = (true, value, error);
        if (_awaited == index) Monitor.PulseAll(_gate);
    }
}
