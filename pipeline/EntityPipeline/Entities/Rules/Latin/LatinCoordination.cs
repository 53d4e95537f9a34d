using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// Names joined by 和, 与, 及, 或 or 、 are of one kind (谷歌和Dollar Tree, 苹果、Meta与Netflix): a capitalised Latin-script name
/// the tagger left untagged beside a mention, across one of those words, is a mention of the mention's type. The corpora of
/// 1998–2009 hardly write Latin letters, so the tagger seldom tags them; the mention it is listed with is its evidence. The name
/// is a run of capitalised Latin words (<see cref="LatinNameRuns"/>). A rule on the decoded labels. Stateless.
/// </summary>
internal static class LatinCoordination
{
    private const string Conjunctions = "和与及或、";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!LatinNameRuns.HasCapital(text[..length])) return; // most sentences have no Latin name
        // Forwards, so a tagged name carries down a list (谷歌、Meta和Netflix); then backwards (Dollar Tree和谷歌). The conjunction
        // is outside every span, so a label beside it ends (or starts) a mention.
        for (int at = 1; at + 1 < length; at++)
        {
            if (!Conjunctions.Contains(text[at]) || labels[at] != BioesLabels.Outside) continue;
            int end = LatinNameRuns.End(text, at + 1, length);
            if (end > 0 && labels[at - 1] != BioesLabels.Outside)
                MarkIfUntagged(labels, at + 1, end, BioesLabels.TypeOf(labels[at - 1]));
        }
        for (int at = length - 2; at > 0; at--)
        {
            if (!Conjunctions.Contains(text[at]) || labels[at] != BioesLabels.Outside) continue;
            int start = LatinNameRuns.Start(text, at);
            if (start >= 0 && labels[at + 1] != BioesLabels.Outside)
                MarkIfUntagged(labels, start, at, BioesLabels.TypeOf(labels[at + 1]));
        }
    }

    private static void MarkIfUntagged(int[] labels, int start, int end, EntityType type)
    {
        if (BioesLabels.AllOutside(labels, start, end)) BioesLabels.Mark(labels, start, end, type);
    }
}
