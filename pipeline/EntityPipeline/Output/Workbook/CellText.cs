using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Text as a workbook cell holds it. XML 1.0 cannot carry most control characters, and parsers turn a CR into LF, so
/// such characters are written as _xHHHH_, the escape Excel itself uses (ECMA-376 Part 1, ST_Xstring); a literal
/// "_xHHHH_" in the text escapes its underscore (_x005F_). <see cref="Unescape"/> gives the exact text back.
/// </summary>
internal static partial class CellText
{
    public static string Escape(string text)
    {
        if (IsPlain(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsXmlUnsafe(c) || (c == '_' && EscapeAt(text, i)))
            {
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapePattern().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    /// <summary>
    /// True when <paramref name="text"/> holds none of the characters that may need escaping (the common case, checked by
    /// vectorized scans): it is then its own escape.
    /// </summary>
    public static bool IsPlain(ReadOnlySpan<char> text) =>
        !text.ContainsAny(MaybeEscaped) && !text.ContainsAnyInRange('\uD800', '\uDFFF') && !text.ContainsAnyInRange('\uFFFE', '\uFFFF')
        || !NeedsEscape(text);

    /// <summary>The ASCII characters <see cref="Escape"/> may change: control characters but tab and LF, and the underscore.</summary>
    private static readonly SearchValues<char> MaybeEscaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n').Select(c => (char)c), '_']);

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsXmlUnsafe(c) || (c == '_' && EscapeAt(text, i))) return true;
        }
        return false;
    }

    /// <summary>Control characters but tab and LF, CR, unpaired surrogates (paired ones are skipped before), U+FFFE and U+FFFF.</summary>
    private static bool IsXmlUnsafe(char c) =>
        (c < 0x20 && c != '\t' && c != '\n') || char.IsSurrogate(c) || c >= '\uFFFE';

    private static bool EscapeAt(ReadOnlySpan<char> text, int i) => EscapePattern().IsMatch(text.Slice(i, Math.Min(7, text.Length - i)));

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapePattern();
}
