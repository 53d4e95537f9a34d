using System.Collections.Immutable;
using EntityPipeline.Dates;
using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// A division no gazetteer lists that the tagger left untagged or cut (a new district, 某某县 of 某某县文旅局 tagged 县文旅局) where
/// it opens a clause of the lead's paragraph (本报讯 某某区日前举行…; …，某某市开展…; 记者从某某省税务局获悉): two Han characters and the
/// level, taken only when the report later refers back to that level (全市, 该县, 区里), whose words then find what they stand for
/// (without that condition the design golds lose 8 exact subjects to prepositions and parts of a city read as names).
/// </summary>
internal static class LeadDivisions
{
    private const string Levels = "省市县区";

    // Characters no division's two-character name holds here: words that refer to a level (全市, 该县), levels, time words
    // (今年市级…, 目前县里…), 其中 (其中市区…) and prepositions (向园区…).
    private const string NotInName = "全该本我各每其省市县区州年月日今去明前后底初向在对";

    // Parts of a city that read like a district's name (主城区, 老城区).
    private static readonly string[] CityParts = ["主城", "老城", "新城", "旧城"];

    // What opens a clause before the division it reports from (记者从某某省税务局获悉).
    private static readonly string[] Sources = ["记者从", "从"];

    /// <summary>The untagged divisions opening clauses of the lead's paragraph that the document refers back to by level.</summary>
    public static List<PlaceSpan> Find(string text, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions)
    {
        if (LeadSentence.Find(text, sentences) is not int index) return [];
        int start = sentences[index].Start, end = ParagraphEnd(text, sentences, index);
        if (Dateline.Span(text) is var (_, datelineEnd) && datelineEnd > start && datelineEnd < end) start = datelineEnd;
        if (text.AsSpan(start).StartsWith("本报讯")) start += 3;
        var found = new List<PlaceSpan>();
        for (int at = start; at < end; at = ClauseBounds.ClauseEnd(text, at, end) + 1)
        {
            int name = at;
            while (name < end && char.IsWhiteSpace(text[name])) name++;
            if (TextRules.WordAt(text, name, end, Sources) is { } source) name += source.Length;
            // The first of a level is the one the lead reports on (本报讯 某某区举办展会，体验区内…: not 体验区).
            if (DivisionAt(text, name, end) is { } division && !found.Exists(d => text[d.End - 1] == text[division.End - 1])
                && !IsTagged(mentions, division) && RefersBack(text, division.End, text[division.End - 1]))
                found.Add(division);
        }
        return found;
    }

    // Where the paragraph of sentence `index` ends (今天是全国科普日。记者从某某市科协获悉…: the lead's paragraph).
    private static int ParagraphEnd(string text, ImmutableArray<Sentence> sentences, int index)
    {
        int line = ClauseBounds.LineStart(text, sentences[index].Start), s = index;
        while (s + 1 < sentences.Length && ClauseBounds.LineStart(text, sentences[s + 1].Start) == line) s++;
        return sentences[s].End;
    }

    // 某某市 at `at`: two Han characters of a name and a level, not a market (市场) nor a level said colloquially (市里).
    private static PlaceSpan? DivisionAt(string text, int at, int end)
    {
        if (at + 3 >= end || !HanCharacters.AllHan(text.AsSpan(at, 2)) || NotInName.Contains(text[at]) || NotInName.Contains(text[at + 1])) return null;
        if (!Levels.Contains(text[at + 2]) || text[at + 3] is '场' or '里' || TextRules.WordAt(text, at, at + 2, CityParts) is not null) return null;
        return new PlaceSpan(at, at + 3);
    }

    // A mention that already holds the whole division (某某市市场监管局 tagged) leaves it to the tagger.
    private static bool IsTagged(ImmutableArray<Mention> mentions, PlaceSpan division) =>
        !mentions.IsDefaultOrEmpty && mentions.Any(m => m.Start <= division.Start && m.End >= division.End);

    // 全市, 该市, 本市 (LevelAnaphora.Find) or 市里 (FindColloquial) after the division.
    private static bool RefersBack(string text, int from, char level)
    {
        for (int? at = LevelAnaphora.Find(text, from, text.Length); at is int i; at = LevelAnaphora.Find(text, i + 1, text.Length))
            if (text[i + 1] == level) return true;
        for (int? at = LevelAnaphora.FindColloquial(text, from, text.Length); at is int i; at = LevelAnaphora.FindColloquial(text, i + 1, text.Length))
            if (text[i] == level) return true;
        return false;
    }
}
