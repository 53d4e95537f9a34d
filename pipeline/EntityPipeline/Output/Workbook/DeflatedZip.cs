using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Writes a zip archive whose entries are already deflated (<see cref="DeflatedFile"/>): neither System.IO.Compression nor
/// System.IO.Packaging takes compressed bytes, and the workbook's sheets are compressed while the run writes them. The layout is
/// the zip specification's (APPNOTE 6.3): a local header before each entry's data, then the central directory; an entry, an
/// offset or a count past the 32-bit fields is written in the Zip64 form, as System.IO.Compression does.
/// </summary>
internal sealed class DeflatedZip
{
    private const ushort Deflated = 8, Version = 20, VersionZip64 = 45;
    private const uint Saturated = uint.MaxValue;

    private sealed record Entry(byte[] Name, uint DosTime, uint Crc32, long Length, long CompressedLength, long Offset);

    private readonly Stream _output;
    private readonly long _zip64Above;
    private readonly List<Entry> _entries = [];
    private readonly uint _dosTime;

    /// <param name="zip64Above">The largest size or offset written in a 32-bit field (lower only to test the Zip64 form).</param>
    public DeflatedZip(Stream output, DateTime modified, long zip64Above = Saturated - 1)
    {
        _output = output;
        _zip64Above = zip64Above;
        _dosTime = DosTime(modified);
    }

    /// <summary>Adds an entry whose deflated bytes are in <paramref name="part"/>'s file.</summary>
    public void Add(string name, DeflatedPart part)
    {
        AddHeader(name, part.Crc32, part.Length, part.CompressedLength);
        using var source = File.OpenRead(part.Path);
        source.CopyTo(_output);
    }

    /// <summary>Adds an entry of <paramref name="content"/>, deflated here at the level of the others (for the few small parts).</summary>
    public void Add(string name, ReadOnlySpan<byte> content)
    {
        var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, DeflatedFile.Level, leaveOpen: true))
            deflate.Write(content);
        AddHeader(name, Crc32.HashToUInt32(content), content.Length, deflated.Length);
        deflated.Position = 0;
        deflated.CopyTo(_output);
    }

    private void AddHeader(string name, uint crc, long length, long compressed)
    {
        if (!System.Text.Ascii.IsValid(name)) throw new ArgumentException($"zip entry names here are ASCII: {name}", nameof(name));
        var entry = new Entry(System.Text.Encoding.ASCII.GetBytes(name), _dosTime, crc, length, compressed, _output.Position);
        _entries.Add(entry);
        bool zip64 = length > _zip64Above || compressed > _zip64Above;
        Span<byte> header = stackalloc byte[30 + 20];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], zip64 ? VersionZip64 : Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0); // flags: sizes and CRC are in this header
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflated);
        BinaryPrimitives.WriteUInt32LittleEndian(header[10..], entry.DosTime);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], zip64 ? Saturated : (uint)compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], zip64 ? Saturated : (uint)length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)entry.Name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)(zip64 ? 20 : 0));
        _output.Write(header[..30]);
        _output.Write(entry.Name);
        if (zip64)
        {
            // The local Zip64 field holds both sizes, uncompressed first.
            BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 1);
            BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 16);
            BinaryPrimitives.WriteInt64LittleEndian(header[34..], length);
            BinaryPrimitives.WriteInt64LittleEndian(header[42..], compressed);
            _output.Write(header[30..]);
        }
    }

    /// <summary>Writes the central directory and its end record; the archive is then complete.</summary>
    public void Finish()
    {
        long start = _output.Position;
        Span<byte> header = stackalloc byte[46 + 28];
        foreach (var e in _entries)
        {
            bool bigLength = e.Length > _zip64Above, bigCompressed = e.CompressedLength > _zip64Above, bigOffset = e.Offset > _zip64Above;
            // The central Zip64 field holds only the values whose 32-bit fields are saturated, in this order.
            int extra = 0;
            foreach (var (big, value) in ((bool, long)[])[(bigLength, e.Length), (bigCompressed, e.CompressedLength), (bigOffset, e.Offset)])
            {
                if (!big) continue;
                BinaryPrimitives.WriteInt64LittleEndian(header[(50 + extra)..], value);
                extra += 8;
            }
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            ushort version = extra > 0 ? VersionZip64 : Version;
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], version); // made by: MS-DOS attributes, this version
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], Deflated);
            BinaryPrimitives.WriteUInt32LittleEndian(header[12..], e.DosTime);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], e.Crc32);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], bigCompressed ? Saturated : (uint)e.CompressedLength);
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], bigLength ? Saturated : (uint)e.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)e.Name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[30..], (ushort)(extra > 0 ? 4 + extra : 0));
            header[32..42].Clear(); // comment length, disk, internal and external attributes
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], bigOffset ? Saturated : (uint)e.Offset);
            _output.Write(header[..46]);
            _output.Write(e.Name);
            if (extra > 0)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(header[46..], 1);
                BinaryPrimitives.WriteUInt16LittleEndian(header[48..], (ushort)extra);
                _output.Write(header.Slice(46, 4 + extra));
            }
        }
        long size = _output.Position - start, end = _output.Position;
        bool zip64 = _entries.Count >= ushort.MaxValue || start > _zip64Above || size > _zip64Above;
        Span<byte> record = stackalloc byte[56 + 20 + 22];
        if (zip64)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(record, 0x06064b50);
            BinaryPrimitives.WriteInt64LittleEndian(record[4..], 44); // the record's size after this field
            BinaryPrimitives.WriteUInt16LittleEndian(record[12..], VersionZip64);
            BinaryPrimitives.WriteUInt16LittleEndian(record[14..], VersionZip64);
            BinaryPrimitives.WriteUInt64LittleEndian(record[16..], 0); // this disk, the directory's disk
            BinaryPrimitives.WriteInt64LittleEndian(record[24..], _entries.Count);
            BinaryPrimitives.WriteInt64LittleEndian(record[32..], _entries.Count);
            BinaryPrimitives.WriteInt64LittleEndian(record[40..], size);
            BinaryPrimitives.WriteInt64LittleEndian(record[48..], start);
            BinaryPrimitives.WriteUInt32LittleEndian(record[56..], 0x07064b50); // the locator
            BinaryPrimitives.WriteUInt32LittleEndian(record[60..], 0);
            BinaryPrimitives.WriteInt64LittleEndian(record[64..], end);
            BinaryPrimitives.WriteUInt32LittleEndian(record[72..], 1);
            _output.Write(record[..76]);
        }
        var last = record[76..];
        BinaryPrimitives.WriteUInt32LittleEndian(last, 0x06054b50);
        BinaryPrimitives.WriteUInt32LittleEndian(last[4..], 0); // this disk, the directory's disk
        ushort count = zip64 ? ushort.MaxValue : (ushort)_entries.Count;
        BinaryPrimitives.WriteUInt16LittleEndian(last[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(last[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(last[12..], zip64 ? Saturated : (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(last[16..], zip64 ? Saturated : (uint)start);
        BinaryPrimitives.WriteUInt16LittleEndian(last[20..], 0); // comment length
        _output.Write(last);
        _output.Flush();
    }

    /// <summary>A local time in MS-DOS form (date in the high half, time to two seconds in the low), from 1980 on.</summary>
    private static uint DosTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1);
        return (uint)((t.Year - 1980) << 25 | t.Month << 21 | t.Day << 16 | t.Hour << 11 | t.Minute << 5 | t.Second / 2);
    }
}
