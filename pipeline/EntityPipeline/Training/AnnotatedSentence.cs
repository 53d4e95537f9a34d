using System.Collections.Immutable;

namespace EntityPipeline.Training;

/// <summary>
/// One training or evaluation example, whatever corpus it came from (MSRA BIO, People's Daily, CLUENER,
/// a user's corrections): the sentence text and its entities, ordered and not overlapping.
/// <see cref="Weight"/> lets corrections count more than corpus sentences.
/// </summary>
public sealed record AnnotatedSentence(string Text, ImmutableArray<EntitySpan> Entities, double Weight = 1.0);
