using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;

namespace EntityPipeline.Tests.Entities.Rules.Consistency;

public sealed class ListConsistencyTests
{
    private static Mention Loc(int start, int end, double confidence = 0.9) => new(start, end, EntityType.LOC, MentionSource.Model, confidence);

    private static string[] Spans(string text, IEnumerable<Mention> mentions) =>
        [.. mentions.Select(m => $"{text[m.Start..m.End]} {m.Type}")];

    [Fact]
    public void Untagged_inner_items_of_a_mostly_tagged_list_take_its_type()
    {
        // 0 高铁连起丹阳 | 7 金坛 | 10 溧水 | 13 江阴 | 16 宝应 | 19 太仓等地: 金坛 and 江阴 tagged, 溧水 and 宝应 not.
        const string text = "高铁连起丹阳、金坛、溧水、江阴、宝应、太仓等地。";
        var result = ListConsistency.Complete(text, [Loc(7, 9), Loc(13, 15, 0.7)]);
        Assert.Equal(["金坛 LOC", "溧水 LOC", "江阴 LOC", "宝应 LOC"], Spans(text, result));
        // The filled items are the rule's, as sure as the least sure voter times 0.8 (0.7 × 0.8).
        Assert.Equal([MentionSource.Model, MentionSource.Rule, MentionSource.Model, MentionSource.Rule], result.Select(m => m.Source));
        Assert.Equal(0.56, result[1].Confidence, 6);
    }

    [Fact]
    public void The_first_and_last_items_only_vote_because_their_edges_are_unknown()
    {
        // 丹阳 (first, exactly one mention) and 太仓 (last) vote; 溧水 between them is filled; the untagged 这里有宝应 is not.
        const string text = "丹阳、溧水、太仓。这里有宝应、溧阳、金坛";
        var result = ListConsistency.Complete(text, [Loc(0, 2), Loc(6, 8), Loc(18, 20)]);
        Assert.Equal(["丹阳 LOC", "溧水 LOC", "太仓 LOC", "金坛 LOC"], Spans(text, result));
    }

    [Fact]
    public void A_list_with_one_tagged_item_or_a_tagged_minority_is_left_alone()
    {
        const string one = "丹阳、苹果、溧水、梨子。";
        Assert.Single(ListConsistency.Complete(one, [Loc(0, 2)]));
        // Two of five counted items tagged: fewer than half.
        const string minority = "有丹阳、苹果、香蕉、梨子、溧水、桃子。";
        Assert.Equal(2, ListConsistency.Complete(minority, [Loc(1, 3), Loc(13, 15)]).Count);
    }

    [Fact]
    public void Items_partly_tagged_or_too_long_to_be_names_are_not_filled()
    {
        // 江阴市区 holds a mention already; the last inner item is a phrase of more than eight characters.
        const string text = "去丹阳、金坛、江阴市区、看一看这座城市的新面貌吧、溧水。";
        Mention[] mentions = [Loc(1, 3), Loc(4, 6), Loc(7, 9)];
        Assert.Equal(mentions, ListConsistency.Complete(text, mentions));
    }
}
