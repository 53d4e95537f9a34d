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

    private static readonly Lazy<EntityLexicon> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFile)));

    public static EntityLexicon Lexicon => Loaded.Value;

    internal static EntityLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"place gazetteer missing: {path}. The build copies Entities/Data into the output folder; rebuild.", path);
        var entries = new List<KeyValuePair<string, byte>>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !byte.TryParse(line.AsSpan(tab + 1), out byte mask) || mask == 0)
                throw new InvalidDataException($"{path}:{number}: expected 'name<TAB>level mask', found '{line}'");
            entries.Add(KeyValuePair.Create(line[..tab], mask));
        }
        return new EntityLexicon(entries);
    }
}
