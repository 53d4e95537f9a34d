using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Processing;

/// <summary>
/// Text no article is made of, but that pasted, scraped or half-edited text holds (an empty quotation, numerals and time words
/// run together), goes through the shipped pipeline whole: every mention and figure lies inside the text. Each line here once
/// failed its document (found by running generated text through `run`, session 37).
/// </summary>
public sealed class OddTextTests
{
    [Theory]
    [InlineData("他说了一句“”就走了。")]                          // an empty quotation
    [InlineData("末届“”比”℃8逾上月月十下午，负凌晨。")]
    [InlineData("今年3月下旬，钢价回落。")]                       // a third of a month in a year not known
    [InlineData("两:-零下5亿元下旬℃学年H“”“余亿至今星期凌晨小时赛季二到比63五初号。")]
    public void Goes_through_the_pipeline_with_every_span_inside_the_text(string text)
    {
        var document = new Document("odd.txt", text);
        ShippedPipeline.Value.Process(document);
        Assert.All(document.Mentions, m => Assert.InRange(m.Start, 0, m.End - 1));
        Assert.All(document.Mentions, m => Assert.InRange(m.End, 1, text.Length));
        Assert.All(document.Figures, f => Assert.InRange(f.Start, 0, f.End - 1));
        Assert.All(document.Figures, f => Assert.InRange(f.End, 1, text.Length));
    }
}
