using System.Collections.Frozen;
using EntityPipeline.Documents;

namespace EntityPipeline.Training.Corpora;

/// <summary>
/// How a character-per-line corpus writes its lines (<see cref="CharTagReader"/>): what separates the character from its tag,
/// whether a word-position digit follows the character (Weibo NER), and its entity types with ours (null: not an entity here,
/// read as O). <see cref="EachSentenceADocument"/> names each sentence as its own document (unrelated messages).
/// </summary>
public sealed record CharTagScheme(string Name, char Separator, bool PositionDigit, FrozenDictionary<string, EntityType?> Types, bool EachSentenceADocument = false)
{
    /// <summary>MSRA NER: <c>char\tB-PER</c>, BIO.</summary>
    public static readonly CharTagScheme Msra = new("MSRA BIO", '\t', false, new Dictionary<string, EntityType?>
    {
        ["PER"] = EntityType.PER, ["LOC"] = EntityType.LOC, ["ORG"] = EntityType.ORG,
    }.ToFrozenDictionary());

    /// <summary>Weibo NER (2nd): <c>char0\tB-PER.NAM</c>; named mentions only (GPE is a place here), nominal ones (老师) are O.</summary>
    public static readonly CharTagScheme Weibo = new("Weibo NER", '\t', true, new Dictionary<string, EntityType?>
    {
        ["PER.NAM"] = EntityType.PER, ["ORG.NAM"] = EntityType.ORG, ["LOC.NAM"] = EntityType.LOC, ["GPE.NAM"] = EntityType.LOC,
        ["PER.NOM"] = null, ["ORG.NOM"] = null, ["LOC.NOM"] = null, ["GPE.NOM"] = null,
    }.ToFrozenDictionary(), EachSentenceADocument: true);

    /// <summary>Resume NER: <c>char B-ORG</c>, BMES; NAME is a person, and titles, schools, professions, countries and ethnicities are O.</summary>
    public static readonly CharTagScheme Resume = new("Resume NER", ' ', false, new Dictionary<string, EntityType?>
    {
        ["NAME"] = EntityType.PER, ["ORG"] = EntityType.ORG, ["LOC"] = EntityType.LOC,
        ["TITLE"] = null, ["EDU"] = null, ["PRO"] = null, ["CONT"] = null, ["RACE"] = null,
    }.ToFrozenDictionary());

    public string Expected => $"'character{(PositionDigit ? "<position digit>" : "")}{(Separator == '\t' ? "<TAB>" : "<SPACE>")}tag'";
}
