using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A word for a kind of place (城中村: a village inside a city) names none (guidelines E8, as <see cref="GenericBodies"/> for
/// bodies): a place that is nothing else is dropped, and a place that runs on into it after a name (某某村城中村) is the name
/// alone, and so a place run on into a shopping area, a block or a hotel strip (某某路商圈, 某某街区, 某某酒店区: no gold tags one with
/// its place, MSRA's training text none at all); a word for a kind of facility or ground tagged alone (当地滑雪场, 该景区, 产业园,
/// 无人区, 金库, 马场) names none either. Part of the generic-bodies rule. Stateless.
/// </summary>
internal static class GenericPlaces
{
    private static readonly string[] Words = ["城中村", "商圈", "街区", "酒店区"];

    // Kinds of facility that MSRA train never tags alone (it does tag 广场, 商场, 博物馆 and 体育馆 alone, standing for a named one;
    // of those added in session 43 it leaves 牧场 7 times, 金库 5, 科技园, 新机场 and 工业园 2, 步行街 1 and tags none bare).
    private static readonly string[] BareWords =
        ["滑雪场", "雪场", "景区", "景点", "公园", "机场", "码头", "车站", "火车站", "高铁站", "港口", "超市", "菜市场", "停车场", "体育场", "图书馆", "校园", "小区", "园区",
        "产业园", "科技园", "工业园", "石化区", "步行街", "无人区", "新机场", "金库", "珠宝城", "马场", "牧场", "葡萄园"];

    private static bool IsBareWord(ReadOnlySpan<char> place)
    {
        foreach (var word in BareWords)
            if (place.SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC) continue;
            if (IsBareWord(text[start..end])) { labels.AsSpan(start, end - start).Fill(BioesLabels.Outside); continue; }
            foreach (var word in Words)
            {
                if (!text[start..end].EndsWith(word)) continue;
                int cut = end - word.Length;
                labels.AsSpan(cut, word.Length).Fill(BioesLabels.Outside);
                if (cut - start >= 2) BioesLabels.Mark(labels, start, cut, type);
                else labels.AsSpan(start, cut - start).Fill(BioesLabels.Outside);
                break;
            }
        }
    }
}
