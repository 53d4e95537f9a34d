using EntityPipeline.Text;

namespace EntityPipeline.Tests.Text;

public sealed class CharFoldTests
{
    [Theory]
    [InlineData("ＡＢ２％", "AB2%")] // full-width ASCII
    [InlineData("陳冠希在臺灣說", "陈冠希在台湾说")] // traditional characters read as simplified
    [InlineData("乾隆徵", "乾隆徵")] // characters simplified text writes too stay
    [InlineData("位於50釐米", "位于50厘米")] // but for 於 and 釐, which the simplified corpora never write
    [InlineData("北京市", "北京市")]
    public void Folding_keeps_the_length_and_reads_one_script(string text, string folded)
    {
        Assert.Equal(folded, CharFold.Fold(text));
        Assert.Equal(text.Length, CharFold.Fold(text).Length);
    }

    [Fact]
    public void A_traditional_text_is_tagged_as_its_simplified_form_is()
    {
        // Given the same sentence in both scripts, when the shipped pipeline runs, then it finds the same spans, and the
        // normalized column gives one form for both.
        string Tagged(string text)
        {
            var document = new EntityPipeline.Documents.Document("t.txt", text);
            ShippedPipeline.Value.Process(document);
            return string.Join(" ", document.Mentions.Select(m => $"{m.Start}-{m.End} {m.Type} {EntityPipeline.Entities.EntityNormalizer.Normalize(text.AsSpan(m.Start, m.End - m.Start))}"));
        }
        string simplified = Tagged("国务院总理李强在北京会见了美国国务卿。");
        Assert.Contains("PER 李强", simplified);
        Assert.Equal(simplified, Tagged("國務院總理李強在北京會見了美國國務卿。"));
    }
}
