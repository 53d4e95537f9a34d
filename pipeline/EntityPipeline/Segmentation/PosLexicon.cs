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

    /// <summary>Reads jieba's dict.txt (word, count, tag per line, space-separated). Start-up reads 350,000 lines, so a line is cut as a span: only the word becomes a string, and each tag once.</summary>
    public static PosLexicon Load(string dictionaryPath)
    {
        var tags = new Dictionary<string, string>(400_000, StringComparer.Ordinal);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in File.ReadLines(dictionaryPath))
        {
            var text = line.AsSpan();
            int wordEnd = text.IndexOf(' ');
            if (wordEnd <= 0) continue; // no word, or fewer than three fields
            var rest = text[(wordEnd + 1)..];
            int countEnd = rest.IndexOf(' ');
            if (countEnd < 0) continue;
            var tagText = rest[(countEnd + 1)..];
            int tagEnd = tagText.IndexOf(' ');
            if (tagEnd >= 0) tagText = tagText[..tagEnd];
            if (!interned.TryGetValue(tagText, out var tag)) interned[tagText] = tag = tagText.ToString();
            tags[line[..wordEnd]] = tag;
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
