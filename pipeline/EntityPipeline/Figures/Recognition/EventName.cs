using EntityPipeline.Documents;
using System.Text.RegularExpressions;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// The name of an event that opens with a year or a count of countries (１９９８年甲城四国女足邀请赛, 四国女足赛,
/// 1992年某地冬奥会): the numbers are part of the name, not figures (GUIDELINES F8, A20: 2023年度…座谈会). The name
/// runs from the figure over Han characters, with no particle, preposition or verb of time between, to a word for
/// an event (赛, 会, 节, 杯).
/// </summary>
internal static partial class EventName
{
    private const int MaxLength = 12;
    private const string EventEnds = "赛会节杯";
    // Characters that end a noun phrase before the event word could: particles, time words, verbs of holding.
    private const string Breaks = "年月日中前后底初末内里来起时举召开将要有办";
    // Before 赛 or 会, a verb that takes it (参赛, 观赛, 开会) or a word that is no event (机会, 社会, 体会, 学会).
    private const string NotEventBefore = "参观退出停决机社体学理领约";

    /// <summary>The end of the event name <paramref name="figure"/> opens, or -1.</summary>
    public static int End(string text, FigureCandidate figure, int limit)
    {
        if (!Opens(figure)) return -1;
        for (int k = figure.End; k < limit && k - figure.End < MaxLength; k++)
        {
            char c = text[k];
            if (!HanCharacters.IsHan(c) || TextRules.IsNameBreak(c) || Breaks.Contains(c)) return -1;
            // At least two characters of name before the event word (四国女足赛, not 四国赛事 alone).
            if (EventEnds.Contains(c) && k - figure.End >= 2 && !NotEventBefore.Contains(text[k - 1])) return k + 1;
        }
        return -1;
    }

    private static bool Opens(FigureCandidate figure) =>
        (figure.Kind == FigureKind.DATE && Year().IsMatch(figure.Value))
        || (figure.Kind == FigureKind.COUNT && figure.Unit == "国");

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
