using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A centre that is a building where people gather, a venue, is a place, though 中心 ends bodies too (某某研究中心): the tagger
/// reads the venues jieba has no word for as bodies (江湾文化中心, 滨河时尚中心, 东港电影中心). A centre for culture, fashion,
/// film, the stage, shopping or sport, or for exhibitions and conferences, the tagger found as an organisation becomes a place,
/// as MSRA tags 29 of its 32 such centres (three bodies among them: a club's sports centre, a community's cultural centre) and
/// the design golds all of theirs; a country's cultural centre abroad (中国文化中心) is an institution and stays. A centre for
/// trading, finance or the arts is either (a market hall or an exchange, a gallery or an arts body): it becomes a place only
/// when a place and 的 locate it (南湖区的某某珠宝交易中心, 滨江的某某艺术中心), as the golds tag every such centre and none of the
/// bodies after a place's 的 are of these kinds. Part of the facilities rule; runs after the bodies' and companies' rules.
/// Stateless.
/// </summary>
internal static class VenueCentres
{
    private static readonly string[] Venues =
    [
        "文化中心", "时尚中心", "电影中心", "演艺中心", "购物中心", "会展中心", "博览中心", "展览中心", "会议中心", "体育中心",
        "奥体中心", "网球中心", "电竞中心", "舞蹈中心",
    ];

    private static readonly string[] Located = ["交易中心", "金融中心", "艺术中心"];

    private static readonly string[] Institutions = ["中国文化中心", "中华文化中心"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf("中心") < 0) return; // most sentences have none
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 5) continue;
            var span = text[start..end];
            if (Prefixes.EndsWithAny(span, Institutions)) continue;
            if (Prefixes.EndsWithAny(span, Venues) || Prefixes.EndsWithAny(span, Located) && LocatedByPlace(text, labels, start))
                BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }

    /// <summary>Whether a place and 的 come right before <paramref name="start"/> (罗湖区的).</summary>
    private static bool LocatedByPlace(ReadOnlySpan<char> text, int[] labels, int start) =>
        start >= 2 && text[start - 1] == '的' && labels[start - 2] != BioesLabels.Outside
        && BioesLabels.TypeOf(labels[start - 2]) == EntityType.LOC && BioesLabels.PartOf(labels[start - 2]) is BioesLabels.E or BioesLabels.S;
}
