using System.Buffers;
using System.Collections.Concurrent;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// A write-only stream whose writes reach <c>target</c> on another thread, in blocks, in order: a writer that produces bytes
/// and a target that is slow to take them (deflating) run side by side. <see cref="Drain"/> waits until every byte is written
/// and reports the target's failure; the target stays open (its owner closes it).
/// </summary>
internal sealed class WriteBehindStream : Stream
{
    private const int BlockSize = 1 << 16, Blocks = 8;

    private readonly BlockingCollection<(byte[] Block, int Count)> _queue = new(Blocks);
    private readonly Task _writing;
    private byte[] _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _count;

    public WriteBehindStream(Stream target)
    {
        _writing = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var (block, count) in _queue.GetConsumingEnumerable())
                {
                    target.Write(block, 0, count);
                    ArrayPool<byte>.Shared.Return(block);
                }
            }
            finally
            {
                _queue.CompleteAdding(); // a failed target takes no more: the writer's next hand-off reports its failure
            }
        }, TaskCreationOptions.LongRunning);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            int take = Math.Min(buffer.Length, BlockSize - _count);
            buffer[..take].CopyTo(_block.AsSpan(_count));
            _count += take;
            buffer = buffer[take..];
            if (_count == BlockSize) HandOff();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    private void HandOff()
    {
        try { _queue.Add((_block, _count)); }
        catch (InvalidOperationException) when (_queue.IsAddingCompleted)
        {
            _writing.GetAwaiter().GetResult(); // the target's failure
            throw;
        }
        _block = ArrayPool<byte>.Shared.Rent(BlockSize);
        _count = 0;
    }

    /// <summary>Writes what is left and waits until the target has every byte; throws the target's failure.</summary>
    public void Drain()
    {
        if (_count > 0) HandOff();
        _queue.CompleteAdding();
        _writing.GetAwaiter().GetResult();
    }

    /// <summary>Nothing is flushed early: <see cref="Drain"/> ends the writing.</summary>
    public override void Flush() { }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _queue.CompleteAdding();
            try { _writing.Wait(); } catch (AggregateException) { } // disposing after a failure: the failure was reported, or is moot
            _queue.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_queue.IsAddingCompleted;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
