using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.NotNames;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.NotNames;

public sealed class ReduplicationTests
{
    [Theory]
    [InlineData("哈哈哈", 1)]          // an interjection
    [InlineData("超超超超", 1)]
    [InlineData("魏晨魏晨魏晨", 2)]     // a name said three times
    [InlineData("欧阳明欧阳明", 3)]
    [InlineData("苗苗", 0)]            // a doubled given name is a name
    [InlineData("王建国", 0)]
    [InlineData("魏晨魏", 0)]
    public void The_repeated_unit_is_found(string span, int unit) => Assert.Equal(unit, Reduplication.Unit(span));

    [Fact]
    public void An_interjection_is_dropped_and_a_repeated_name_is_one_name_each_time()
    {
        const string text = "哈哈哈魏晨魏晨好";
        var labels = new int[text.Length];
        BioesLabels.Encode(new[] { (0, 3, EntityType.LOC), (3, 7, EntityType.PER) }, labels);
        Reduplication.Split(text, labels, labels.Length);
        Assert.Equal([(3, 5, EntityType.PER), (5, 7, EntityType.PER)], BioesLabels.Spans(labels));
    }

    [Theory]
    [InlineData("哈哈泰迪", "泰迪")] // a doubled interjection opens the mention
    [InlineData("泰迪哈哈哈", "泰迪")]
    [InlineData("哈哈", "")] // only interjections
    [InlineData("哈尔滨", "哈尔滨")] // a name with such a character
    [InlineData("哈", "哈")] // 哈 alone may stand for 哈萨克斯坦
    [InlineData("宋茜汗汗汗", "宋茜")] // any character said three times closes no name
    [InlineData("嘻嘻嘻王芳", "王芳")]
    [InlineData("贝贝", "贝贝")] // a doubled given name stays
    [InlineData("李贝贝", "李贝贝")]
    public void A_doubled_interjection_is_no_part_of_a_mention(string span, string kept)
    {
        var (start, end) = Reduplication.WithoutInterjections(span, 0, span.Length);
        Assert.Equal(kept, span[start..end]);
    }
}
