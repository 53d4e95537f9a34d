using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.NotNames;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.NotNames;

public sealed class EmoticonsTests
{
    [Theory]
    [InlineData("今天好热[太阳]", "太阳", "")] // an emoticon code
    [InlineData("发工资了[钱][钱]", "钱", "")]
    [InlineData("[北京]今天下雪了", "北京", "")] // a bracket that holds the place alone reads as a tag, as social media writes it
    [InlineData("我在[北京市海淀区]", "北京市海淀区", "北京市海淀区")] // too long for an emoticon
    [InlineData("他去了北京[哈哈]", "北京", "北京")] // outside the brackets
    public void A_mention_that_fills_short_brackets_is_no_name(string text, string tagged, string kept)
    {
        var labels = new int[text.Length];
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        BioesLabels.Mark(labels, start, start + tagged.Length, EntityType.LOC);
        Emoticons.Drop(text, labels, labels.Length);
        Assert.Equal(kept, string.Concat(BioesLabels.Spans(labels).Select(s => text[s.Start..s.End])));
    }
}
