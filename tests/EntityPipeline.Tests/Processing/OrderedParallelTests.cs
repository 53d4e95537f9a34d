using EntityPipeline.Processing;

namespace EntityPipeline.Tests.Processing;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_the_timing()
    {
        var items = Enumerable.Range(0, 200).ToList();

        var results = OrderedParallel.Map(items, i => { Thread.SpinWait((200 - i) * 50); return i * 2; }, workers: 4, CancellationToken.None).ToList();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_item_is_mapped_once_however_many_workers(int workers)
    {
        var mapped = new int[1_000];

        var results = OrderedParallel.Map(Enumerable.Range(0, mapped.Length), i => Interlocked.Increment(ref mapped[i]) * i, workers, CancellationToken.None).ToList();

        Assert.Equal(Enumerable.Range(0, mapped.Length), results);
        Assert.All(mapped, count => Assert.Equal(1, count));
    }

    [Fact]
    public void No_items_give_no_results()
    {
        Assert.Empty(OrderedParallel.Map(Array.Empty<int>(), i => i, workers: 2, CancellationToken.None));
    }

    [Fact]
    public void A_failing_item_throws_in_its_place_after_the_results_before_it()
    {
        var seen = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 40 ? throw new InvalidOperationException("item 40") : i, workers: 2, CancellationToken.None))
                seen.Add(r);
        });

        Assert.Equal("item 40", e.Message);
        Assert.Equal(Enumerable.Range(0, 40), seen);
    }

    [Fact]
    public void A_failing_input_throws_after_the_results_before_it()
    {
        static IEnumerable<int> Failing()
        {
            for (int i = 0; i < 10; i++) yield return i;
            throw new IOException("folder gone");
        }
        var seen = new List<int>();

        Assert.Throws<IOException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Failing(), i => i, workers: 2, CancellationToken.None))
                seen.Add(r);
        });

        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void No_item_is_taken_after_the_input_failed()
    {
        var mapped = new List<int>();

        Assert.Throws<IOException>(() => OrderedParallel.Map(new FailsOnce(at: 10), i => { lock (mapped) mapped.Add(i); return i; }, workers: 3, CancellationToken.None).ToList());

        Assert.Equal(Enumerable.Range(0, 10), mapped.Order());
    }

    /// <summary>0, 1, 2, …: throws once when asked for the item at <c>at</c>, and would go on after it.</summary>
    private sealed class FailsOnce(int at) : IEnumerable<int>, IEnumerator<int>
    {
        private int _next;
        public int Current { get; private set; }
        object System.Collections.IEnumerator.Current => Current;
        public bool MoveNext()
        {
            if (_next++ == at) throw new IOException("folder gone");
            Current = _next - 1;
            return _next < 1_000;
        }
        public IEnumerator<int> GetEnumerator() => this;
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;
        public void Reset() => throw new NotSupportedException();
        public void Dispose() { }
    }

    [Fact]
    public void Stopping_early_stops_the_workers_a_window_ahead()
    {
        var mapped = 0;

        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 100_000), i => Interlocked.Increment(ref mapped), workers: 2, CancellationToken.None).Take(5))
        {
        }
        Thread.Sleep(200);

        // the five yielded, and at most 7 a worker taken ahead of the caller
        Assert.InRange(Volatile.Read(ref mapped), 5, 5 + 7 * 2 + 2);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 10_000), i => i, workers: 2, cancel.Token))
                if (++seen == 10) cancel.Cancel();
        });
        Assert.InRange(seen, 10, 20);
    }

    [Fact]
    public void Cancelling_returns_while_an_item_is_still_being_mapped()
    {
        using var cancel = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();
        cancel.CancelAfter(100);

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Map([1], i => { release.Wait(); return i; }, workers: 1, cancel.Token).ToList());
        release.Set();
    }
}
