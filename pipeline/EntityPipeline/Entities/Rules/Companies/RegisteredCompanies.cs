using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A company's registered name (…有限公司, …有限责任公司) opens with the province it is registered in: 山东临朐农村商业银行股份有限公司,
/// 上海微创医疗机器人（集团）股份有限公司, as MSRA's training text tags 48 such names whole. The tagger leaves the province a place
/// of its own right before the company; the two become one organisation. A company that opens with a city is named from the city,
/// and the province before it only locates it (广东 中山市互润食品制造有限公司: MSRA's four splits all are so). Part of the
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
        // Rewriting a span's labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type == EntityType.ORG && start == placeEnd && IsRegistered(text[start..end]) && !OpensWithCity(text[start..end]))
                BioesLabels.Mark(labels, placeStart, end, EntityType.ORG);
            (placeStart, placeEnd) = type == EntityType.LOC && (PlaceNames.Lexicon.TypesOf(text[start..end]) & PlaceNames.Province) != 0 ? (start, end) : (-1, -1);
        }
    }

    private static bool IsRegistered(ReadOnlySpan<char> name) => name.EndsWith("有限公司") || name.EndsWith("有限责任公司");

    private static bool OpensWithCity(ReadOnlySpan<char> name)
    {
        for (int len = 2; len <= Math.Min(LongestCity, name.Length); len++)
            if ((PlaceNames.Lexicon.TypesOf(name[..len]) & PlaceNames.City) != 0) return true;
        return false;
    }
}
