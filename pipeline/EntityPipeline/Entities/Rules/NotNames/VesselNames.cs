namespace EntityPipeline.Entities.Rules.NotNames;

/// <summary>
/// A quoted name that a ship's, craft's or programme's designation follows (“郑和”舰, “科学”号科考船, “华龙”一号, “织女星”-C) or
/// ends (“长江口二号”, “阿耳忒弥斯2号”) names a vessel, a rocket or a product, not the person, place or body it is named after
/// (seed guidelines A13: “祖冲之号” is not annotated; every project gold leaves them out, where MSRA tags a few spacecraft):
/// every mention that starts inside the quotation marks is dropped, with what it runs on into after them, as
/// <see cref="StormNames"/> drops a storm's. Part of the emoticons rule. Stateless.
/// </summary>
internal static class VesselNames
{
    /// <summary>Designations after the closing mark: a warship, a ship or craft (号), a model's number (一号 … 十号).</summary>
    private const string Designations = "舰号";

    private const int LongestName = 8;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf('“'); at >= 0;)
        {
            int close = text[(at + 1)..length].IndexOf('”');
            if (close > 0 && close <= LongestName && Designated(text[(at + 1)..(at + 1 + close)], text[(at + 2 + close)..length]))
                StormNames.Clear(labels, length, at + 1, at + 1 + close);
            int next = text[(at + 1)..length].IndexOf('“');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    private static bool IsNumber(char c) => char.IsDigit(c) || "一二三四五六七八九十".Contains(c);

    /// <summary>Whether a quoted <paramref name="name"/> is designated by its last character or by what <paramref name="after"/> it opens with.</summary>
    private static bool Designated(ReadOnlySpan<char> name, ReadOnlySpan<char> after)
    {
        // A name and 号 (“祖冲之号”) or a number and 号 (“长江口二号”), not a phrase that ends in a word with 号 (“中国第一家票号”).
        if (name.Length >= 3 && name[^1] == '号' && (name.Length <= 5 || IsNumber(name[^2]))) return true;
        if (after.IsEmpty) return false;
        if (Designations.Contains(after[0])) return true;
        if (after.Length >= 2 && IsNumber(after[0]) && after[1] == '号') return true;
        return after.Length >= 2 && after[0] is '-' or '－' && char.IsAsciiLetterOrDigit(after[1]);
    }
}
