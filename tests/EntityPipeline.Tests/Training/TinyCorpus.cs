using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>A small hand-written training set: names, places and organisations in a few sentence patterns.</summary>
internal static class TinyCorpus
{
    private static readonly string[] People = ["张伟", "李娜", "王建国", "刘洋", "陈静", "赵明", "孙丽", "周强"];
    private static readonly string[] Places = ["北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都"];
    private static readonly string[] Orgs = ["清华大学", "中国银行", "华为公司", "人民日报社", "北京大学", "外交部"];

    public static IReadOnlyList<AnnotatedSentence> Sentences()
    {
        var result = new List<AnnotatedSentence>();
        for (int i = 0; i < 48; i++)
        {
            var per = People[i % People.Length];
            var loc = Places[(i * 3 + 1) % Places.Length];
            var org = Orgs[(i * 5 + 2) % Orgs.Length];
            result.Add((i % 3) switch
            {
                0 => Build(($"{per}", EntityType.PER), ("昨天在", null), (loc, EntityType.LOC), ("参观了", null), (org, EntityType.ORG), ("。", null)),
                1 => Build((org, EntityType.ORG), ("的", null), (per, EntityType.PER), ("表示，", null), (loc, EntityType.LOC), ("的经济发展很快。", null)),
                _ => Build(("记者从", null), (loc, EntityType.LOC), ("获悉，", null), (per, EntityType.PER), ("将加入", null), (org, EntityType.ORG), ("。", null)),
            });
        }
        return result;
    }

    private static AnnotatedSentence Build(params (string Text, EntityType? Type)[] pieces)
    {
        var text = "";
        var spans = ImmutableArray.CreateBuilder<EntitySpan>();
        foreach (var (piece, type) in pieces)
        {
            if (type is { } t) spans.Add(new EntitySpan(text.Length, text.Length + piece.Length, t));
            text += piece;
        }
        return new AnnotatedSentence(text, spans.ToImmutable());
    }
}
