using EntityPipeline.Entities;
using EntityPipeline.Figures;
using EntityPipeline.Segmentation;
using EntityPipeline.Text;

namespace EntityPipeline.Processing;

/// <summary>Builds the pipeline of a run from its options; reads like the architecture diagram.</summary>
public static class PipelineFactory
{
    public static Pipeline Create(PipelineOptions options)
    {
        var stages = new List<IStage> { new SentenceStage(new SentenceSplitter(options.MaxSentenceLength)) };
        switch (options.Tagger)
        {
            case TaggerKind.Dictionary:
                stages.Add(new SegmentationStage(withPos: true));
                stages.Add(new DictionaryEntityStage());
                break;
            default:
                throw new ArgumentException($"tagger '{options.Tagger}' is not available in this build");
        }
        if (options.Figures)
            stages.Add(new FigureStage(FigureResources.LoadDefault()));
        return new Pipeline(stages);
    }
}
