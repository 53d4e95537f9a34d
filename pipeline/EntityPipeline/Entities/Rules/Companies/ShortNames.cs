using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A short name a text gives with 简称 is a name of the kind the full name before it is: 某某新能源股份有限公司（以下简称“科泓新能”）,
/// （证券简称：恒岳新材）. Announcements and business news name a firm in full once and by its short name after; tagged here,
/// the short name is also spread to its later mentions by document consistency. The full name must be an organisation or a
/// place the tagger found, ending at most a few characters (（以下, （证券) before 简称. So is a short name in brackets right after
/// the full name that it abbreviates, opening with its first character and taking the rest in order (临川交响乐团（“临交”）,
/// 南亚区域合作联盟（南盟）: MSRA tags 8 of its 9 such short names, the other inside a longer name). A rule on the decoded labels,
/// so it holds for every model. Stateless.
/// </summary>
internal static class ShortNames
{
    private const string Marker = "简称";

    /// <summary>How far before 简称 the full name may end: （以下, （证券, （原证券.</summary>
    private const int MaxGap = 5;

    private const int MinName = 2, MaxName = 10;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf(Marker); at >= 0; at = Next(text, at, length))
        {
            if (FullNameType(labels, at) is not { } type) continue;
            int start = at + Marker.Length;
            if (start < length && text[start] is '：' or ':' or '为' or '是') start++;
            bool quoted = start < length && text[start] is '“' or '"';
            if (quoted) start++;
            int end = start;
            while (end < length && end - start <= MaxName && (HanCharacters.IsHan(text[end]) || char.IsAsciiLetterOrDigit(text[end]))) end++;
            bool closed = end < length && (quoted ? text[end] is '”' or '"' : text[end] is '）' or ')' or '，' or ',' or '；' or '、');
            // Whatever the tagger made of the short name itself (科泓新/PER in “科泓新能”) gives way; the quotation or delimiter ends it.
            if (!closed || end - start is < MinName or > MaxName || !BioesLabels.CanStart(labels[start]) || !BioesLabels.CanEnd(labels[end - 1])) continue;
            BioesLabels.Mark(labels, start, end, type);
        }
        for (int open = text[..length].IndexOf('（'); open >= 0; open = NextBracket(text, open, length))
            TagAbbreviation(text, labels, open, length);
    }

    /// <summary>
    /// Whether the rule-made mention [<paramref name="start"/>, <paramref name="end"/>) is a short name the text gives (（“临交”）,
    /// （南盟）, 简称“科泓新能”): spread to its later mentions however unsure the model was of it, for the text says what it names.
    /// </summary>
    public static bool IsGiven(string text, int start, int end)
    {
        if (end >= text.Length || text[end] is not ('”' or '"' or '）')) return false;
        int before = start > 0 && text[start - 1] is '“' or '"' ? start - 1 : start;
        return before > 0 && text[before - 1] == '（' || text.AsSpan(0, before).TrimEnd("：:为是").EndsWith(Marker);
    }

    private const int MinAbbreviation = 2, MaxAbbreviation = 4;

    /// <summary>Tags the short name in the brackets opening at <paramref name="open"/> when it abbreviates the name right before them.</summary>
    private static void TagAbbreviation(ReadOnlySpan<char> text, int[] labels, int open, int length)
    {
        int fullStart = BioesLabels.StartOfSpanEndingAt(labels, open);
        if (fullStart < 0) return;
        var type = BioesLabels.TypeOf(labels[fullStart]);
        if (type is not (EntityType.ORG or EntityType.LOC)) return;
        int start = open + 1;
        bool quoted = start < length && text[start] == '“';
        if (quoted) start++;
        int end = start;
        while (end < length && end - start <= MaxAbbreviation && HanCharacters.IsHan(text[end])) end++;
        if (quoted && !(end < length && text[end++] == '”')) return;
        if (end >= length || text[end] != '）') return;
        int nameEnd = quoted ? end - 1 : end;
        if (nameEnd - start is < MinAbbreviation or > MaxAbbreviation || !BioesLabels.CanStart(labels[start]) || !BioesLabels.CanEnd(labels[nameEnd - 1])) return;
        var full = text[fullStart..open];
        if (full.Length > nameEnd - start && Abbreviates(text[start..nameEnd], full)) BioesLabels.Mark(labels, start, nameEnd, type);
    }

    /// <summary>Whether <paramref name="abbreviation"/> opens as <paramref name="full"/> does and takes its other characters from it in order (临交 of 临川交响乐团).</summary>
    private static bool Abbreviates(ReadOnlySpan<char> abbreviation, ReadOnlySpan<char> full)
    {
        if (abbreviation[0] != full[0]) return false;
        int at = 1;
        foreach (char c in abbreviation[1..])
        {
            int found = full[at..].IndexOf(c);
            if (found < 0) return false;
            at += found + 1;
        }
        return true;
    }

    private static int NextBracket(ReadOnlySpan<char> text, int open, int length)
    {
        int next = text[(open + 1)..length].IndexOf('（');
        return next < 0 ? -1 : open + 1 + next;
    }

    private static int Next(ReadOnlySpan<char> text, int at, int length)
    {
        int next = text[(at + Marker.Length)..length].IndexOf(Marker);
        return next < 0 ? -1 : at + Marker.Length + next;
    }

    /// <summary>The type of the organisation or place the tagger found that ends shortly before 简称 at <paramref name="at"/>, or null.</summary>
    private static EntityType? FullNameType(int[] labels, int at)
    {
        for (int end = at - 1; end >= 0 && at - 1 - end <= MaxGap; end--)
        {
            if (labels[end] == BioesLabels.Outside) continue;
            if (BioesLabels.PartOf(labels[end]) is not (BioesLabels.E or BioesLabels.S)) return null;
            var type = BioesLabels.TypeOf(labels[end]);
            return type is EntityType.ORG or EntityType.LOC ? type : null;
        }
        return null;
    }
}
