using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A short name a text gives with 简称 is a name of the kind the full name before it is: 某某新能源股份有限公司（以下简称“科泓新能”）,
/// （证券简称：恒岳新材）. Announcements and business news name a firm in full once and by its short name after; tagged here,
/// the short name is also spread to its later mentions by document consistency. The full name must be an organisation or a
/// place the tagger found, ending at most a few characters (（以下, （证券) before 简称. (A short form in brackets without 简称 is the business of
/// <see cref="Latin.ShortFormGlosses"/>.) A rule on the decoded labels, so it holds for every model. Stateless.
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
    }

    /// <summary>
    /// Whether the rule-made mention [<paramref name="start"/>, <paramref name="end"/>) is a short name the text gives, with 简称
    /// (简称“科泓新能”) or in brackets (（“临交”）, （南盟）: <see cref="Latin.ShortFormGlosses"/>): spread to its later mentions however
    /// unsure the model was of it, for the text says what it names.
    /// </summary>
    public static bool IsGiven(string text, int start, int end)
    {
        if (end >= text.Length || text[end] is not ('”' or '"' or '）')) return false;
        int before = start > 0 && text[start - 1] is '“' or '"' ? start - 1 : start;
        return before > 0 && text[before - 1] == '（' || text.AsSpan(0, before).TrimEnd("：:为是").EndsWith(Marker);
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
