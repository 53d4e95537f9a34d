using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class TibetanNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => TibetanNames.Join(t, labels, length), text, tagged);

    [Fact]
    public void Two_given_name_elements_are_one_person()
    {
        Assert.Equal(["次仁卓玛 PER"], Apply("民宿主人次仁卓玛说，房间早已订满。", ("仁卓玛", EntityType.PER))); // cut after a "surname"
        Assert.Equal(["次仁卓玛 PER"], Apply("民宿主人次仁卓玛说。", ("卓玛", EntityType.PER)));
        Assert.Equal(["扎西顿珠 PER"], Apply("向导扎西顿珠一路帮我背包。", ("扎西顿珠", EntityType.LOC))); // read as a place
        Assert.Equal(["多吉才让 PER"], Apply("多吉才让出席会议。"));
        // Elements in other transcriptions: 才旦, 降措.
        Assert.Equal(["扎西才旦 PER"], Apply("护林员扎西才旦每天巡山。", ("才旦", EntityType.PER)));
        Assert.Equal(["降措卓玛 PER"], Apply("茶师降措卓玛说。", ("措卓玛", EntityType.PER)));
        // Elements of women's names: 德央, 曲宗.
        Assert.Equal(["白玛德央 PER"], Apply("初三学生白玛德央的成绩提高了。", ("白玛德", EntityType.PER)));
        Assert.Equal(["达娃曲宗 PER"], Apply("西藏大学的达娃曲宗和同学获奖。", ("曲宗", EntityType.PER)));
    }

    [Fact]
    public void One_element_and_spans_reaching_outside_are_left_alone()
    {
        Assert.Empty(Apply("格桑花开了，扎西德勒！")); // one element each
        Assert.Equal(["罗布林卡 LOC"], Apply("游客来到罗布林卡。", ("罗布林卡", EntityType.LOC)));
        Assert.Equal(["扎西顿珠村 LOC"], Apply("他住在扎西顿珠村。", ("扎西顿珠村", EntityType.LOC)));
    }
}
