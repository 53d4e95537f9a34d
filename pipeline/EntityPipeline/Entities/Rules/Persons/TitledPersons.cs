using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A name of three characters the tagger left untagged between a title or a noun for a person and a verb of saying (研究员 某某某
/// 认为, 种粮大户 某某某 说): news writes a person there, and a rare name or one made of common words (a given name that reads as
/// an adjective) loses the tagger's vote. The three characters become a person when the first is a surname, jieba ends the role
/// word right before them and starts the verb right after, and none of them is a word that stands there instead (向记者, 高兴地,
/// 曾多次). MSRA writes a surname and two characters between such a role and a verb 141 times: 127 persons, and the 14 others all
/// hold one of the excluded characters, a weekday or 宣称. Part of the person-names rule. Stateless.
/// </summary>
internal static class TitledPersons
{
    private static readonly string[] SayingVerbs = ["说", "表示", "认为", "介绍", "指出", "坦言", "告诉"];

    /// <summary>Characters no name opens with after a role: prepositions and conjunctions (向, 和, 对), adverbs (曾, 也).</summary>
    private const string NoOpening = "的在是和与及将向对从给为把被让也都就还又已曾正均共等";

    /// <summary>Characters that end an adverbial phrase or a plural rather than a name (高兴地, 他们都, 周二晚), or hold 曾/多.</summary>
    private const string NoInside = "地得都也就还又已曾正均共们晚早多次";

    private const int NameLength = 3;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int start = 2; start + NameLength < length; start++)
        {
            int end = start + NameLength;
            if (labels.AsSpan(start - 1, NameLength + 2).ContainsAnyExcept(BioesLabels.Outside)) continue;
            if (!HanCharacters.AllHan(text[start..end]) || PersonCues.Surname(text, start) != 1 || NoOpening.Contains(text[start])
                || text[(start + 1)..end].ContainsAny(NoInside)) continue;
            if (!IsRole(text[..start]) || Prefixes.IndexAt(text[end..length], SayingVerbs) < 0) continue;
            var role = WordsAt.Ending(words, baseOffset, start);
            if (role is null || role.Value.End - role.Value.Start < 2 || WordsAt.Starting(words, baseOffset, end) is null) continue;
            BioesLabels.Mark(labels, start, end, EntityType.PER);
            start = end;
        }
    }

    private static bool IsRole(ReadOnlySpan<char> before) =>
        PersonCues.IsTitle(before) || RoleWordPersons.PersonNounEndings.Contains(before[^1]);
}
