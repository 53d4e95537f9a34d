using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A firm's name and the word that makes a unit or subsidiary of it (腾讯云, 腾讯视频, 中信证券国际, 中粮国际, SM娱乐) are one
/// organisation (E2: longest span): the tagger and the lists know the parent and stop at its end. The word must be jieba's own
/// (华为 云 和: not 云和, a county, which jieba joins) and end where a jieba word ends, so a verb after the name stays out (腾讯投资了
/// is not a unit). Part of the known-companies rule, after the lists. Stateless.
/// </summary>
internal static class SubsidiaryNames
{
    /// <summary>Not 中国: People's Daily tags the country after its firm a place (爱立信 中国).</summary>
    private static readonly string[] Units = ["云", "视频", "音乐", "国际", "娱乐", "资本", "创投"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG || end - start < 2 || Prefixes.IndexAt(text[end..length], Units) is not (>= 0 and var unit)) continue;
            int unitEnd = end + Units[unit].Length;
            // A firm's name, not a body's (世界野生生物基金会 国际…): no organisation's word ends it.
            if (WordsAt.Starting(words, baseOffset, end) is not { } unitWord || unitWord.End - baseOffset != unitEnd || EntitySuffixes.Classify(text[start..end]) != EntitySuffixes.None) continue;
            foreach (var (otherStart, otherEnd, _) in BioesLabels.Spans(labels, length).ToList()) // a place the tagger read there (云和) goes
                if (otherStart < unitEnd && otherEnd > end) labels.AsSpan(otherStart, otherEnd - otherStart).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, unitEnd, EntityType.ORG);
        }
    }
}
