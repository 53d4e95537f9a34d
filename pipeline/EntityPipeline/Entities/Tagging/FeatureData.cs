using System.Security.Cryptography;
using System.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Fingerprints of the data the feature groups read (the place gazetteer, the given-name table, the dictionary of names, the word clusters),
/// written into a model's header when it is saved and checked when it is loaded. A model's weights mean what they meant only
/// with the data it was trained with; with other data (a program whose tables were derived again) it would tag worse without
/// a word. Taken over the tables' lines, not their bytes, so line endings and comments do not count.
/// </summary>
internal static class FeatureData
{
    private static readonly (string Name, string File, Func<TaggerFeatureOptions, bool> Used)[] Tables =
    [
        ("places", PlaceNames.DefaultFile, f => f.Places),
        ("givenNames", GivenNameChars.DefaultFile, f => f.GivenNames),
        ("names", DictionaryNames.DefaultFile, f => f.Names),
        ("clusters", WordClusters.DefaultFile, f => f.Clusters),
    ];

    private static readonly Dictionary<string, Lazy<string?>> Fingerprints = Tables.ToDictionary(t => t.Name,
        t => new Lazy<string?>(() => Fingerprint(Path.Combine(AppContext.BaseDirectory, t.File))));

    /// <summary>The fingerprint of each table <paramref name="features"/> read, by name.</summary>
    public static SortedDictionary<string, string> Of(TaggerFeatureOptions features) =>
        new(Tables.Where(t => t.Used(features) && Fingerprints[t.Name].Value is not null).ToDictionary(t => t.Name, t => Fingerprints[t.Name].Value!), StringComparer.Ordinal);

    /// <summary>The file of the first table whose fingerprint differs from <paramref name="recorded"/>'s, or null (a model written before fingerprints: null).</summary>
    public static string? Changed(IReadOnlyDictionary<string, string>? recorded, TaggerFeatureOptions features)
    {
        if (recorded is null) return null;
        foreach (var (name, file, used) in Tables)
            if (used(features) && recorded.TryGetValue(name, out var value) && Fingerprints[name].Value is { } current && value != current)
                return file;
        return null;
    }

    /// <summary>Its lines other than comments (File.ReadLines drops either line ending); null when it is missing, which the table's own loader reports.</summary>
    private static string? Fingerprint(string path)
    {
        if (!File.Exists(path)) return null;
        var text = new StringBuilder();
        foreach (var line in File.ReadLines(path))
            if (!line.StartsWith('#')) text.Append(line).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
