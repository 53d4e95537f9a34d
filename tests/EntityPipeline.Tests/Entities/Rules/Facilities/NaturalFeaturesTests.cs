using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class NaturalFeaturesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(NaturalFeatures.Tag, text, tagged);

    [Fact]
    public void A_name_before_a_natural_feature_is_the_feature_s_place()
    {
        // A transliteration the tagger read as a person.
        Assert.Equal(["克马德克海沟 LOC"], Tag("科考船驶向克马德克海沟。", ("克马德克", EntityType.PER)));
        // One-character places the tagger cut inside jieba's word 孔斯.
        Assert.Equal(["孔斯峡湾 LOC"], Tag("冰川注入孔斯峡湾。", ("孔", EntityType.LOC), ("斯", EntityType.LOC)));
        // jieba's word for the whole desert, which the tagger left.
        Assert.Equal(["库布其沙漠 LOC"], Tag("光伏板铺满库布其沙漠。"));
        // Plains, plateaus, peninsulas and deltas, as the project's golds write them (汾渭平原, 川西高原).
        Assert.Equal(["汾渭平原 LOC"], Tag("京津冀及汾渭平原空气质量改善。", ("京", EntityType.LOC), ("津", EntityType.LOC), ("冀", EntityType.LOC), ("汾", EntityType.LOC), ("渭", EntityType.LOC)).Where(m => m.StartsWith("汾")));
        Assert.Equal(["川西高原 LOC"], Tag("医疗队抵达川西高原。", ("川西", EntityType.LOC)));
    }

    [Fact]
    public void Snow_mountains_glaciers_and_a_place_ended_inside_the_feature_s_word()
    {
        Assert.Equal(["白岭雪山 LOC"], Tag("登山队抵达白岭雪山脚下。", ("白岭", EntityType.LOC)));
        Assert.Equal(["青螺沟冰川 LOC"], Tag("青螺沟冰川今年面积缩小。", ("青螺沟", EntityType.LOC)));
        Assert.Equal(["塔尔托洛冰川 LOC"], Tag("科考队在塔尔托洛冰川采集样本。", ("塔尔托洛冰川", EntityType.PER)));
        Assert.Equal(["阿尔泰山脉 LOC"], Tag("阿尔泰山脉横跨四国。", ("阿尔泰山", EntityType.LOC)));
    }

    [Fact]
    public void A_feature_word_alone_or_after_a_common_word_is_no_place()
    {
        Assert.Empty(Tag("大片沙漠变成绿洲。"));
        Assert.Equal(["中国 LOC"], Tag("中国的沙漠面积缩小。", ("中国", EntityType.LOC)));
        Assert.Equal(["阿里巴巴 ORG"], Tag("阿里巴巴盆地项目启动。", ("阿里巴巴", EntityType.ORG))); // an organisation is not a name of a place
    }

    [Fact]
    public void A_person_that_ends_in_a_facility_s_word_is_the_facility()
    {
        Assert.Equal(["翠峰索道 LOC"], Tag("游客乘坐翠峰索道上山。", ("翠峰索道", EntityType.PER)));
        Assert.Equal(["李政道 PER"], Tag("李政道发表演讲。", ("李政道", EntityType.PER))); // a name may end in 道
    }
}
