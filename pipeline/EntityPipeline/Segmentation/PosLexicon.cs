namespace EntityPipeline.Segmentation;

/// <summary>
/// The part of speech jieba's dictionary (dict.txt: word, frequency, tag) gives each word, loaded once
/// into a read-only table shared by all threads. Numbers are "m" and Latin words "eng", as jieba tags them;
/// other words not in the dictionary are "x".
/// </summary>
public sealed class PosLexicon
{
    public const string Unknown = "x";
    // A plain dictionary, not a frozen copy of one: building the copy held both at start-up, when the run's memory peaks.
    private readonly Dictionary<string, string> _tags;

    private PosLexicon(Dictionary<string, string> tags) => _tags = tags;

    public int Count => _tags.Count;

    public static PosLexicon Load(string dictionaryPath)
    {
        var tags = new Dictionary<string, string>(400_000, StringComparer.Ordinal);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(dictionaryPath))
        {
            var parts = line.Split(' ');
            if (parts.Length < 3 || parts[0].Length == 0) continue;
            if (!interned.TryGetValue(parts[2], out var tag)) interned[parts[2]] = tag = parts[2];
            tags[parts[0]] = tag;
        }
        tags.TrimExcess();
        return new PosLexicon(tags);
    }

    public string Tag(string word)
    {
        if (_tags.TryGetValue(word, out var tag)) return tag;
        if (word.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%')) return "m";
        if (word.All(char.IsAsciiLetter)) return "eng";
        return Unknown;
    }
}
