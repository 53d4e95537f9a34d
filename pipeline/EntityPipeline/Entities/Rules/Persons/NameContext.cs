using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// What stands around a name the tagger left untagged or cut (<see cref="JapaneseNames"/>, <see cref="CompoundSurnames"/>): the
/// words before a person, and the characters that end a name rather than belong to it. Stateless.
/// </summary>
internal static class NameContext
{
    /// <summary>Characters that end a name rather than belong to it: a verb of saying or being, a preposition, a particle, an adverb.</summary>
    internal const string NameEnds = "说是在和与及的了也还又就都将已曾到对向为从被把让给等称讲请带们个";

    /// <summary>What a noun for a person before a name ends in (设计师, 团员, 居民, 客商, 负责人) besides the titles.</summary>
    private const string PersonNounEnds = "师员民商农户人者生家手";

    /// <summary>Whether the text before a name ends in a title, a noun for a person, or 日本/日籍.</summary>
    internal static bool PersonBefore(ReadOnlySpan<char> before) =>
        PersonCues.IsTitle(before) || PersonNounEnds.Contains(before[^1]) || before.EndsWith("日本") || before.EndsWith("日籍");
}
