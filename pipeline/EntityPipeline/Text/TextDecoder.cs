using System.Text;
using UtfUnknown;

namespace EntityPipeline.Text;

/// <summary>
/// Turns a file's bytes into text, detecting the encoding: a byte order mark (UTF-8, UTF-16 LE/BE)
/// wins; otherwise strict UTF-8; otherwise Big5 where a charset detector says so, else strict GB18030
/// (which covers GBK and GB2312). A file that is mostly valid UTF-8 with a few bad bytes or stray NUL
/// bytes is decoded as UTF-8 with U+FFFD for them and a warning, rather than as mojibake. Binary files
/// (NUL bytes outside UTF-16 and damaged UTF-8) are refused.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);
    private static readonly Encoding StrictGb18030;
    private static readonly Encoding LenientBig5;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        LenientBig5 = Encoding.GetEncoding("big5", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = DecodeAny(bytes);
        int controls = decoded.Text.Count(c => char.IsControl(c) && !char.IsWhiteSpace(c));
        // Text has next to no control characters; random bytes that happen to decode have many.
        if (controls > 0 && controls * 100 > decoded.Text.Length)
            throw new InvalidDataException($"binary file: {controls} control characters in {decoded.Text.Length} decoded as {decoded.Encoding}");
        return decoded;
    }

    private static DecodedText DecodeAny(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], Encoding.Unicode, "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode, "utf-16be");

        int nuls = bytes.Count((byte)0);
        if (nuls > 0)
        {
            // UTF-16 text whose bytes also form valid UTF-8 is ASCII, a NUL in every other byte: valid UTF-8 with
            // a few NULs is a damaged UTF-8 file, whose CJK bytes would decode as UTF-16 to nonsense.
            bool utf8 = System.Text.Unicode.Utf8.IsValid(bytes);
            if (!(utf8 && nuls * 4 < bytes.Length) && Utf16WithoutBom(bytes) is { } utf16)
                return utf16;
            int first = bytes.IndexOf((byte)0);
            if (utf8 && nuls * 100 <= bytes.Length)
                return new DecodedText(StrictUtf8.GetString(bytes).Replace('\0', '\uFFFD'), "utf-8",
                    $"{nuls} NUL byte(s) replaced with U+FFFD, the first on line {LineOf(bytes, first)}");
            throw new InvalidDataException($"binary file: NUL byte at offset {first} (not text in UTF-8, UTF-16 or GB18030)");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");

        var (valid, invalid, firstBad) = CountUtf8Sequences(bytes);
        // Mostly well-formed multi-byte UTF-8: a damaged UTF-8 file, not GB18030 (whose byte pairs
        // almost never happen to form valid UTF-8 sequences).
        if (valid >= 8 && invalid * 10 <= valid)
        {
            var line = LineOf(bytes, firstBad);
            return new DecodedText(LenientUtf8.GetString(bytes), "utf-8",
                $"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first on line {line}");
        }

        if (IsBig5(bytes))
            return DecodeBig5(bytes);
        try
        {
            return new DecodedText(StrictGb18030.GetString(bytes), "gb18030");
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index >= 0 ? e.Index : firstBad;
            throw new InvalidDataException(
                $"cannot decode: not valid UTF-8 (line {LineOf(bytes, firstBad)}) nor GB18030 (byte offset {at})");
        }
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return new DecodedText(StrictUtf8.GetString(bytes), name);
        var (_, invalid, firstBad) = CountUtf8Sequences(bytes);
        return new DecodedText(LenientUtf8.GetString(bytes), name,
            $"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first on line {LineOf(bytes, firstBad)}");
    }

    /// <summary>
    /// Big5 (Hong Kong and Taiwan) against GB18030: GB18030 decodes nearly any bytes, so Big5 read as GB18030 is
    /// silent mojibake. UTF.Unknown (a port of Mozilla's detector) weighs each encoding's character frequencies;
    /// on a text of a few characters it names neither, and GB18030 is kept.
    /// </summary>
    private static bool IsBig5(ReadOnlySpan<byte> bytes) =>
        CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected?.EncodingName == "big5";

    /// <summary>Big5 with U+FFFD for what code page 950 lacks (Hong Kong's own characters, HKSCS), and a warning.</summary>
    private static DecodedText DecodeBig5(ReadOnlySpan<byte> bytes)
    {
        var text = LenientBig5.GetString(bytes);
        int replaced = text.Count(c => c == '\uFFFD');
        return new DecodedText(text, "big5", replaced == 0 ? null
            : $"{replaced} character(s) not in Big5 (code page 950) replaced with U+FFFD, the first at character {text.IndexOf('\uFFFD')}");
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        if (bytes.Length % 2 != 0)
            throw new InvalidDataException($"{name} file with an odd number of bytes ({bytes.Length + 2}): truncated or not UTF-16");
        return new DecodedText(encoding.GetString(bytes), name);
    }

    /// <summary>
    /// UTF-16 without a byte order mark, as some Windows tools save it: the NUL bytes (high bytes of ASCII
    /// characters such as line ends) all fall on one parity, and the bytes decode strictly.
    /// </summary>
    private static DecodedText? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0) return null;
        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < bytes.Length; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) evenNuls++; else oddNuls++; }
        var (encoding, name) = (evenNuls, oddNuls) switch
        {
            (0, > 0) => (new UnicodeEncoding(false, false, throwOnInvalidBytes: true), "utf-16le"),
            (> 0, 0) => (new UnicodeEncoding(true, false, throwOnInvalidBytes: true), "utf-16be"),
            _ => ((Encoding?)null, ""),
        };
        if (encoding is null) return null;
        try
        {
            var text = encoding.GetString(bytes);
            // Control characters other than white space mean binary data that happened to pass.
            return text.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)) ? null : new DecodedText(text, name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and invalid bytes; ASCII bytes count as neither.</summary>
    private static (int Valid, int Invalid, int FirstBad) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, firstBad = -1, i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            bool ok = need > 0;
            if (ok)
            {
                for (int k = 1; k <= need; k++)
                    if (i + k >= bytes.Length || (bytes[i + k] & 0xC0) != 0x80) { ok = false; break; }
            }
            if (ok) { valid++; i += need + 1; }
            else { invalid++; if (firstBad < 0) firstBad = i; i++; }
        }
        return (valid, invalid, firstBad);
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) =>
        offset < 0 ? 0 : bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
