namespace EntityPipeline.Segmentation;

/// <summary>
/// The part of speech jieba's dictionary (dict.txt: word, frequency, tag) gives each word, read from the
/// <see cref="JiebaDictionary"/> the cut uses (no second pass over the file). Numbers are "m" and Latin words "eng",
/// as jieba tags them; other words not in the dictionary are "x". A separator alone counts as a number too (the cut's folded
/// view of a full-width comma ，): the shipped and refined models were trained reading it so. Retrained with the comma as
/// punctuation, the shipped recipe moved every dev set within its noise (docs/tagger-experiments.md, session 22), so the
/// readers of parts of speech that care (FacilityNames) ask for a digit themselves.
/// </summary>
public sealed class PosLexicon(JiebaDictionary dictionary)
{
    public const string Unknown = "x";

    public string Tag(string word) => Tag(word.AsSpan());

    public string Tag(ReadOnlySpan<char> word)
    {
        if (dictionary.Tag(word) is { } tag) return tag;
        if (IsNumber(word)) return "m";
        if (IsLatin(word)) return "eng";
        return Unknown;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '%')) return false;
        return true;
    }

    private static bool IsLatin(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(LatinLetters);

    private static readonly System.Buffers.SearchValues<char> LatinLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
