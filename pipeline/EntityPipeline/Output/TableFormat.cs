using System.Globalization;
using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>
/// How every table is written: RFC 4180, CRLF, UTF-8 (with a BOM by default so that Excel reads it as
/// UTF-8), invariant culture. Text that comes from the documents (a sentence, a mention, a path) is passed
/// through <see cref="Text"/>, which escapes a cell a spreadsheet would run as a formula with a leading '.
/// Values the pipeline computes itself (a figure's value, unit and upper bound) go through
/// <see cref="Computed"/>: the same rule, except that a cell that parses as a number (-3.5) stays a number
/// for pandas, R and spreadsheets alike. Dates are EDTF (XXXX-11-30), which never begins with '-'. The plain dialect
/// (`run --plain`, for pandas and R) writes every cell as it is: <see cref="TableWriter"/> then skips both.
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

    /// <summary>
    /// Document text for a cell: "=SUM(A1)" → "'=SUM(A1)"; other text is unchanged. Text that already begins with ' before
    /// such a character ("'=x") gets one more, so that <see cref="UnescapeCell"/> gives every cell back exactly.
    /// </summary>
    public static string Text(string cell) => LooksLikeFormula(cell) ? InjectionEscape + cell : cell;

    /// <summary>A computed cell: a number is written as it is ("-3.5"); anything else as <see cref="Text"/>.</summary>
    public static string Computed(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? cell
            : Text(cell);

    /// <summary>
    /// Undoes <see cref="Text"/> on a cell read back from a table: "'=x" → "=x", "''=x" → "'=x"; other text is unchanged.
    /// The same as the regular expression <c>^'(?='*[-=+@\t\r])</c> replaced by nothing (README: pandas and R).
    /// </summary>
    public static string UnescapeCell(string cell) =>
        cell.Length >= 2 && cell[0] == InjectionEscape && LooksLikeFormula(cell) ? cell[1..] : cell;

    /// <summary>The cell begins with a formula character, after any ' (the escape, or text's own).</summary>
    private static bool LooksLikeFormula(string cell)
    {
        var rest = cell.AsSpan().TrimStart(InjectionEscape);
        return rest.Length > 0 && InjectionCharacters.Contains(rest[0]);
    }

    public static string Confidence(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
