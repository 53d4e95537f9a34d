using System.Globalization;
using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>How every table is written: RFC 4180, CRLF, UTF-8 (with a BOM by default so that Excel reads it
/// as UTF-8), invariant culture, and cells that a spreadsheet would run as a formula escaped with a leading '.</summary>
public static class TableFormat
{
    public static CsvWriterOptions WriterOptions(bool byteOrderMark) => new()
    {
        WriteByteOrderMark = byteOrderMark,
        Injection = CsvInjection.Escape,
        InjectionEscape = InjectionEscape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private const char InjectionEscape = '\'';
    private static readonly string InjectionCharacters = "=@+-\t\r";

    /// <summary>Undoes the formula escape on a cell read back from a table: "'=x" → "=x"; other text is unchanged.</summary>
    public static string UnescapeCell(string cell) =>
        cell.Length >= 2 && cell[0] == InjectionEscape && InjectionCharacters.Contains(cell[1]) ? cell[1..] : cell;

    public static string Confidence(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
