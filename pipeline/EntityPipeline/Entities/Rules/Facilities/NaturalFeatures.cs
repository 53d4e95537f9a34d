using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A name before a word for a natural feature (沙漠, 海沟, 峡湾, 群岛, 平原, 高原 …) is the feature's place, whatever the tagger made of the
/// name: a transliteration it read as a person (克马德克/PER 海沟), one it cut into one-character places inside jieba's word
/// (孔/LOC 斯/LOC in 孔斯/x 峡湾), or a jieba word for the whole feature it left untagged (库布其沙漠/ns). Places the tagger found
/// before such a word are run through it by <see cref="FacilityNames"/>, whose endings hold the features too. A person that ends in
/// a facility's or feature's word (云谷索道/PER, 塔尔托洛冰川/PER) is the facility's place, and a place the tagger ended inside
/// the feature's word (阿尔泰山/LOC 脉 of jieba's 山脉) runs through it. Part of the facilities rule, before <see cref="FacilityNames.Extend"/>.
/// Stateless.
/// </summary>
internal static class NaturalFeatures
{
    private static readonly string[] Features = ["沙漠", "沙地", "海沟", "峡湾", "群岛", "山脉", "盆地", "平原", "高原", "半岛", "三角洲", "雪山", "冰川"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // A person the tagger found that ends in a facility's word of two characters or more is the facility (云谷索道/PER,
        // 汉江大桥): no name ends so, where one-character endings do end names (李政道, 白剑峰). 索道 is no ending of
        // FacilityNames': MSRA tags 崂山 alone before it.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
            if (type == EntityType.PER && end - start >= 3
                && (EntitySuffixes.EndsPlaceName(text[start..end], minLength: 2) || text[start..end].EndsWith("索道") || Prefixes.EndsWithAny(text[start..end], Features)))
                BioesLabels.Mark(labels, start, end, EntityType.LOC);
        for (int w = 0; w < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || !Prefixes.EndsWithAny(text[start..end], Features)) continue;
            if (Array.IndexOf(Features, text[start..end].ToString()) < 0)
            {
                // A word for the whole feature: a name of two characters at least before the feature's word (库布其沙漠, not 大沙漠),
                // untagged or with only its name tagged as a place (川西/LOC in 川西高原).
                if (end - start >= 4 && words[w].Pos is "ns" or "nz" or "x" && (BioesLabels.AllOutside(labels, start, end)
                    || BioesLabels.CanStart(labels[start]) && (end == length || BioesLabels.CanStart(labels[end])) && BioesLabels.OnlyOutsideOr(labels, start, end, EntityType.LOC)))
                    BioesLabels.Mark(labels, start, end, EntityType.LOC);
                continue;
            }
            // A place the tagger ended inside the feature's word (阿尔泰山/LOC 脉 of jieba's 山脉) runs through it.
            if (PlaceEndingInside(labels, start, end) is int cut)
            {
                BioesLabels.Mark(labels, cut, end, EntityType.LOC);
                continue;
            }
            if (!BioesLabels.AllOutside(labels, start, end) || BioesLabels.StartOfSpanEndingAt(labels, start) is not (>= 0 and var name)
                || BioesLabels.TypeOf(labels[name]) is not (EntityType.PER or EntityType.LOC)) continue;
            // The name runs back to the start of jieba's word it starts in (孔斯/x), over the tagger's pieces of that word.
            for (int v = w - 1; v >= 0; v--)
                if (words[v].Start - baseOffset <= name && words[v].End - baseOffset > name)
                {
                    int wordStart = words[v].Start - baseOffset;
                    if (BioesLabels.CanStart(labels[wordStart]) && BioesLabels.OnlyOutsideOr(labels, wordStart, name, EntityType.LOC)) name = wordStart;
                    break;
                }
            BioesLabels.Mark(labels, name, end, EntityType.LOC);
        }
    }

    /// <summary>Where a place starts that begins before [<paramref name="start"/>, <paramref name="end"/>) and ends inside it, the rest untagged; else null.</summary>
    private static int? PlaceEndingInside(int[] labels, int start, int end)
    {
        for (int at = start + 1; at < end; at++)
            if (BioesLabels.StartOfSpanEndingAt(labels, at) is >= 0 and var place && place < start
                && BioesLabels.TypeOf(labels[place]) == EntityType.LOC && BioesLabels.AllOutside(labels, at, end))
                return place;
        return null;
    }
}
