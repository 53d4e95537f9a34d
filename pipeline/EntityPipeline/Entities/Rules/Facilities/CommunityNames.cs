using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A residents' community (社区) is a place named from the name before it: 朝天宫社区, 红旗村社区, as the golds and MSRA (景山社区)
/// tag it. The tagger finds the name and leaves jieba's word 社区 after it; the two become one place, which the chain rule later
/// splits from a township before it (五里店街道 光明社区). A division of county rank or above before 社区 is the community's
/// setting, not its name (北京市 社区体育, MSRA). Part of the facilities rule. Stateless.
/// </summary>
internal static class CommunityNames
{

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf("社区", StringComparison.Ordinal) < 0) return; // most sentences name none
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || !text[start..end].SequenceEqual("社区") || BioesLabels.StartOfSpanEndingAt(labels, start) is not (>= 0 and var place)
                || BioesLabels.TypeOf(labels[place]) != EntityType.LOC || (PlaceNames.Lexicon.TypesOf(text[place..start]) & PlaceNames.CountyOrAbove) != 0
                || !BioesLabels.AllOutside(labels, start, end)) continue;
            BioesLabels.Mark(labels, place, end, EntityType.LOC);
        }
    }
}
