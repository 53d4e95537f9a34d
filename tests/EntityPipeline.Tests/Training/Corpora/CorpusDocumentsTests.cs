using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class CorpusDocumentsTests
{
    private static AnnotatedSentence Sentence(string? document) => new("句子。", [], DocumentId: document);

    [Fact]
    public void Sentences_with_ids_group_by_id_and_the_others_a_fixed_number_at_a_time()
    {
        // Five unmarked sentences in documents of two, then an article of two sentences, then one more article.
        AnnotatedSentence[] sentences = [Sentence(null), Sentence(null), Sentence(null), Sentence(null), Sentence(null), Sentence("a"), Sentence("a"), Sentence("b")];
        Assert.Equal([0, 0, 1, 1, 2, 3, 3, 4], CorpusDocuments.Number(sentences, sentencesPerDocument: 2));
        Assert.Equal([2, 2, 1, 2, 1], CorpusDocuments.Group(sentences, 2).Select(d => d.Count));
    }

    [Fact]
    public void A_document_size_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusDocuments.Number([Sentence(null)], 0));
    }
}
