namespace EntityPipeline.Documents;

/// <summary>What produced a mention: the trained model, jieba's dictionary tags, or a hand-written rule.</summary>
public enum MentionSource
{
    Model,
    Dictionary,
    Rule,
}
