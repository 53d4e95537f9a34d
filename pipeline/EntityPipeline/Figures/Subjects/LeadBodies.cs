using System.Collections.Immutable;
using EntityPipeline.Text;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// A body that opens the lead as what the report comes from (市图书馆近日发布2024年阅读报告; 雾岭大熊猫繁育研究基地传来喜讯) where the
/// tagger left it untagged: the run of Han characters from the lead's start (after its dateline) to a body's word (馆, 基地,
/// 研究院, 中心), right before a word of news or a day (近日, 日前, 今天, 发布, 传来); or any run before a day in digits and a word of
/// releasing (远航汽车1日公布产销快报). Words that refer back to it later (全馆, 基地) are
/// that body's (<see cref="BodyReferences"/>).
/// </summary>
internal static class LeadBodies
{
    private static readonly string[] BodyEnds =
        ["图书馆", "博物馆", "美术馆", "纪念馆", "科技馆", "档案馆", "文化馆", "体育馆", "基地", "研究院", "研究所", "研究中心", "中心", "剧院", "动物园", "植物园", "保护区", "景区", "水库", "电站"];

    private static readonly string[] NewsWords =
        ["近日", "日前", "今天", "今日", "昨天", "昨日", "发布", "公布", "宣布", "传来", "消息", "通报", "举行", "召开", "介绍", "表示"];

    private const int MaxName = 16;

    /// <summary>远航汽车1日公布…: a day in digits and a word of releasing right after the name, which is then any body's.</summary>
    private static bool IsDatedRelease(string text, int at, int end)
    {
        int i = at;
        while (i < end && i - at < 2 && char.IsAsciiDigit(text[i])) i++;
        return i > at && i < end && text[i] == '日' && ReleaseWords.StartAt(text, i + 1, end);
    }

    /// <summary>The untagged body opening the lead, or none.</summary>
    public static List<PlaceSpan> Find(string text, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions)
    {
        if (LeadSentence.Find(text, sentences) is not int index) return [];
        int start = sentences[index].Start, end = sentences[index].End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        for (int stop = Math.Min(end, start + MaxName); stop > start + 2; stop--)
        {
            if (!HanCharacters.AllHan(text.AsSpan(start, stop - start))) continue;
            bool body = TextRules.WordBefore(text, stop, start + 1, BodyEnds) is not null && TextRules.WordAt(text, stop, end, NewsWords) is not null;
            if (!body && !IsDatedRelease(text, stop, end)) continue;
            bool tagged = !mentions.IsDefaultOrEmpty && mentions.Any(m => m.Start < stop && m.End > start);
            return tagged ? [] : [new PlaceSpan(start, stop)];
        }
        return [];
    }
}
