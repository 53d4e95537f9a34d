using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// Latin-script names the dictionary knows, with their type (Google, Microsoft Corporation, NVIDIA ORG; Elon Musk PER; Paris
/// LOC): the English forms CC-CEDICT's definitions open with (Entities/Data/latin-names.tsv, scripts/derive-dictionary-names.py
/// --latin; CC BY-SA 4.0), each with one type. The corpora of 1998–2009 hardly write Latin letters, so the tagger misses most
/// Latin names or types them at random (Alphabet PER); as a feature the forms did not pay (docs/tagger-experiments.md,
/// "Latin-script names"), as a rule they do. Within a run of capitalised Latin words, the longest listed name that starts and
/// ends on a word's edge is a mention of its type, unless a span crosses its edges; spans inside it give way, and one that is
/// the name takes its type. A run the list does not know whole is read by its shape: two or three capitalised words opening with a
/// common given name are a person (Sam Altman), two words or more ending in a company's word an organisation (Lumeris Photonics).
/// A rule on the decoded labels; stateless, the lists loaded once.
/// </summary>
internal static class LatinNames
{
    public const string DefaultFile = "Entities/Data/latin-names.tsv";

    private const int Longest = 64;

    private static readonly Lazy<EntityLexicon> Loaded = new(() =>
        EntityLexicon.LoadShipped(DefaultFile, "list of Latin-script names"));

    public static EntityLexicon Lexicon => Loaded.Value;

    public const string GivenNamesFile = "Entities/Data/latin-given-names.tsv";

    private static readonly Lazy<EntityLexicon> LoadedGivenNames = new(() =>
        EntityLexicon.LoadShipped(GivenNamesFile, "list of Latin-script given names"));

    /// <summary>The last words of companies' Latin names (Lumeris Photonics, Kessler Antriebstechnik GmbH, Lingxi AI).</summary>
    private static readonly string[] CompanyWords =
    [
        "Inc", "Inc.", "Ltd", "Ltd.", "GmbH", "AG", "Corp", "Corp.", "Corporation", "Group", "Holdings", "Technologies", "Technology",
        "Robotics", "Photonics", "Labs", "AI", "Systems", "Motors", "Therapeutics", "Semiconductor", "Capital", "Ventures", "Networks",
        "Software", "Pharmaceuticals", "Biotech",
    ];

    /// <summary>The last words of facilities' Latin names, read after a person's shape (Apple Park; Sam Park is a person).</summary>
    private static readonly string[] FacilityWords =
    [
        "Airport", "Station", "Port", "Harbour", "Harbor", "Park", "Square", "Bridge", "Stadium",
    ];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!LatinNameRuns.HasCapital(text[..length])) return; // most sentences have no Latin name
        Span<char> folded = stackalloc char[Longest];
        for (int at = 0; at < length; at++)
        {
            if (at > 0 && CharFold.IsLatinLetter(text[at - 1])) continue; // inside a word
            int runEnd = LatinNameRuns.End(text, at, length);
            if (runEnd < 0) continue;
            // A run the list does not know whole may say by its shape what it is: a given name and a surname, or a company's word last.
            if (runEnd - at <= Longest && Lexicon.TypesOf(Folded(text, at, runEnd, folded)) == 0 && ShapeType(text[at..runEnd]) is { } shaped)
            {
                Mark(labels, at, runEnd, length, shaped);
                at = runEnd - 1;
                continue;
            }
            // The longest listed name from here that ends where a word does.
            for (int end = runEnd; end > at; end = LastWordEnd(text, at, end))
            {
                if (end - at > Longest) continue;
                byte mask = Lexicon.TypesOf(Folded(text, at, end, folded));
                if (mask == 0) continue;
                Mark(labels, at, end, length, (EntityType)System.Numerics.BitOperations.Log2(mask));
                at = end - 1;
                break;
            }
        }
    }

    private static ReadOnlySpan<char> Folded(ReadOnlySpan<char> text, int start, int end, Span<char> folded)
    {
        for (int i = start; i < end; i++) folded[i - start] = CharFold.Fold(text[i]);
        return folded[..(end - start)];
    }

    /// <summary>
    /// A person for two or three capitalised words opening with a common given name (Sam Altman, Chloe Tan; latin-given-names.tsv),
    /// an organisation for two words or more ending in a company's word (Lumeris Photonics), a place for two or more ending in a
    /// facility's word (Tivoli Airport; guidelines E7), else null.
    /// </summary>
    internal static EntityType? ShapeType(ReadOnlySpan<char> run)
    {
        int words = run.Count(' ') + 1;
        if (words < 2) return null;
        var lastWord = run[(run.LastIndexOf(' ') + 1)..];
        foreach (var company in CompanyWords)
            if (lastWord.SequenceEqual(company)) return EntityType.ORG;
        int first = run.IndexOf(' ');
        if (words <= 3 && IsCapitalisedWords(run) && LoadedGivenNames.Value.TypesOf(run[..first]) != 0) return EntityType.PER;
        foreach (var facility in FacilityWords)
            if (lastWord.SequenceEqual(facility)) return EntityType.LOC;
        return null;
    }

    /// <summary>Words of a capital and small letters (Chloe Tan, Luis Suárez; not AI, not iPhone).</summary>
    private static bool IsCapitalisedWords(ReadOnlySpan<char> run)
    {
        foreach (var range in run.Split(' '))
        {
            var word = run[range];
            if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0])) return false;
            foreach (char c in word[1..])
                if (!char.IsLower(c) && c is not ('-' or '\'')) return false;
        }
        return true;
    }

    /// <summary>The end of the word before the one that ends at <paramref name="end"/> (Elon Musk → Elon), or <paramref name="start"/>.</summary>
    private static int LastWordEnd(ReadOnlySpan<char> text, int start, int end)
    {
        int space = text[start..end].LastIndexOf(' ');
        return space < 0 ? start : start + space;
    }

    private static void Mark(int[] labels, int start, int end, int length, EntityType type)
    {
        if (BioesLabels.StartOfSpanEndingAt(labels, end) == start) BioesLabels.Mark(labels, start, end, type); // the name itself: its type
        else BioesLabels.MarkUnlessCrossed(labels, length, start, end, type);
    }
}
