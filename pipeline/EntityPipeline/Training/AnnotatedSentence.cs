using System.Collections.Immutable;

namespace EntityPipeline.Training;

/// <summary>
/// One training or evaluation example, whatever corpus it came from (MSRA BIO, People's Daily, CLUENER,
/// a user's corrections): the sentence text and its entities, ordered and not overlapping.
/// <see cref="Weight"/> lets corrections count more than corpus sentences. <see cref="DocumentId"/> names the
/// document the sentence comes from, when the corpus says (People's Daily article ids, corrections' doc_id);
/// evaluation tags a document's sentences together, as <c>run</c> does.
/// </summary>
public sealed record AnnotatedSentence(string Text, ImmutableArray<EntitySpan> Entities, double Weight = 1.0, string? DocumentId = null);
