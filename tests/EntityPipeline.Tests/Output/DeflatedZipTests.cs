using System.IO.Compression;
using System.Text;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Tests.Output;

public sealed class DeflatedZipTests
{
    private static readonly byte[] Sheet = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<row r=\"{i}\"><c><v>上海{i}</v></c></row>")));

    [Fact]
    public void A_deflated_file_records_the_crc_and_lengths_a_zip_reader_checks()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "sheet.tmp");
        DeflatedPart part;
        using (var file = new DeflatedFile(path))
        {
            file.Write(Sheet.AsSpan(0, 1000));
            file.Write(Sheet, 1000, Sheet.Length - 1000);
            part = file.Finish();
        }

        Assert.Equal(Sheet.Length, part.Length);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(Sheet), part.Crc32);
        Assert.Equal(new FileInfo(path).Length, part.CompressedLength);
        Assert.True(part.CompressedLength < Sheet.Length / 4);
        using var inflate = new DeflateStream(File.OpenRead(path), CompressionMode.Decompress);
        var back = new MemoryStream();
        inflate.CopyTo(back);
        Assert.Equal(Sheet, back.ToArray());
    }

    [Theory]
    [InlineData(uint.MaxValue - 1L)] // the usual form
    [InlineData(0L)]                 // every size, offset and count past the limit: the Zip64 form throughout
    public void Entries_read_back_with_system_io_compression(long zip64Above)
    {
        using var folder = new TempFolder();
        var sheetPath = Path.Combine(folder.Path, "sheet.tmp");
        DeflatedPart part;
        using (var file = new DeflatedFile(sheetPath))
        {
            file.Write(Sheet);
            part = file.Finish();
        }
        var small = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><workbook/>");
        var zipPath = Path.Combine(folder.Path, "book.zip");
        using (var stream = File.Create(zipPath))
        {
            var zip = new DeflatedZip(stream, new DateTime(2026, 12, 4, 11, 45, 30), zip64Above);
            zip.Add("xl/worksheets/sheet1.xml", part);
            zip.Add("xl/workbook.xml", small);
            zip.Add("empty.xml", []);
            zip.Finish();
        }

        using var archive = ZipFile.OpenRead(zipPath);
        Assert.Equal(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "empty.xml"], archive.Entries.Select(e => e.FullName));
        Assert.Equal(Sheet, Read(archive.Entries[0]));
        Assert.Equal(small, Read(archive.Entries[1]));
        Assert.Empty(Read(archive.Entries[2]));
        Assert.Equal(new DateTime(2026, 12, 4, 11, 45, 30), archive.Entries[0].LastWriteTime.DateTime);
        Assert.Equal(part.CompressedLength, archive.Entries[0].CompressedLength);
        Assert.Equal(part.Crc32, archive.Entries[0].Crc32);
    }

    [Fact]
    public void A_name_outside_ascii_is_refused()
    {
        var zip = new DeflatedZip(new MemoryStream(), DateTime.Now);
        Assert.Throws<ArgumentException>(() => zip.Add("xl/表.xml", [1, 2, 3]));
    }

    /// <summary>An entry's content, as System.IO.Compression inflates it.</summary>
    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
