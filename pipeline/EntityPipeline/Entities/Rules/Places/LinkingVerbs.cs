using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A verb that links a body or place to another or to what it does (联合, 会同, 开通, 共建, 布局, 坐镇, 协助, 鸣响, 诉, 委托, 报 …) ends the name
/// before it: the tagger ran 临安市公安局联合临安蓝天救援队, 利川市开通团堡镇 or 岳阳建设区域心血管病诊疗中心 into one mention. Where
/// what stands before the verb is a mention by itself (a place the gazetteer or the countries know, or a name ending in an
/// organisation's word), it is kept, a place as a place; what follows is kept only when it opens with a name (临安/ns 蓝天救援队,
/// 黄龙/nr 体育中心) or is one word of a body (公安部), of the type its ending says, and never after a verb of what the body
/// does (建设, 布局, 鸣响); else it is no mention (区域心血管病诊疗中心, 奶业研究院, 防空警报). Only jieba's word for the verb counts, so names that hold one in a longer word stay (中国建设银行, 城乡建设局).
/// Part of the division-chains rule, before the chains are split. Stateless.
/// </summary>
internal static class LinkingVerbs
{
    /// <summary>Verbs of what a body or place does, whose object is no name (岳阳建设区域心血管病诊疗中心, 沈阳鸣响防空警报).</summary>
    private static readonly string[] Doing = ["建设", "布局", "经营", "协助", "鸣响"];

    private static readonly FrozenSet<string> Verbs = new string[]
    {
        "联合", "会同", "开通", "共建", "坐镇", "携手", "联手", "牵头", "落户", "入驻", "开设",
        "诉", "派驻", // a lawsuit's parties (甲公司诉乙公司), a body and the one it sends staff to (甲医院派驻乙医院)
        "委托", "报", "通报", // a body and the one it commissions or reports to (甲海关委托乙市的企业, 甲办报乙办备案, 甲部通报检查结果)
    }.Concat(Doing).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var verbs = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type is not (EntityType.LOC or EntityType.ORG) || end - start < 4) continue;
            for (int i = 0; i < words.Length; i++)
            {
                int verbStart = words[i].Start - baseOffset, verbEnd = words[i].End - baseOffset;
                if (verbStart <= start || verbEnd >= end || !verbs.Contains(text[verbStart..verbEnd])) continue;
                var before = Kind(text[start..verbStart]);
                if (before is null) break;
                labels.AsSpan(verbStart, end - verbStart).Fill(BioesLabels.Outside);
                BioesLabels.Mark(labels, start, verbStart, before.Value);
                if (i + 1 < words.Length && !Doing.Contains(text[verbStart..verbEnd].ToString()) && After(text, words[i + 1], baseOffset, end) is { } after) BioesLabels.Mark(labels, verbEnd, end, after);
                break;
            }
        }
    }

    /// <summary>The type of a mention by itself before the verb, or null: a place the lists know whole, or a name ending in a body's word.</summary>
    private static EntityType? Kind(ReadOnlySpan<char> before)
    {
        if (before.Length >= 2 && (DivisionChains.OuterDivisionAt(before) == before.Length || CountryPlaces.IsCountry(before))) return EntityType.LOC;
        return before.Length >= 3 && (EntitySuffixes.Classify(before) == EntitySuffixes.Org || before.EndsWith(Customs)) ? EntityType.ORG : null;
    }

    /// <summary>A customs house (某某海关), a body whose word the organisations' endings lack.</summary>
    private const string Customs = "海关";

    /// <summary>The type of what follows the verb up to <paramref name="end"/> when it is a mention (see the class), or null.</summary>
    private static EntityType? After(ReadOnlySpan<char> text, Token first, int baseOffset, int end)
    {
        int start = first.Start - baseOffset;
        var after = text[start..end];
        bool named = first.Pos is "ns" or "nr" or "nrt" or "nz" or "nt" || first.Pos is "x" && first.End - first.Start >= 2;
        bool oneWord = first.End - baseOffset == end && after.Length >= 3;
        if (!named && !oneWord) return null;
        if (EntitySuffixes.EndsPlaceName(after) || EntitySuffixes.Classify(after) == EntitySuffixes.Loc) return EntityType.LOC;
        return EntitySuffixes.Classify(after) is EntitySuffixes.Org or EntitySuffixes.Org + 2 && after.Length >= 3 ? EntityType.ORG : null;
    }
}
