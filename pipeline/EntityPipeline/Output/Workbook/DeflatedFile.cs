using System.IO.Compression;
using System.IO.Hashing;

namespace EntityPipeline.Output.Workbook;

/// <summary>What a zip entry records of a part deflated into <paramref name="Path"/>: its CRC-32 and both lengths.</summary>
internal sealed record DeflatedPart(string Path, uint Crc32, long Length, long CompressedLength);

/// <summary>
/// A write-only stream that deflates what is written into a file, as a zip entry holds it, and keeps the entry's CRC-32 and
/// lengths: a sheet is compressed while the run writes it, on the thread that writes it, so that packing the workbook after the
/// last document only copies bytes (<see cref="DeflatedZip"/>) instead of deflating about 150 MB of XML on one core.
/// </summary>
internal sealed class DeflatedFile : Stream
{
    /// <summary>
    /// zlib-ng's level 5: as small as <c>CompressionLevel.Optimal</c> (6, what System.IO.Packaging uses) on sheet XML and about 15%
    /// less work (the 6,000 short articles' 150 MB of sheets: 18.62 MB in 0.77 s against 18.63 MB in 0.92 s; level 4 19.8 MB, 1 27.5 MB).
    /// </summary>
    public static ZLibCompressionOptions Level => new() { CompressionLevel = 5 };

    private readonly string _path;
    private readonly FileStream _file;
    private readonly DeflateStream _deflate;
    private readonly Crc32 _crc = new();
    private long _length;
    private DeflatedPart? _finished;

    public DeflatedFile(string path)
    {
        _path = path;
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _deflate = new DeflateStream(_file, Level, leaveOpen: true);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_finished is not null, this);
        _crc.Append(buffer);
        _length += buffer.Length;
        _deflate.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Ends the deflate stream and closes the file; the part as a zip entry will record it.</summary>
    public DeflatedPart Finish()
    {
        if (_finished is null)
        {
            _deflate.Dispose();
            _file.Dispose();
            _finished = new DeflatedPart(_path, _crc.GetCurrentHashAsUInt32(), _length, new FileInfo(_path).Length);
        }
        return _finished;
    }

    /// <summary>Nothing to flush before <see cref="Finish"/>: a deflate stream flushed early would write another block.</summary>
    public override void Flush() { }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate.Dispose();
            _file.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => _finished is null;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
