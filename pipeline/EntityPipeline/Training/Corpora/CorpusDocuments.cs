namespace EntityPipeline.Training.Corpora;

/// <summary>
/// Groups a corpus's sentences into the documents they came from: consecutive sentences with the same
/// <see cref="AnnotatedSentence.DocumentId"/> form one; sentences without an id (MSRA, whose files keep
/// an article's sentences together but do not mark where one ends) are taken a fixed number at a time.
/// </summary>
public static class CorpusDocuments
{
    /// <summary>Sentences per document where a corpus does not mark documents, in training and by default in evaluation.</summary>
    public const int DefaultSize = 20;

    /// <summary>The document number of each sentence (0, 1, 2 ... in order).</summary>
    public static int[] Number(IReadOnlyList<AnnotatedSentence> sentences, int sentencesPerDocument = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sentencesPerDocument, 1);
        var numbers = new int[sentences.Count];
        int document = -1, size = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var id = sentences[i].DocumentId;
            bool same = i > 0 && (id is null
                ? sentences[i - 1].DocumentId is null && size < sentencesPerDocument
                : id == sentences[i - 1].DocumentId);
            if (!same) { document++; size = 0; }
            numbers[i] = document;
            size++;
        }
        return numbers;
    }

    /// <summary>A document's plain text: its sentences joined by line breaks, so that no string found in one spans two.</summary>
    public static string Text(IReadOnlyList<AnnotatedSentence> document) => string.Join('\n', document.Select(s => s.Text));

    public static IEnumerable<IReadOnlyList<AnnotatedSentence>> Group(IReadOnlyList<AnnotatedSentence> sentences, int sentencesPerDocument = DefaultSize)
    {
        var numbers = Number(sentences, sentencesPerDocument);
        for (int start = 0; start < sentences.Count;)
        {
            int end = start + 1;
            while (end < sentences.Count && numbers[end] == numbers[start]) end++;
            yield return sentences.Skip(start).Take(end - start).ToList();
            start = end;
        }
    }
}
