using System.Collections.Immutable;

namespace EntityPipeline.Training;

/// <summary>
/// One training or evaluation example, whatever corpus it came from (MSRA BIO, People's Daily, CLUENER,
/// a user's corrections): the sentence text and its entities, ordered and not overlapping.
/// <see cref="Weight"/> lets corrections count more than corpus sentences; <see cref="SecondPassWeight"/> multiplies
/// it in a second pass's training (0 leaves the sentence out of it: a corpus that helps the first pass find names
/// while its conventions should not decide the final spans). <see cref="DocumentId"/> names the
/// document the sentence comes from, when the corpus says (People's Daily article ids, corrections' doc_id);
/// evaluation tags a document's sentences together, as <c>run</c> does.
/// <see cref="ModelLabelled"/> marks entities a model gave (<see cref="Rehearsal"/>): they are trained on, but they are not
/// annotations, so they never enter the tagger's lexicon.
/// </summary>
public sealed record AnnotatedSentence(string Text, ImmutableArray<EntitySpan> Entities, double Weight = 1.0, string? DocumentId = null, double SecondPassWeight = 1.0,
    bool ModelLabelled = false);
