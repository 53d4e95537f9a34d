namespace EntityPipeline.Segmentation;

/// <summary>
/// The character classes of jieba.NET 0.42.2's regular expressions for the precise cut, as predicates (tests check them
/// against the expressions over every UTF-16 code unit).
/// </summary>
internal static class CutCharacters
{
    /// <summary><c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%·\-]</c>: runs of these are cut with the dictionary; others one by one.</summary>
    public static bool InBlock(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    /// <summary><c>[\u4E00-\u9FD5]</c>: the characters the HMM cuts.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';
}
