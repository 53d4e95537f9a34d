using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Text;

public sealed class SimplifiedViewTests
{
    [Fact]
    public void A_simplified_document_is_its_own_view()
    {
        var document = new Document("a.txt", "全市零售额约为1045亿元。");
        var view = SimplifiedView.Of(document);
        Assert.True(view.IsOriginal);
        Assert.Same(document, view.Document);
        Assert.Equal("零售额", view.Restore("零售额", 2));
    }

    [Fact]
    public void A_traditional_document_is_read_in_simplified_characters_over_the_same_layers()
    {
        var document = new Document("a.txt", "全港零售業總銷貨價值約為1045億港元。");
        document.SetSentences([new Sentence(0, 0, document.Text.Length)]);
        var view = SimplifiedView.Of(document);
        Assert.False(view.IsOriginal);
        Assert.Equal("全港零售业总销货价值约为1045亿港元。", view.Document.Text);
        Assert.Equal(document.Sentences, view.Document.Sentences);
        Assert.False(view.Document.Has(Layers.Tokens));
    }

    [Fact]
    public void Wording_goes_back_in_the_documents_own_characters()
    {
        // Given a wording the document holds, its own characters at the nearest occurrence; given one joined from two
        // places, each character as the document writes it most often.
        var document = new Document("a.txt", "銷貨價值按年上升。其後，銷貨價值回落，价值不变。");
        var view = SimplifiedView.Of(document);
        Assert.Equal("銷貨價值", view.Restore("销货价值", 12));
        Assert.Equal("銷貨價值上升", view.Restore("销货价值上升", 0));
        Assert.Equal("", view.Restore("", 0));
    }
}
