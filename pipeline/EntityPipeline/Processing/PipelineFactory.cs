using EntityPipeline.Dates;
using EntityPipeline.Entities;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Figures;
using EntityPipeline.Segmentation;
using EntityPipeline.Text;

namespace EntityPipeline.Processing;

/// <summary>Builds the pipeline of a run from its options; reads like the architecture diagram.</summary>
public static class PipelineFactory
{
    /// <param name="tagger">An already loaded model for <see cref="TaggerKind.Model"/>; else it is loaded from the options.</param>
    public static Pipeline Create(PipelineOptions options, EntityTagger? tagger = null)
    {
        var stages = new List<IStage> { new DocumentDateStage(options.DocumentDate), new SentenceStage(new SentenceSplitter(options.MaxSentenceLength)) };
        switch (options.Tagger)
        {
            case TaggerKind.Dictionary:
                stages.Add(new SegmentationStage(PosTagging.Hmm));
                stages.Add(new DictionaryEntityStage());
                break;
            case TaggerKind.Model:
                tagger ??= EntityTagger.Load(options.ModelPath ?? DefaultModel.Require());
                stages.Add(new SegmentationStage(tagger.Features.Segmentation));
                stages.Add(new ModelEntityStage(tagger, options.DocumentConsistency));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Tagger, "unknown tagger");
        }
        if (options.Figures)
            stages.Add(new FigureStage(FigureResources.Default));
        return new Pipeline(stages);
    }
}
