using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Tests.Output;

public sealed class SheetRowWriterTests
{
    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly string[] Letters = ["A", "B", "C", "D", "E"];

    // Text the XML writer escapes (& < >), leaves (quotes, tab, line feed, a character outside the BMP) or cannot carry
    // (a control character, written as _x0001_).
    private const string Awkward = "a&b <c> \"d\" 'e' tab\there\nline 𠀀 \u0001 _x0041_";

    [Theory]
    [InlineData(WorkbookStyles.Default)]
    [InlineData(WorkbookStyles.TypedAsText)]
    public void A_plain_row_written_as_text_is_the_bytes_the_SDK_writes_for_it(uint style)
    {
        string asText = Sheet(row =>
        {
            row.Start(7);
            row.Text(0, Awkward, style);
            row.Number(1, "12.5");
            row.Text(3, "n/a", style);
            row.End();
        });
        string bySdk = Sheet(writer => new Row(
            With(SheetFile.TextCell(Awkward, style), "A7"),
            new Cell { CellReference = "B7", CellValue = new CellValue("12.5") },
            With(SheetFile.TextCell("n/a", style), "D7")) { RowIndex = 7 }.WriteTo(writer));
        Assert.Equal(bySdk, asText);
        Assert.Contains("_x0001_", asText);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(3, 5)]
    [InlineData(5, 9)]
    public void A_review_row_with_its_height_styles_and_marked_sentence_is_the_bytes_the_SDK_writes_for_it(int from, int to)
    {
        const string sentence = "新华社<北京>电：";
        string asText = Sheet(row =>
        {
            row.Start(2, 34);
            row.Marked(0, sentence, from, to, WorkbookStyles.Wrapped);
            row.Number(2, "0.25", WorkbookStyles.TopNumber);
            row.Number(3, -42, WorkbookStyles.TopNumber);
            row.End();
        });
        var runs = new List<Run>();
        if (from > 0) runs.Add(Plain(sentence[..from]));
        runs.Add(new Run(new RunProperties(new Bold(), new Color { Rgb = WorkbookStyles.MentionColor }), Text(sentence[from..to])));
        if (to < sentence.Length) runs.Add(Plain(sentence[to..]));
        string bySdk = Sheet(writer => new Row(
            new Cell { CellReference = "A2", DataType = CellValues.InlineString, StyleIndex = WorkbookStyles.Wrapped, InlineString = new InlineString(runs) },
            new Cell { CellReference = "C2", CellValue = new CellValue("0.25"), StyleIndex = WorkbookStyles.TopNumber },
            new Cell { CellReference = "D2", CellValue = new CellValue("-42"), StyleIndex = WorkbookStyles.TopNumber })
        { RowIndex = 2, Height = 34, CustomHeight = true }.WriteTo(writer));
        Assert.Equal(bySdk, asText);
    }

    private static Run Plain(string text) => new(Text(text));

    private static DocumentFormat.OpenXml.Spreadsheet.Text Text(string text) => new(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve };

    private static Cell With(Cell cell, string reference)
    {
        cell.CellReference = reference;
        return cell;
    }

    /// <summary>A sheet's data holding the rows <paramref name="write"/> writes into the stream, as its file's text.</summary>
    private static string Sheet(Action<SheetRowWriter> write) => Sheet((writer, stream) =>
    {
        writer.WriteRaw(""); // closes sheetData's start tag, as a header row written by the SDK does
        writer.Flush();
        var rows = new SheetRowWriter(Letters, stream);
        write(rows);
        rows.Flush();
    });

    /// <summary>A sheet's data holding what <paramref name="write"/> writes, as its file's text.</summary>
    private static string Sheet(Action<XmlWriter> write) => Sheet((writer, _) => write(writer));

    private static string Sheet(Action<XmlWriter, Stream> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { CloseOutput = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement("x", "worksheet", SpreadsheetMl);
            writer.WriteStartElement("x", "sheetData", SpreadsheetMl);
            write(writer, stream);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
