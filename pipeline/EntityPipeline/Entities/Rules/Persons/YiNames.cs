using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A Yi name as news writes it is a family name of two characters and a given name of two (吉克伍呷, 阿苏拉作, 海来阿支): a tagger
/// that reads names as a Han surname and a given name of one or two characters stops one short (吉克伍/PER 呷). A person span of
/// three characters that opens with a Yi family name runs on over the next character when it is a Han character the tagger
/// left untagged and no word that ends a name (说, 在, 和, 的 …). MSRA's training text tags no person that opens with one of these
/// family names, so the tagger never learnt them; those that also open transliterations (阿尔, 吉尔, 马拉 in MSRA's 阿尔比,
/// 吉尔斯, 马拉多纳, 阿吉莱拉) are left out. <see cref="Bylines"/> reads <see cref="IsName"/> too. Part of the person-names rule. Stateless.
/// </summary>
internal static class YiNames
{
    /// <summary>Common Yi family names, as news transcribes them (none opens an MSRA person).</summary>
    private static readonly FrozenSet<string> FamilyNames = new[]
    {
        "阿苏", "吉克", "沙马", "吉伍", "海来", "曲木", "俄木", "马海", "吉木", "勒格", "吉吉", "日火", "瓦扎", "倮伍", "俄底", "的日", "阿约", "木乃",
        "阿侯", "尔古", "巴莫", "洛古", "吉史", "阿说", "吉伙", "沙玛", "吉地", "吉牛", "比曲", "马黑", "果基", "吉则", "海乃", "阿枝", "罗洪", "吉觉",
        "苏呷", "俄狄", "吉列", "阿牛", "阿合", "补约",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Characters that end a name rather than belong to it: a verb of saying or being, a preposition, a particle, an adverb.</summary>
    private const string NameEnds = "说是在和与及的了也还又就都将已曾到对向为从被把让给等称讲请带们个";

    private const int Length = 4;

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is a Yi name: four Han characters that open with a family name.</summary>
    public static bool IsName(ReadOnlySpan<char> text, int start, int end) =>
        end - start == Length && HanCharacters.AllHan(text[start..end]) && FamilyNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..(start + 2)]);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start != Length - 1 || end >= length || labels[end] != BioesLabels.Outside
                || NameEnds.Contains(text[end]) || !IsName(text, start, end + 1)) continue;
            BioesLabels.Mark(labels, start, end + 1, EntityType.PER);
        }
    }
}
