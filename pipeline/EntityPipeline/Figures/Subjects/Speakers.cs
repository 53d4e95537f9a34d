using EntityPipeline.Documents;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// A person quoted as saying the figures (场长王海峰介绍，牧场占地约1800亩; 副主任张忠伟说，示范区…): the figures are what the person
/// tells about, not the person's, so the speaker is no subject candidate (every project gold has it so). A body that speaks
/// of itself (公司表示, 医院介绍) stays one; an office that releases figures about others is <see cref="ReleaseWords"/>' matter.
/// </summary>
internal static class Speakers
{
    private static readonly string[] Verbs = ["介绍", "表示", "透露", "指出", "坦言", "强调", "认为", "说", "称"];

    private static readonly System.Buffers.SearchValues<char> VerbStarts = System.Buffers.SearchValues.Create(string.Concat(Verbs.Select(v => v[0])));

    // Room for where or when the person spoke (在接受采访时说).
    private const int MaxGap = 10;

    /// <summary>
    /// Whether the mention is a person that a verb of saying follows in its clause, then a comma or colon, and who does not speak
    /// of himself (胡先生说，他在此做了3年生意: his figures).
    /// </summary>
    public static bool Speaks(string text, Mention m)
    {
        if (m.Type != EntityType.PER) return false;
        int limit = Math.Min(text.Length, m.End + MaxGap + 2);
        if (m.End >= limit || text.AsSpan(m.End, limit - m.End).IndexOfAny(VerbStarts) < 0) return false;
        for (int i = m.End; i < limit && !ClauseBounds.IsBreak(text[i]); i++)
            if (WordAt(text, i, limit, Verbs) is { } verb && i + verb.Length + 1 < text.Length && text[i + verb.Length] is '，' or '：' or ',' or ':')
                return !SpeaksOfSelf(text[i + verb.Length + 1]);
        return false;
    }

    private static bool SpeaksOfSelf(char c) => c is '他' or '她' or '我' or '自';
}
