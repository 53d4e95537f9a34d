namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The one-character function words jieba glues to a short name it does not know (到川大 one word; 北交所 cut 北交/所在): prepositions
/// (到 在 从 对 向 给 往 跟 自 由 于 为 把 被 让 将), conjunctions (和 与 及 同 或 并), particles or the copula (的 了 是) and adverbs
/// that open a predicate (则 也 就 都 还 又 却 才 便 即 亦: 361度则在…, cut 361/度则). A closed
/// list, written from general knowledge of Chinese grammar: characters that stand alone as a word far more often than they
/// open or close a name, so that one left over at a name's edge says the word is the glue, not the name. Besides them, 报道,
/// which jieba joins to the 新闻 ending an outlet's name, and a head's title that repeats the body's last character, which
/// jieba joins to that character (商务及经济发展局局长 cut …/发展/局局长; 处处长) (<see cref="GluedTail"/>).
/// </summary>
internal static class FunctionCharacters
{
    private static readonly System.Buffers.SearchValues<char> Characters =
        System.Buffers.SearchValues.Create("到在从对向给往跟自由于为把被让将和与及同或并的了是则也就都还又却才便即亦");

    public static bool Contains(char c) => Characters.Contains(c);

    // What a news outlet's name is glued to (据央视新闻报道: jieba cuts 央视/新闻报道, one word of 新闻 and 报道).
    private static readonly string[] ReportVerbs = ["报道", "报导"];

    /// <summary>
    /// How many characters at the end of <paramref name="word"/> are glue, not name: a function character (1), 报道 after a
    /// news outlet (2), a head's title after the body's last character (局局长, 处处长: 2), or none (0). The word must hold
    /// more than its glue.
    /// </summary>
    public static int GluedTail(ReadOnlySpan<char> word)
    {
        foreach (var verb in ReportVerbs)
            if (word.Length > verb.Length && word.EndsWith(verb)) return verb.Length;
        if (word is [var body, var title, '长'] && body == title) return 2;
        return word.Length > 1 && Contains(word[^1]) ? 1 : 0;
    }
}
