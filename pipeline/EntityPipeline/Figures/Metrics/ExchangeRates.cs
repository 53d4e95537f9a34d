using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Metrics;

/// <summary>
/// The two sides of an exchange rate (1美元兑7.0725元, 1欧元兑1.0842美元, 100日元兑人民币4.8元): together they state the rate of a
/// pair of currencies, which no place or body owns (every project gold leaves their subject empty). The first side is one or a
/// hundred units of a currency right before 兑; 承兑汇票192亿元 is no rate.
/// </summary>
internal static class ExchangeRates
{
    // Room for the currency named between 兑 and the amount (兑人民币7.0725元).
    private const int MaxCurrencyName = 3;

    /// <summary>Whether the money figure is the first or the second side of a rate.</summary>
    public static bool IsSide(string text, FigureCandidate f) =>
        f.Kind == FigureKind.MONEY && (IsFirstSide(text, f) || SecondSideOf(text, f.Start));

    private static bool IsFirstSide(string text, FigureCandidate f) =>
        f.End < text.Length && text[f.End] == '兑' && f.Value is "1" or "100";

    /// <summary>Whether a first side ends at a 兑 at most a currency's name before <paramref name="start"/>.</summary>
    private static bool SecondSideOf(string text, int start)
    {
        for (int i = start - 1; i >= 0 && start - 1 - i <= MaxCurrencyName; i--)
        {
            if (text[i] == '兑') return i >= 2 && text[i - 1] == '元' || i >= 2 && text.AsSpan(i - 2, 2) is "英镑" or "卢布" or "瑞郎";
            if (!HanCharacters.IsHan(text[i])) return false;
        }
        return false;
    }
}
