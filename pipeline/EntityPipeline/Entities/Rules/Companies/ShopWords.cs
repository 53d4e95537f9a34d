using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A brand's shop is named by the brand and a word for the shop (星河茶饮新店, 老字号的老店, 某品牌主题店), and only the brand is a
/// name: the shop word has none of its own. A mention the tagger ran on into 新店, 老店, 主题店, 体验店 or 门店 ends before it and is
/// the brand, an organisation, whatever type the tagger gave the shop (星河茶饮新店/LOC → 星河茶饮/ORG); one run on into 首店 (a
/// mall's or city's first shops of a brand) ends before it and keeps its type (天河城首店/LOC → 天河城/LOC). Two characters at least
/// are left (板门店 stays). Not 旗舰店, an online shop the golds tag whole. MSRA's training text ends no mention in one of them but
/// 板门店. Part of the companies rule. Stateless.
/// </summary>
internal static class ShopWords
{
    private static readonly string[] Shops = ["主题店", "体验店", "新店", "老店", "门店"];

    private const string FirstShops = "首店";

    private const int MinName = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type is not (EntityType.ORG or EntityType.LOC)) continue;
            var name = text[start..end];
            int shop = 0;
            foreach (var word in Shops)
                if (name.EndsWith(word)) { shop = word.Length; break; }
            bool first = shop == 0 && name.EndsWith(FirstShops);
            if (first) shop = FirstShops.Length;
            if (shop == 0 || name.Length - shop < MinName) continue;
            labels.AsSpan(end - shop, shop).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, end - shop, first ? type : EntityType.ORG);
        }
    }
}
