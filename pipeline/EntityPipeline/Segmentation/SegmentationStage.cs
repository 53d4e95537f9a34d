using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Processing;
using EntityPipeline.Text;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace EntityPipeline.Segmentation;

/// <summary>
/// Adds the token layer: jieba.NET words of each sentence, cut on the folded view (full-width digits and
/// letters as ASCII, so jieba keeps numbers whole), with document offsets, and parts of speech as
/// <see cref="PosTagging"/> says (jieba's own POS path is about 7 times slower than its plain cut; the
/// dictionary lookup costs next to nothing). Each thread gets its own segmenter; the dictionaries they
/// share are loaded by <see cref="JiebaResources"/>.
/// </summary>
public sealed class SegmentationStage : IStage
{
    private readonly PosTagging _pos;
    private readonly PosLexicon? _lexicon;
    private readonly ThreadLocal<JiebaSegmenter> _segmenter = new(() => new JiebaSegmenter());
    private readonly ThreadLocal<PosSegmenter> _posSegmenter = new(() => new PosSegmenter());

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
        var view = CharFold.Fold(text);
        var words = _pos switch
        {
            PosTagging.Hmm => _posSegmenter.Value!.Cut(view, true).Select(p => (p.Word, p.Flag)),
            PosTagging.Lexicon => _segmenter.Value!.Cut(view, false, true).Select(w => (w, _lexicon!.Tag(w))),
            _ => _segmenter.Value!.Cut(view, false, true).Select(w => (w, "")),
        };
        WordAligner.Align(view, baseOffset, words, into);
    }
}
