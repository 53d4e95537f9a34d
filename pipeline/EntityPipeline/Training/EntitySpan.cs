using EntityPipeline.Documents;

namespace EntityPipeline.Training;

/// <summary>A gold entity in an annotated sentence: [Start, End) of the sentence text.</summary>
public readonly record struct EntitySpan(int Start, int End, EntityType Type);
