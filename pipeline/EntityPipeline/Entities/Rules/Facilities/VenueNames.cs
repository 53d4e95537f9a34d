using System.Buffers;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A centre or hall that is a building where people gather, a venue, is a place, though 中心 ends bodies too (某某研究中心): the
/// tagger reads the venues jieba has no word for as bodies (江湾文化中心, 滨河时尚中心, 东港电影中心, 临川音乐厅). A centre for culture,
/// fashion, film, the stage, shopping or sport, or for exhibitions and conferences, the tagger found as an organisation becomes a
/// place, as MSRA tags 29 of its 32 such centres (three bodies among them: a club's sports centre, a community's cultural centre)
/// and the design golds all of theirs; a country's cultural centre abroad (中国文化中心) is an institution and stays. So does a
/// concert hall, a hall or a stadium (音乐厅, 大厅, 体育场, 体育馆: MSRA tags its 67 all places, the design golds their 45). A centre
/// for trading, finance or the arts, or a theatre, is either (a market hall or an exchange, a gallery or an arts body, a stage or
/// the company that produces there): it becomes a place only where the text locates it, when a place and 的 come before it
/// (南湖区的某某珠宝交易中心, 滨江的某某艺术中心), as the golds tag every such centre and none of the bodies after a place's 的 are of
/// these kinds, or, for an arts centre or a theatre, 在 (在临川大剧院演出; MSRA tags 26 of the 27 venues it names after 在 places)
/// or a list that 在 opens (在某剧院和某艺术中心), where 在 before an exchange names its market (在某股权交易中心挂牌). Part of the
/// facilities rule; runs after the bodies' and companies' rules. Stateless.
/// </summary>
internal static class VenueNames
{
    private static readonly string[] Venues =
    [
        "文化中心", "时尚中心", "电影中心", "演艺中心", "购物中心", "会展中心", "博览中心", "展览中心", "会议中心", "体育中心",
        "奥体中心", "网球中心", "电竞中心", "舞蹈中心", "音乐厅", "大厅", "体育场", "体育馆",
    ];

    private static readonly string[] Located = ["交易中心", "金融中心", "艺术中心", "剧院", "剧场"];

    // The venues among them that 在 locates too; not an exchange, where 在 names a market (在某股权交易中心挂牌).
    private static readonly string[] Stages = ["艺术中心", "剧院", "剧场"];

    private static readonly string[] Institutions = ["中国文化中心", "中华文化中心"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!text[..length].ContainsAny(Clues)) return; // most sentences have none
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 5) continue;
            var span = text[start..end];
            if (Prefixes.EndsWithAny(span, Institutions)) continue;
            if (Prefixes.EndsWithAny(span, Venues) || Prefixes.EndsWithAny(span, Located) && LocatedByPlace(text, labels, start)
                || Prefixes.EndsWithAny(span, Stages) && AfterIn(text, labels, start))
                BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }

    // The characters every venue's ending holds one of: a sentence with none has no venue.
    private static readonly SearchValues<char> Clues = SearchValues.Create("心厅场馆院");

    /// <summary>
    /// Whether 在 comes right before <paramref name="start"/>, or a place that 在 opens and 和 or 、 (在某剧院和某艺术中心): where
    /// something happens, which a place names.
    /// </summary>
    private static bool AfterIn(ReadOnlySpan<char> text, int[] labels, int start)
    {
        if (start >= 1 && text[start - 1] == '在') return true;
        if (start < 2 || text[start - 1] is not ('和' or '、') || labels[start - 2] == BioesLabels.Outside || BioesLabels.TypeOf(labels[start - 2]) != EntityType.LOC) return false;
        int first = start - 2;
        while (first > 0 && BioesLabels.PartOf(labels[first]) is not (BioesLabels.B or BioesLabels.S)) first--;
        return first >= 1 && text[first - 1] == '在';
    }

    /// <summary>Whether a place and 的 come right before <paramref name="start"/> (罗湖区的).</summary>
    private static bool LocatedByPlace(ReadOnlySpan<char> text, int[] labels, int start) =>
        start >= 2 && text[start - 1] == '的' && labels[start - 2] != BioesLabels.Outside
        && BioesLabels.TypeOf(labels[start - 2]) == EntityType.LOC && BioesLabels.PartOf(labels[start - 2]) is BioesLabels.E or BioesLabels.S;
}
