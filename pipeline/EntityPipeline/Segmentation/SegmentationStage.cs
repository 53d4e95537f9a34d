using EntityPipeline.Documents;
using EntityPipeline.Processing;
using EntityPipeline.Text;
using JiebaNet.Segmenter.PosSeg;

namespace EntityPipeline.Segmentation;

/// <summary>
/// Adds the token layer: jieba's words of each sentence, cut on the folded view (full-width digits and letters as ASCII,
/// so jieba keeps numbers whole), with document offsets, and parts of speech as <see cref="PosTagging"/> says. The plain
/// cut is <see cref="JiebaCut"/> (jieba.NET's words without its allocations); jieba.NET's own POS segmenter serves
/// <see cref="PosTagging.Hmm"/> (about 7 times slower than its plain cut; the dictionary lookup of
/// <see cref="PosTagging.Lexicon"/> costs next to nothing). Each thread gets its own segmenter and buffers; the
/// dictionaries they share are loaded by <see cref="JiebaResources"/>.
/// </summary>
public sealed class SegmentationStage : IStage
{
    private readonly PosTagging _pos;
    private readonly PosLexicon? _lexicon;
    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch(new JiebaCut(JiebaResources.Dictionary, JiebaResources.Hmm)));
    private readonly ThreadLocal<PosSegmenter> _posSegmenter = new(() => new PosSegmenter());

    private sealed class Scratch(JiebaCut cut)
    {
        public readonly JiebaCut Cut = cut;
        public readonly List<WordSpan> Words = [];
        public char[] View = new char[256];
    }

    public SegmentationStage(PosTagging pos, string? resourceDirectory = null)
    {
        JiebaResources.EnsureLoaded(resourceDirectory, posTables: pos == PosTagging.Hmm);
        _pos = pos;
        _lexicon = pos == PosTagging.Lexicon ? JiebaResources.PosLexicon : null;
    }

    public string Name => nameof(SegmentationStage);
    public Layers Requires => Layers.Sentences;
    public Layers Produces => Layers.Tokens;

    public void Process(Document document)
    {
        var tokens = new List<Documents.Token>(document.Text.Length / 2);
        foreach (var sentence in document.Sentences)
            Segment(document.Text.AsSpan(sentence.Start, sentence.Length), sentence.Start, tokens);
        document.SetTokens([.. tokens]);
    }

    /// <summary>Segments one piece of text whose first character is at <paramref name="baseOffset"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, int baseOffset, List<Documents.Token> into)
    {
        if (_pos == PosTagging.Hmm)
        {
            var folded = CharFold.Fold(text);
            WordAligner.Align(folded, baseOffset, _posSegmenter.Value!.Cut(folded, true).Select(p => (p.Word, p.Flag)), into);
            return;
        }
        var scratch = _scratch.Value!;
        var view = ReusedBuffer.AtLeast(ref scratch.View, text.Length).AsSpan(0, text.Length);
        CharFold.Fold(text, view);
        scratch.Words.Clear();
        scratch.Cut.Cut(view, scratch.Words);
        foreach (var word in scratch.Words)
        {
            var piece = view.Slice(word.Start, word.Length);
            if (piece.IsWhiteSpace()) continue; // jieba gives white space as words; they are no tokens
            into.Add(new Documents.Token(baseOffset + word.Start, baseOffset + word.End, _lexicon?.Tag(piece) ?? ""));
        }
    }
}
