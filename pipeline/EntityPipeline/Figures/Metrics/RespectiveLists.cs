using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Metrics;

/// <summary>
/// 分别 (respectively) deals a list of figures out to the things named before it, in order. Either the figures before the list
/// (营业收入412.6亿元，净利润136亿元，同比分别增长3.1%和5.4% → 营业收入同比增长, 净利润同比增长), or a pair of parallel nouns
/// before 分别 that share a head (城镇居民和农村居民人均可支配收入分别达到… → 城镇居民人均可支配收入, 农村居民人均可支配收入).
/// The metric finder gives every figure of the list the same phrase; this names each one's own, or, where the names before it
/// do not deal out (全国新能源汽车产销分别完成98.4万辆和99.1万辆), leaves 分别 out of the phrase they share.
/// </summary>
internal static class RespectiveLists
{
    private const string Respectively = "分别";

    // The verbs of reaching a value that a metric leaves out (GUIDELINES F7: 森林覆盖率接近60% → 森林覆盖率).
    private static readonly string[] Reaching = ["达到", "完成", "为", "达", "是"];

    /// <summary>Names, in place, the metric of each figure of a 分别 list among <paramref name="figures"/>[<paramref name="first"/>..].</summary>
    public static void Distribute(string text, WordBounds words, IList<Figure> figures, int first)
    {
        for (int i = first; i < figures.Count; i++)
        {
            string metric = figures[i].Metric;
            int at = metric.IndexOf(Respectively, StringComparison.Ordinal);
            if (at < 0) continue;
            int n = 1;
            while (i + n < figures.Count && figures[i + n].Metric == metric && IsJoint(text, figures[i + n - 1].End, figures[i + n].Start)) n++;
            string change = metric.Remove(at, Respectively.Length);
            string after = metric[(at + Respectively.Length)..];
            if (Names(text, words, figures[i].Start, metric[..at], n) is { } names)
            {
                string verb = Array.Exists(Reaching, r => r == after) ? "" : after;
                for (int m = 0; m < n; m++)
                    figures[i + m] = figures[i + m] with { Metric = names[m] + verb };
            }
            else if (n >= 2 && (at == 0 || IsBase(metric[..at])) && ItemsNameThemselves(figures, i - n, i, first))
            {
                // The n figures right before the list are its items.
                for (int m = 0; m < n; m++)
                    figures[i + m] = figures[i + m] with { Metric = figures[i - n + m].Metric + change };
            }
            else
            {
                // A list the names before it do not deal out (全国新能源汽车产销分别完成…): 分别 is no part of what each measures.
                for (int m = 0; m < n; m++)
                    figures[i + m] = figures[i + m] with { Metric = change };
            }
            i += n - 1;
        }
    }

    /// <summary>Whether figures [<paramref name="from"/>, <paramref name="to"/>), all of the sentence, each have a metric of their own (no 分别 list's).</summary>
    private static bool ItemsNameThemselves(IList<Figure> figures, int from, int to, int first)
    {
        if (from < first) return false;
        for (int m = from; m < to; m++)
            if (figures[m].Metric.Length == 0 || figures[m].Metric.Contains(Respectively, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>3.1%和5.4%, 18%、21%: figures joined by a conjunction alone.</summary>
    private static bool IsJoint(string text, int end, int start) =>
        start - end == 1 && text[end] is '和' or '、' or '与' or '及';

    /// <summary>同比, 环比, 比去年同期: a comparison that may open the metric before 分别 (同比分别增长).</summary>
    private static bool IsBase(string prefix) => prefix is "同比" or "环比" || prefix.StartsWith('比') || prefix.StartsWith('较');

    /// <summary>The <paramref name="n"/> names a phrase before 分别 deals out (<see cref="Parallel"/>, <see cref="Enumerated"/>), or null.</summary>
    private static string[]? Names(string text, WordBounds words, int figureStart, string phrase, int n) =>
        n == 2 && Parallel(phrase) is var (left, right) ? [left, right] : Enumerated(text, words, figureStart, phrase, n);

    // Longest modifier an enumeration deals out (小学生、初中生、高中生近视率).
    private const int MaxModifier = 3;

    /// <summary>
    /// 小学生、初中生、高中生近视率 → 小学生近视率, 初中生近视率, 高中生近视率: <paramref name="n"/> modifiers of one length
    /// enumerated with 、 (the last may follow 和), the last with the head they share (not 汽车、摩托车产量); else null.
    /// </summary>
    private static string[]? Enumerated(string text, WordBounds words, int figureStart, string phrase, int n)
    {
        if (!phrase.Contains('、')) return null;
        var items = phrase.Split(['、', '和']);
        int length = items[0].Length;
        if (items.Length != n || length > MaxModifier || items[^1].Length <= length || items[..^1].Any(item => item.Length != length)) return null;
        int written = text.LastIndexOf(phrase + Respectively, figureStart, StringComparison.Ordinal);
        if (written < 0) return null;
        // The head starts a word, or the segmenter joined the last modifier to a head word of its own (农村居民), not to a last
        // character (摩托车).
        int last = written + phrase.Length - items[^1].Length, split = last + length;
        if (words.IsInside(split) && (words.IsInside(last) || words.WordEnd(last, text.Length) - split < 2)) return null;
        string head = items[^1][length..];
        return [.. items[..^1].Select(item => item + head), items[^1]];
    }

    /// <summary>
    /// 城镇居民和农村居民人均可支配收入 → (城镇居民人均可支配收入, 农村居民人均可支配收入): two nouns of one length that end alike
    /// and share what follows the second; or two nouns of one length alone (煤炭和矿石分别占 → 煤炭占, 矿石占); else null (汽车和摩托车产量
    /// is not split).
    /// </summary>
    private static (string, string)? Parallel(string phrase)
    {
        int and = phrase.IndexOfAny(['和', '与', '、']);
        if (and < 2) return null;
        string left = phrase[..and], right = phrase[(and + 1)..];
        if (right.Length == left.Length) return (left, right);
        if (right.Length < left.Length || right[left.Length - 1] != left[^1]) return null;
        return (left + right[left.Length..], right);
    }
}
