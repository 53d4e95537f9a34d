namespace EntityPipeline.Text;

/// <summary>
/// The "key&lt;TAB&gt;value" lines the tagger's lexicons, a domain's profile, the place gazetteer and the figures' county-level
/// cities are stored as. A malformed line stops the reading, named by the caller's <c>where</c> (file, entry and line), so a
/// damaged file is refused, not half read.
/// </summary>
internal static class TabSeparatedPairs
{
    public delegate bool Parse<T>(string text, out T value);

    /// <summary>Every line of <paramref name="reader"/>; with <paramref name="comments"/>, empty lines and lines starting with # are skipped.</summary>
    public static List<KeyValuePair<string, T>> Read<T>(TextReader reader, Parse<T> parse, string valueName, Func<int, string> where, bool comments = false)
    {
        var pairs = new List<KeyValuePair<string, T>>();
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (comments && (line.Length == 0 || line[0] == '#')) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !parse(line[(tab + 1)..], out T value))
                throw new InvalidDataException($"{where(number)}: expected 'string<TAB>{valueName}', found '{line}'");
            pairs.Add(KeyValuePair.Create(line[..tab], value));
        }
        return pairs;
    }
}
