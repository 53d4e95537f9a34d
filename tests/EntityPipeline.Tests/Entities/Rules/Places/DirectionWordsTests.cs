using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class DirectionWordsTests
{
    /// <summary>The places after the rule, given the strings the tagger tagged as places (each at its first occurrence).</summary>
    private static string[] Apply(string text, params string[] places)
    {
        var labels = new int[text.Length];
        BioesLabels.Encode(places.Select(p => (text.IndexOf(p, StringComparison.Ordinal), text.IndexOf(p, StringComparison.Ordinal) + p.Length, EntityType.LOC))
            .OrderBy(s => s.Item1), labels);
        DirectionWords.Guard(text, labels, labels.Length);
        return [.. BioesLabels.Spans(labels).Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void A_direction_in_a_route_is_no_place()
    {
        Assert.Equal(["福州", "厦门"], Apply("北起福州，南至厦门。", "福州", "南", "厦门"));
        Assert.Equal(["京福高铁", "福州"], Apply("京福高铁北起福州。", "京福高铁北起", "福州"));
        Assert.Equal(["南通西站"], Apply("北起南通西站。", "北起南通西站")); // the place after the route verb stays
        Assert.Equal(["京福高铁", "福州"], Apply("京福高铁北起福州。", "京福高铁北起福州"));
        Assert.Equal(["县城"], Apply("县城东临大海。", "县城")); // nothing to cut
    }

    [Fact]
    public void A_direction_and_a_position_alone_are_no_place()
    {
        Assert.Equal(["上海"], Apply("上海北翼发展很快。", "上海", "北翼"));
        Assert.Equal(["杭州"], Apply("杭州东侧有山。", "杭州", "东侧"));
    }

    [Fact]
    public void Places_named_with_directions_stay()
    {
        Assert.Equal(["济南", "青岛"], Apply("济南至青岛的高铁。", "济南", "青岛")); // 南 ends the city's name
        Assert.Equal(["东至县"], Apply("东至县位于安徽。", "东至县")); // a county named so
        Assert.Equal(["中", "南"], Apply("中南关系良好。", "中", "南")); // two abbreviations side by side
        Assert.Equal(["西岸"], Apply("约旦河西岸。", "西岸"));
    }

    [Fact]
    public void A_region_word_before_an_organisation_opens_its_name()
    {
        static string[] Join(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(DirectionWords.JoinOpening, text, tagged);
        Assert.Equal(["西部陆海新通道运营中心 ORG"], Join("西部陆海新通道运营中心负责实施。", ("陆海新通道运营中心", EntityType.ORG)));
        Assert.Equal(["中国 LOC", "西部 LOC"], Join("中国西部发展很快。", ("中国", EntityType.LOC), ("西部", EntityType.LOC))); // places keep E5
        Assert.Equal(["南方 LOC", "电网公司 ORG"], Join("南方电网公司。", ("南方", EntityType.LOC), ("电网公司", EntityType.ORG))); // a region the tagger tagged stays
    }
}
