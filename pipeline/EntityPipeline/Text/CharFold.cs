namespace EntityPipeline.Text;

/// <summary>
/// One-to-one character folding for the views that segmentation, features and the normalized column read: full-width ASCII
/// (Ａ, ２, ％) to ASCII, the ideographic space to a space, and traditional characters to simplified ones (陳 → 陈, 灣 → 湾;
/// Data/traditional-simplified.tsv, from OpenCC), since the dictionaries and corpora are simplified. Lengths are unchanged, so
/// offsets into the folded view are offsets into the original text.
/// </summary>
public static class CharFold
{
    private const char FirstHan = '\u3400', LastHan = '\u9FFF';

    private const string TableResource = "EntityPipeline.Text.Data.traditional-simplified.tsv";

    /// <summary>Each character of [<see cref="FirstHan"/>, <see cref="LastHan"/>] as the views read it.</summary>
    private static readonly char[] Simplified = LoadSimplified();

    /// <summary>A Latin letter, half- or full-width (A, Ａ).</summary>
    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(Fold(c));

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => Simplify(c),
    };

    /// <summary>A traditional character as its simplified one (陳 → 陈); any other character as itself (full-width ones too).</summary>
    public static char Simplify(char c) => c is >= FirstHan and <= LastHan ? Simplified[c - FirstHan] : c;

    /// <summary>The text with its traditional characters simplified, nothing else changed (<see cref="Simplify(char)"/>).</summary>
    public static string Simplify(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (into, src) => Simplify(src, into));

    /// <summary>Simplifies <paramref name="text"/> into <paramref name="into"/> (at least as long).</summary>
    public static void Simplify(ReadOnlySpan<char> text, Span<char> into)
    {
        for (int i = 0; i < text.Length; i++) into[i] = Simplify(text[i]);
    }

    private static char[] LoadSimplified()
    {
        var table = new char[LastHan - FirstHan + 1];
        for (int i = 0; i < table.Length; i++) table[i] = (char)(FirstHan + i);
        using var stream = typeof(CharFold).Assembly.GetManifestResourceStream(TableResource)
            ?? throw new InvalidOperationException($"resource {TableResource} is missing from the build");
        using var reader = new StreamReader(stream);
        int number = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.Length != 3 || line[1] != '\t' || line[0] is < FirstHan or > LastHan)
                throw new InvalidDataException($"{TableResource}:{number}: expected 'traditional<TAB>simplified' (one character each), found '{line}'");
            table[line[0] - FirstHan] = line[2];
        }
        return table;
    }

    public static string Fold(string text) => Fold(text.AsSpan());

    public static string Fold(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (into, src) => Fold(src, into)); // spans cannot be captured; passed as the state

    /// <summary>Folds <paramref name="text"/> into <paramref name="into"/> (at least as long).</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        for (int i = 0; i < text.Length; i++) into[i] = Fold(text[i]);
    }
}
