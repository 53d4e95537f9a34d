using System.Globalization;

namespace EntityPipeline.Cli.Bench;

/// <summary>Parses sizes such as 10MB, 1GB, 500KB (powers of 1024) and prints them back.</summary>
internal static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        text = text.Trim().ToUpperInvariant();
        long unit = text.EndsWith("GB") ? 1L << 30 : text.EndsWith("MB") ? 1L << 20 : text.EndsWith("KB") ? 1L << 10 : 1;
        var number = unit == 1 ? text.TrimEnd('B') : text[..^2];
        bytes = 0;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0) return false;
        bytes = (long)(value * unit);
        return true;
    }

    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MB",
        _ => $"{bytes / 1024.0:0.#} KB",
    };
}
