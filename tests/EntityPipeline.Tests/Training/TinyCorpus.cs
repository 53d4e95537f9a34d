using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// A small hand-written training set: names, places and organisations in a few sentence patterns; and held-out sentences,
/// the same patterns with people, places and organisations that the training set never names, to score a trained tagger
/// on what it did not see.
/// </summary>
internal static class TinyCorpus
{
    private static readonly string[] People = ["张伟", "李娜", "王建国", "刘洋", "陈静", "赵明", "孙丽", "周强"];
    private static readonly string[] Places = ["北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都"];
    private static readonly string[] Orgs = ["清华大学", "中国银行", "华为公司", "人民日报社", "北京大学", "外交部"];

    // Other surnames, other cities, other organisations with the same kinds of suffix (大学, 银行, 公司, 社, 部).
    private static readonly string[] HeldOutPeople = ["黄海波", "吴敏", "郑凯", "马丽华", "林峰", "何静怡", "高翔", "罗新"];
    private static readonly string[] HeldOutPlaces = ["西安", "重庆", "天津", "长沙", "昆明", "沈阳", "青岛", "厦门"];
    private static readonly string[] HeldOutOrgs = ["复旦大学", "工商银行", "联想公司", "新华社", "浙江大学", "商务部"];

    /// <summary>The 48 training sentences.</summary>
    public static IReadOnlyList<AnnotatedSentence> Sentences() => Build(People, Places, Orgs, 48);

    /// <summary>24 sentences in the training patterns whose entities all differ from the training set's.</summary>
    public static IReadOnlyList<AnnotatedSentence> HeldOut() => Build(HeldOutPeople, HeldOutPlaces, HeldOutOrgs, 24);

    private static IReadOnlyList<AnnotatedSentence> Build(string[] people, string[] places, string[] orgs, int count)
    {
        var result = new List<AnnotatedSentence>();
        for (int i = 0; i < count; i++)
        {
            var per = people[i % people.Length];
            var loc = places[(i * 3 + 1) % places.Length];
            var org = orgs[(i * 5 + 2) % orgs.Length];
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
