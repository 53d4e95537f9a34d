using EntityPipeline.Text;

namespace EntityPipeline.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    // Given text, when split, then these sentences ('|' separates them).
    [InlineData("他来了。她走了。", "他来了。|她走了。")]
    [InlineData("真的吗？真的！好；走…", "真的吗？|真的！|好；|走…")]
    // Closing quotes and brackets stay with their sentence
    [InlineData("他说：“我们赢了。”大家鼓掌。", "他说：“我们赢了。”|大家鼓掌。")]
    [InlineData("（见附图。）下文。", "（见附图。）|下文。")]
    // Repeated marks stay together
    [InlineData("什么？！不会吧……", "什么？！|不会吧……")]
    // Line ends split; blank lines and surrounding white space make no sentence
    [InlineData("标题\r\n\r\n  正文第一句。\n", "标题|正文第一句。")]
    // ASCII marks
    [InlineData("Hello! OK? yes; no", "Hello!|OK?|yes;|no")]
    [InlineData("", "")]
    [InlineData("   \n\t ", "")]
    public void Splits_at_end_marks_and_line_ends(string text, string expected)
    {
        var sentences = new SentenceSplitter().Split(text);

        var got = string.Join("|", sentences.Select(s => text[s.Start..s.End]));
        Assert.Equal(expected, got);
        Assert.Equal(Enumerable.Range(0, sentences.Length), sentences.Select(s => s.Index));
    }

    [Fact]
    public void A_long_run_without_breaks_is_cut_at_a_comma_and_never_exceeds_the_cap()
    {
        // Given 5,000 characters with a comma every 37 and no end mark
        var text = string.Concat(Enumerable.Repeat("长三角一体化发展取得新成效并不断推进高质量发展工作稳步向前迈进了一大步，", 135));

        var sentences = new SentenceSplitter(maxLength: 100).Split(text);

        Assert.All(sentences, s => Assert.InRange(s.Length, 1, 100));
        Assert.All(sentences.SkipLast(1), s => Assert.Equal('，', text[s.End - 1]));
        Assert.Equal(text.Length, sentences.Sum(s => s.Length));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // Given a run of non-BMP characters (two UTF-16 units each) with no break at all
        var text = string.Concat(Enumerable.Repeat("𠀀", 100));

        var sentences = new SentenceSplitter(maxLength: 31).Split(text);

        Assert.All(sentences, s => Assert.False(char.IsLowSurrogate(text[s.Start])));
        Assert.Equal(text.Length, sentences.Sum(s => s.Length));
    }
}
