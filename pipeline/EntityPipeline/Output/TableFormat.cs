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
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static string Confidence(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
