using System.Globalization;
using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>
/// How every table is written: RFC 4180, CRLF, UTF-8 (with a BOM by default so that Excel reads it as
/// UTF-8), invariant culture. Text that comes from the documents (a sentence, a mention, a path) is passed
/// through <see cref="Text"/>, which escapes a cell a spreadsheet would run as a formula with a leading '.
/// Values the pipeline computes itself (a figure's value, unit and upper bound) go through
/// <see cref="Computed"/>: the same rule, except that a cell that parses as a number (-3.5) stays a number
/// for pandas, R and spreadsheets alike. Dates are EDTF (XXXX-11-30), which never begins with '-'.
/// </summary>
public static class TableFormat
{
    private const char InjectionEscape = '\'';
    private const string InjectionCharacters = "=@+-\t\r";

    public static CsvWriterOptions WriterOptions(bool byteOrderMark) => new()
    {
        WriteByteOrderMark = byteOrderMark,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Document text for a cell: "=SUM(A1)" → "'=SUM(A1)"; other text is unchanged.</summary>
    public static string Text(string cell) =>
        cell.Length > 0 && InjectionCharacters.Contains(cell[0]) ? InjectionEscape + cell : cell;

    /// <summary>A computed cell: a number is written as it is ("-3.5"); anything else as <see cref="Text"/>.</summary>
    public static string Computed(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? cell
            : Text(cell);

    /// <summary>Undoes <see cref="Text"/> on a cell read back from a table: "'=x" → "=x"; other text is unchanged.</summary>
    public static string UnescapeCell(string cell) =>
        cell.Length >= 2 && cell[0] == InjectionEscape && InjectionCharacters.Contains(cell[1]) ? cell[1..] : cell;

    public static string Confidence(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
