using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Tests.Output;

public sealed class WriteBehindStreamTests
{
    [Fact]
    public void Every_byte_reaches_the_target_in_order_once_drained()
    {
        var bytes = Enumerable.Range(0, 1_000_003).Select(i => (byte)(i * 7 + i / 251)).ToArray();
        var target = new MemoryStream();
        using (var stream = new WriteBehindStream(target))
        {
            // writes of every size, across the blocks' edges
            for (int at = 0, size = 1; at < bytes.Length; at += size, size = size * 3 % 100_003 + 1)
                stream.Write(bytes, at, Math.Min(size, bytes.Length - at));
            stream.Drain();
        }
        Assert.Equal(bytes, target.ToArray());
    }

    [Fact]
    public void The_targets_failure_is_thrown_to_the_writer()
    {
        using var stream = new WriteBehindStream(new FailingStream());
        var failure = Record.Exception(() =>
        {
            for (int i = 0; i < 100; i++) stream.Write(new byte[1 << 16]);
            stream.Drain();
        });
        Assert.IsType<IOException>(failure);
        Assert.Equal("disk full", failure.Message);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }
}
