using EntityPipeline.Entities.Tagging;
using EntityPipeline.Processing;
using EntityPipeline.Segmentation;
using EntityPipeline.Text;

namespace EntityPipeline.Entities;

/// <summary>The stages that entity tagging needs, in order: sentences, jieba words (with POS when the model reads it), the model.</summary>
public static class TaggerPipeline
{
    public static Pipeline Create(EntityTagger tagger, bool documentConsistency = true) => new(
    [
        new SentenceStage(new SentenceSplitter()),
        new SegmentationStage(tagger.Features.Segmentation),
        new ModelEntityStage(tagger, documentConsistency),
    ]);
}
