using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// How often each Han character is part of a Chinese given name against running text, in classes, derived by
/// scripts/derive-given-names.py from the person names of the shipped model's training corpora into
/// Entities/Data/given-name-chars.tsv. With <see cref="PersonCues"/>' surnames it lets the model judge a name it never saw
/// (杜长其, 田馥甄) by its characters: evidence the model weighs (<see cref="TaggerFeatureOptions.GivenNames"/>), not a
/// rule. Loaded once, on first use.
/// </summary>
internal static class GivenNameChars
{
    public const string DefaultFile = "Entities/Data/given-name-chars.tsv";

    /// <summary>The class of a character that is not Han (punctuation, digits, Latin, the padding).</summary>
    public const byte NotHan = 0;

    /// <summary>The class of a Han character the corpora hold fewer than 5 times: rare characters are often names' own (翀, 彧).</summary>
    public const byte Rare = 6;

    private static readonly Lazy<byte[]> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFile)));

    /// <summary>The class of every character, by its code: <see cref="NotHan"/>, 1 (rarely in names) to 5 (mostly in names), or <see cref="Rare"/>.</summary>
    public static byte[] Classes => Loaded.Value;

    /// <summary>The class of a (folded) character.</summary>
    public static uint Of(char c) => Classes[c];

    internal static byte[] Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"given-name table missing: {path}. The build copies Entities/Data into the output folder; rebuild.", path);
        using var reader = new StreamReader(path);
        var entries = TabSeparatedPairs.Read(reader, (string text, out byte value) => byte.TryParse(text, out value) && value is >= 1 and <= 5,
            "class 1-5", line => $"{path}:{line}", comments: true);
        var classes = new byte[char.MaxValue + 1]; // NotHan but for the CJK block
        Array.Fill(classes, Rare, 0x4E00, 0x9FFF - 0x4E00 + 1);
        foreach (var (key, value) in entries)
        {
            if (key.Length != 1)
                throw new InvalidDataException($"{path}: expected one character, found '{key}'");
            classes[key[0]] = value;
        }
        return classes;
    }
}
