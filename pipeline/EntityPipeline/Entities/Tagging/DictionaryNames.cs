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

    /// <summary>The Latin-script forms of the names (<see cref="TaggerFeatureOptions.LatinDictionary"/>).</summary>
    public const string LatinFile = "Entities/Data/dictionary-latin-names.tsv";

    private static readonly Lazy<EntityLexicon> Loaded = new(() =>
        EntityLexicon.LoadFile(Path.Combine(AppContext.BaseDirectory, DefaultFile), "dictionary of names", "type mask"));

    private static readonly Lazy<EntityLexicon> LoadedWithLatin = new(() =>
    {
        var latin = EntityLexicon.LoadFile(Path.Combine(AppContext.BaseDirectory, LatinFile), "Latin-script names", "type mask");
        var types = Loaded.Value.Entries.ToDictionary(StringComparer.Ordinal);
        foreach (var (name, mask) in latin.Entries) types[name] = (byte)(types.GetValueOrDefault(name) | mask);
        return new EntityLexicon(types);
    });

    public static EntityLexicon Lexicon => Loaded.Value;

    /// <summary>The names and their Latin-script forms.</summary>
    public static EntityLexicon WithLatin => LoadedWithLatin.Value;
}
