namespace EntityPipeline.Output.Workbook;

/// <summary>
/// The sentences whose least confident mention is least confident, up to <c>maxRows</c> mentions in all, kept in a
/// bounded heap while the run streams past (memory stays within the limit whatever the size of the run). A sentence
/// enters whole, with all its mentions, so a reviewed sentence's other mentions are on the sheet to be kept as tagged.
/// Ties go by doc_id and sentence_id, so the sheet is the same whatever the number of workers.
/// </summary>
internal sealed class ReviewQueue(int maxRows)
{
    private static readonly Comparer<ReviewSentence> LeastSureFirst = Comparer<ReviewSentence>.Create((a, b) =>
    {
        int c = a.LeastConfidence.CompareTo(b.LeastConfidence);
        if (c == 0) c = string.CompareOrdinal(a.DocId, b.DocId);
        return c != 0 ? c : a.SentenceId.CompareTo(b.SentenceId);
    });

    // The heap's top is the surest sentence kept: the first to leave when the queue is over its limit.
    private readonly PriorityQueue<ReviewSentence, ReviewSentence> _heap = new(Comparer<ReviewSentence>.Create((a, b) => LeastSureFirst.Compare(b, a)));
    private int _rows;

    /// <summary>Every mention offered, kept or not.</summary>
    public long Offered { get; private set; }

    public int Rows => _rows;

    public void Offer(ReviewSentence sentence)
    {
        if (sentence.Mentions.Count == 0) return;
        Offered += sentence.Mentions.Count;
        _heap.Enqueue(sentence, sentence);
        _rows += sentence.Mentions.Count;
        while (_rows > maxRows)
            _rows -= _heap.Dequeue().Mentions.Count;
    }

    /// <summary>The kept sentences' mentions, least confident first (ties in doc_id and text order).</summary>
    public IReadOnlyList<(ReviewSentence Sentence, EntityRow Mention)> LeastConfidentFirst() =>
        [.. _heap.UnorderedItems.SelectMany(i => i.Element.Mentions.Select(m => (i.Element, m)))
            .OrderBy(r => ReviewSentence.ConfidenceOf(r.m)).ThenBy(r => r.Element.DocId, StringComparer.Ordinal).ThenBy(r => r.m.Start)];
}
