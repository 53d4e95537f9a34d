using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// Two natural features of one kind joined by 和 or 与 (某河和某河, 某山与某山) are two mentions, not one name (E2's spans are names; a
/// coordination is none): a place the tagger ran across the conjunction, both sides two characters or more and ending in the
/// same place word, splits around it. Names with 和 inside (共和国, 和平) end no side in such a word. Part of the division-chains
/// rule. Stateless.
/// </summary>
internal static class CoordinatedPlaces
{
    /// <summary>The one-character words natural features of a kind end in; divisions are left to the chains' split (某区和睦街道某社区).</summary>
    private const string KindWords = "河江湖山岛海";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('和', '与') < 0) return; // most sentences have no conjunction
        // Rewriting a span's labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC) continue;
            int at = text[start..end].IndexOfAny('和', '与');
            if (at < 2 || end - start - at - 1 < 2) continue;
            int conjunction = start + at;
            char kind = text[end - 1];
            if (text[conjunction - 1] != kind || !KindWords.Contains(kind)) continue;
            labels.AsSpan(start, end - start).Clear();
            BioesLabels.Mark(labels, start, conjunction, EntityType.LOC);
            BioesLabels.Mark(labels, conjunction + 1, end, EntityType.LOC);
        }
    }
}
