using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Metrics;

/// <summary>
/// What a count's clause says its counted things do, as the metric the project golds write for it, read with the segmenter's
/// parts of speech (<see cref="WordBounds.PosAt"/>): the predicate first (186家医疗机构执行新价格 → 执行新价格的医疗机构), or the
/// predicate alone where nothing names them (627户已摘掉贫困帽 → 已摘掉贫困帽). Used by <see cref="MetricFinder"/>.
/// </summary>
internal static class CountedPredicates
{
    // Verbs of taking part or coming in after the noun a count quantifies, or of being listed: named before it without 的.
    private static readonly string[] Entering = ["报名参赛", "参赛", "报考", "参展", "参会", "进场", "到场", "出席", "入驻", "上映", "上榜"];

    // Counts of events and points, not of things that act (3次, 26万人次, 98.5分).
    private static readonly string[] EventUnits = ["次", "人次", "分", "回", "遍", "场", "轮"];

    public static bool IsCountOfThings(FigureCandidate figure) => figure.Kind == FigureKind.COUNT && !EventUnits.Contains(figure.Unit);

    /// <summary>
    /// Counted things whose clause goes on to say what they do: those that do it, named as the project golds name them, the
    /// predicate first (186家医疗机构执行新价格， → 执行新价格的医疗机构; 16个进出港航班延误。 → 延误的进出港航班), and without 的 for
    /// those who take part or come in (1100余名桨手参赛 → 参赛桨手). [at, end) is the phrase after the count; null unless it is a noun
    /// and a predicate (opened by a verb or an adverb) that ends the clause.
    /// </summary>
    public static string? PredicateFirst(string text, int at, int end, int limit, WordBounds words)
    {
        foreach (var verb in Entering)
            if (end - at > verb.Length && text.AsSpan(at, end - at).EndsWith(verb)) return verb + text[at..(end - verb.Length)];
        if (end < limit && !ClauseEnds.Contains(text[end])) return null;
        if (!IsNoun(words.PosAt(at)) && !IsAgentNoun(text, at, end, words)) return null;
        for (int k = at + 1; k < end; k++)
        {
            if (words.IsInside(k)) continue;
            var pos = words.PosAt(k);
            // The noun goes on with nouns, not names (环卫工人上路清扫: 上路 is no place).
            if (IsNoun(pos) && pos is not ("ns" or "nr" or "nrt" or "nrfg")) continue;
            if (!(pos is ['v', ..] or "d") || IsAgentNoun(text, k, end, words) || NominalVerbs.Contains(text[k..end])) return null;
            return text[k..end] + "的" + text[at..k];
        }
        return null;
    }

    private static bool IsNoun(string? pos) => pos is ['n', ..] or "vn" or "b" or "j";

    private const string ClauseEnds = "，。；！？,;!?";

    private const int MaxPredicate = 12;

    /// <summary>
    /// The predicate right after a count up to its clause's end, opened by a verb or an adverb, or null: what those counted do
    /// when nothing before the count in its clause names them (其中627户已摘掉贫困帽 → 已摘掉贫困帽).
    /// </summary>
    public static string? After(string text, int at, int limit, WordBounds words)
    {
        if (at >= limit) return null;
        // 其中89种为谈判新增: what they are classed as (jieba's plain cut glues 为 to the unit: 种为, 成为).
        if (at + 1 < limit && text[at] == '为' && !words.IsInside(at + 1)) at++;
        // 其中8家由社会力量运营: by whom they are run.
        else if (!(words.PosAt(at) is ['v', ..] or "d") && !(text[at] == '由' && words.IsSingleCharWord(at))) return null;
        int end = at;
        while (end < limit && !ClauseEnds.Contains(text[end]))
            if (!HanCharacters.IsHan(text[end++]) || end - at > MaxPredicate) return null;
        return end - at >= 2 ? text[at..end] : null;
    }

    // Nouns the segmenter calls verbs, which end a noun phrase (67万户家庭的用电需求), not a predicate.
    private static readonly string[] NominalVerbs = ["需求", "开支", "支出", "收入", "消费", "投资", "赔偿"];

    // A word for people the segmenter calls a verb (选手, 考生): a noun.
    private static bool IsAgentNoun(string text, int k, int end, WordBounds words)
    {
        int wordEnd = k + 1;
        while (wordEnd < end && words.IsInside(wordEnd)) wordEnd++;
        return wordEnd - k >= 2 && text[wordEnd - 1] is '手' or '生' or '员' or '者';
    }
}
