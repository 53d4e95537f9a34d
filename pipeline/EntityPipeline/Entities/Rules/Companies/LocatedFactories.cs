using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A firm's factory named by the country, province or city it stands in (比亚迪巴西工厂, 宁德时代匈牙利工厂, 某车企上海工厂) is no
/// organisation of its own: 工厂 is a common noun, so the firm and the place are the mentions, as the golds tag them (E4). Only an
/// organisation that ends in a place and 工厂 exactly, with a name of at least two characters before the place, is split; a named
/// plant (超级工厂, 一号工厂) stays whole. So does a firm run into the place of its arm where the tagger stopped before the
/// factory, team or role after it (某车企匈牙利/ORG 工厂, 某广告公司北京/ORG 团队, 某车企欧洲/ORG 业务负责人): the firm and the place,
/// <see cref="SplitUnits"/>. Part of the companies rule. Stateless.
/// </summary>
internal static class LocatedFactories
{
    private const string Factory = "工厂";

    /// <summary>A team, which the tagger may run an arm on into (某公司北京团队).</summary>
    private const string Team = "团队";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 6 || !text[start..end].EndsWith(Factory)) continue;
            int placeEnd = end - Factory.Length, place = PlaceBefore(text[start..placeEnd]);
            if (place < 0) continue;
            labels.AsSpan(placeEnd, Factory.Length).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, start + place, EntityType.ORG);
            BioesLabels.Mark(labels, start + place, placeEnd, EntityType.LOC);
        }
    }

    /// <summary>
    /// What follows a firm's arm named by its place (某公司北京 团队, 某公司巴黎 负责人, 某公司欧洲 业务负责人, 某公司匈牙利 工厂):
    /// its factory, team, line of business or a manager's role. MSRA's training text has no organisation ending in a bare place
    /// before one of these (its 98 such organisations end in a name or a body's word: 中信欧洲有限公司 总经理), nor an organisation and
    /// a place so; the design golds split the firm and the place every time (five).
    /// </summary>
    private static readonly string[] Units = [Factory, Team, "业务", "负责人", "总经理", "总裁", "总监"];

    /// <summary>
    /// The places whose arm a firm names as a company of its own, which the golds keep whole (阿斯利康中国, 红杉中国 and 百威亚太
    /// 20 times, 中银香港 and 中国移动香港 6).
    /// </summary>
    private static readonly string[] NamedArms = ["中国", "香港", "澳门", "台湾", "亚太"];

    /// <summary>
    /// Continents and world regions that name a firm's arm (蔚来欧洲), which no list of countries or divisions holds. Not
    /// <see cref="RegionSuffixes"/>' wider list: its 西亚, 东亚, 华东 end other places' names (西班牙瓦伦西亚).
    /// </summary>
    private static readonly string[] Regions = ["欧洲", "亚洲", "非洲", "北美", "南美", "拉美", "中东", "东南亚"];

    /// <summary>An organisation that ends in a place right before a unit or role (see <see cref="Units"/>) is the firm and the place, as <see cref="Split"/> does inside the span.</summary>
    public static void SplitUnits(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 4) continue;
            // The tagger runs some arms on into their team (某公司北京团队), which the generic bodies would cut later.
            int placeEnd = text[start..end].EndsWith(Team) ? end - Team.Length : end;
            if (placeEnd == end && Prefixes.IndexAt(text[end..length], Units) < 0) continue;
            int place = PlaceBefore(text[start..placeEnd], Regions);
            if (place < 0 || IsPlace(text[start..(start + place)], Regions) || Prefixes.IndexAt(text[(start + place)..placeEnd], NamedArms) >= 0) continue; // 西班牙瓦伦西亚: a chain of places, no firm
            labels.AsSpan(placeEnd, end - placeEnd).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, start + place, EntityType.ORG);
            BioesLabels.Mark(labels, start + place, placeEnd, EntityType.LOC);
        }
    }

    /// <summary>Where the place that ends <paramref name="name"/> starts, the longest, leaving two characters or more before it; −1 when none.</summary>
    private static int PlaceBefore(ReadOnlySpan<char> name, string[]? regions = null)
    {
        for (int at = 2; at + 2 <= name.Length; at++)
            if (IsPlace(name[at..], regions)) return at;
        return -1;
    }

    /// <summary>Whether <paramref name="name"/> is a country or a division of China, or with <paramref name="regions"/> a listed place or one of them.</summary>
    private static bool IsPlace(ReadOnlySpan<char> name, string[]? regions) =>
        CountryPlaces.IsCountry(name) || DivisionChains.OuterDivisionAt(name) == name.Length
        || regions is not null && (ListedPlaces.IsListed(name) || regions.AsSpan().Contains(name.ToString()));
}
