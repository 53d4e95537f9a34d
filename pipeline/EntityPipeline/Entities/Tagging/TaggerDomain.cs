namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// What a refined model learnt of its user's kind of text: the refined tagger, and the profile of the text it was refined on.
/// A document the profile covers is tagged by <see cref="Tagger"/>; any other by the model it was refined from, which
/// keeps what it knew (the domain copy of Daumé's "frustratingly easy" feature augmentation, with the domain told by the
/// document's words; docs/corrections.md). The refined tagger shares the first pass's weights when only the second was refined,
/// and decodes with an O bias of its own, fitted on the corrections (<c>Training.DomainOutsideBias</c>).
/// </summary>
public sealed record TaggerDomain(DomainProfile Profile, EntityTagger Tagger);
