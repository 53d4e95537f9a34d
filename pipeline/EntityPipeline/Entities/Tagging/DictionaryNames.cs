namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Proper names from CC-CEDICT (CC BY-SA 4.0) with the type its English definition gives them: companies and brands (比亚迪,
/// 淘宝, 谷歌), people, places; derived by scripts/derive-dictionary-names.py into Entities/Data/dictionary-names.tsv. Matched like
/// the entity lexicon: evidence the model weighs (<see cref="TaggerFeatureOptions.Names"/>), not a rule, since a dictionary's
/// name may be a word too (小米 is millet as well as the company). Loaded once, on first use.
/// </summary>
internal static class DictionaryNames
{
    public const string DefaultFile = "Entities/Data/dictionary-names.tsv";

    private static readonly Lazy<EntityLexicon> Loaded = new(() =>
        EntityLexicon.LoadShipped(DefaultFile, "dictionary of names"));

    public static EntityLexicon Lexicon => Loaded.Value;
}
