using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Tests.Output;

public sealed class SheetRowWriterTests
{
    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // Text the XML writer escapes (& < >), leaves (quotes, tab, line feed, a character outside the BMP) or cannot carry
    // (a control character, written as _x0001_); a number, a number column's text, and an empty cell that is left out.
    private static readonly string[] Cells = ["a&b <c> \"d\" 'e'", "12.5", "", "n/a", "tab\there\nline 𠀀 \u0001 _x0041_"];
    private static readonly bool[] Numbers = [false, true, true, true, false];
    private static readonly string[] Letters = ["A", "B", "C", "D", "E"];

    [Theory]
    [InlineData(null)]
    [InlineData(3u)]
    public void A_row_written_as_text_is_the_bytes_the_SDK_writes_for_it(uint? style)
    {
        string asText = Sheet(writer => new SheetRowWriter().Write(writer, 7, Cells, Letters, Numbers, style?.ToString()));
        string bySdk = Sheet(writer =>
        {
            var row = new Row { RowIndex = 7 };
            for (int i = 0; i < Cells.Length; i++)
            {
                if (Cells[i].Length == 0) continue;
                var cell = Numbers[i] && double.TryParse(Cells[i], System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? new Cell { CellValue = new CellValue(Cells[i]) }
                    : SheetFile.TextCell(Cells[i], style ?? WorkbookStyles.Default);
                cell.CellReference = Letters[i] + "7";
                row.AppendChild(cell);
            }
            row.WriteTo(writer);
        });
        Assert.Equal(bySdk, asText);
        Assert.Contains("_x0001_", asText);
    }

    /// <summary>A sheet's data holding what <paramref name="write"/> writes, as its file's text.</summary>
    private static string Sheet(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { CloseOutput = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement("x", "worksheet", SpreadsheetMl);
            writer.WriteStartElement("x", "sheetData", SpreadsheetMl);
            write(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
