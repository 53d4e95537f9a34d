using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A company's registered name (…有限公司, …有限责任公司) opens with the province it is registered in: 山东临朐农村商业银行股份有限公司,
/// 上海微创医疗机器人（集团）股份有限公司, as MSRA's training text tags 48 such names whole. The tagger leaves the province a place
/// of its own right before the company; the two become one organisation. A company that opens with a city is named from the city,
/// and the province before it only locates it (广东 中山市互润食品制造有限公司: MSRA's four splits all are so). So does a city or
/// county open the registered name right after it (绵阳市星海光电科技有限公司, 义乌市某某文化传媒有限公司): the golds keep 411 registered
/// names with their opening place and split two; MSRA splits a city or county only before a name that opens with a town of its
/// own (武进市 芙蓉镇常青珠宝有限公司), which stays apart, as a district does (丰南区: the firm takes its city's name). Part of the
/// companies rule. Stateless.
/// </summary>
internal static class RegisteredCompanies
{
    private const int LongestCity = 4;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf("有限", StringComparison.Ordinal) < 0) return; // most sentences name no registered company
        int placeStart = -1, placeEnd = -1;
        bool placeIsProvince = false;
        // Rewriting a span's labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type == EntityType.ORG && start == placeEnd && IsRegistered(text[start..end])
                && !(placeIsProvince ? OpensWithCity(text[start..end]) : OpensWithPlace(text[start..end])))
                BioesLabels.Mark(labels, placeStart, end, EntityType.ORG);
            var levels = type == EntityType.LOC ? PlaceNames.Lexicon.TypesOf(text[start..end]) : 0;
            placeIsProvince = (levels & PlaceNames.Province) != 0;
            (placeStart, placeEnd) = placeIsProvince || (levels & (PlaceNames.City | PlaceNames.County)) != 0 && !text[start..end].EndsWith(District)
                ? (start, end) : (-1, -1);
        }
    }

    private static bool IsRegistered(ReadOnlySpan<char> name) => name.EndsWith("有限公司") || name.EndsWith("有限责任公司");

    /// <summary>A district (区) locates a firm in its city, whose name the firm takes, not the district's.</summary>
    private const string District = "区";

    /// <summary>
    /// Whether <paramref name="name"/> opens with a division (芙蓉镇常青珠宝有限公司: the city before it locates it): a full name of
    /// any level, or a short one of a county or above; a township's short form is as often a common word or a brand's (京东方).
    /// </summary>
    private static bool OpensWithPlace(ReadOnlySpan<char> name)
    {
        for (int len = 2; len <= Math.Min(LongestCity, name.Length); len++)
        {
            byte levels = PlaceNames.Lexicon.TypesOf(name[..len]);
            if (levels != 0 && ((levels & PlaceNames.ShortForm) == 0 || (levels & PlaceNames.CountyOrAbove) != 0)) return true;
        }
        return false;
    }

    private static bool OpensWithCity(ReadOnlySpan<char> name)
    {
        for (int len = 2; len <= Math.Min(LongestCity, name.Length); len++)
            if ((PlaceNames.Lexicon.TypesOf(name[..len]) & PlaceNames.City) != 0) return true;
        return false;
    }
}
