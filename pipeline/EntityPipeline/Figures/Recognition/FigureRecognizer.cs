using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// Finds the figures of one stretch of text (a sentence) by walking its characters: only a character
/// that can start a numeral, 第, 首, 万, a relative-year word (今年, 同年) or a weekday (周三) wakes the recognizers, so text without
/// numbers costs one comparison per character. Dates are tried first, then quantities; spans never overlap.
/// </summary>
internal sealed class FigureRecognizer(UnitLexicon units, LexicalisedWords notFigures)
{
    private const int MaxTitle = 40;

    private readonly QuantityRecognizer _quantities = new(units);

    public void Recognize(string text, int start, int end, DateContext context, List<FigureCandidate> into)
    {
        int floor = start;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (!IsTrigger(c) && !DateRecognizer.StartsDateWord(text, i, end))
            {
                i++;
                continue;
            }
            var result = DateRecognizer.Scan(text, i, end, context);
            if (result.Figure is null && result.Next == i)
                result = _quantities.Scan(text, i, floor, end);
            if (result.Figure is { } found && notFigures.OverlappingEnd(text, found.Start, found.End, floor, end) is var word and >= 0)
                result = ScanResult.Skip(word);
            if (result.Figure is { } opening && EventName.End(text, opening, end) is var eventEnd and >= 0)
                result = ScanResult.Skip(eventEnd);
            if (result.Figure is { } figure && !InTitle(text, figure, start) && !OpensQuotedName(text, figure, start, end))
            {
                into.Add(figure);
                floor = figure.End;
                i = Math.Max(figure.End, i + 1);
            }
            else
            {
                i = Math.Max(result.Next, i + 1);
            }
        }
    }

    /// <summary>
    /// A date that opens a quotation with more words after it names an event (“1998年康柏…发布会”); a quotation
    /// that opens with a quantity is a label already (<see cref="QuantityRecognizer"/>).
    /// </summary>
    private static bool OpensQuotedName(string text, FigureCandidate figure, int floor, int limit) =>
        figure.Kind == FigureKind.DATE && figure.Start > floor && text[figure.Start - 1] is '“' or '「' or '『'
        && figure.End < limit && HanCharacters.IsHan(text[figure.End]);

    /// <summary>A figure inside 《…》 belongs to a title: 《决胜21点》, 《发展报告2024》.</summary>
    private static bool InTitle(string text, FigureCandidate figure, int floor)
    {
        for (int k = figure.Start - 1; k >= Math.Max(floor, figure.Start - MaxTitle); k--)
        {
            if (text[k] == '》') return false;
            if (text[k] == '《') return true;
        }
        return false;
    }

    // 万 and 亿 alone: 万分之三, 近万元, 超亿元.
    private static bool IsTrigger(char c) => NumeralChars.CanStart(c) || c is '第' or '首' or '万' or '亿';
}
