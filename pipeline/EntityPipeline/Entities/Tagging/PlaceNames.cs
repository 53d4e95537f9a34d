namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// China's administrative divisions, full names and the short forms news uses (江苏省 and 江苏, 昆山市 and 昆山), derived by
/// scripts/derive-places.py from ../shared/gazetteers/china_divisions (WTFPL) into Entities/Data/china-places.tsv. Matched
/// like the entity lexicon, each name with the levels it is at (province, city, county, township) and whether it is a short
/// form: evidence the model weighs (<see cref="TaggerFeatureOptions.Places"/>), not a rule, since some township names are
/// common words. Loaded once, on first use.
/// </summary>
internal static class PlaceNames
{
    public const string DefaultFile = "Entities/Data/china-places.tsv";

    /// <summary>The bits of a name's mask (the file's second column): the levels it is at, and whether it is a short form.</summary>
    public const byte Province = 1, City = 2, County = 4, Township = 8, ShortForm = 16;

    /// <summary>The levels of a division at county level or above.</summary>
    public const byte CountyOrAbove = Province | City | County;

    private static readonly Lazy<EntityLexicon> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFile)));

    public static EntityLexicon Lexicon => Loaded.Value;

    internal static EntityLexicon Load(string path) => EntityLexicon.LoadFile(path, "place gazetteer", "level mask");
}
