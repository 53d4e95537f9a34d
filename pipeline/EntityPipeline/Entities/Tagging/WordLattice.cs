using EntityPipeline.Segmentation;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Every dictionary word that covers a character, not only the one the segmentation chose (the word lattice that
/// Lattice LSTM and SoftLexicon read). Where jieba cut a name apart or swallowed it into a longer word, a place or
/// person entry that covers the character still shows, and so does every entry of the entity lexicon, not only the
/// longest. Read only by models with <see cref="TaggerFeatureOptions.Lattice"/>. Stateless.
/// </summary>
internal static class WordLattice
{
    /// <summary>Longest jieba dictionary word looked up (longer entries are rare and mostly idioms and titles).</summary>
    public const int MaxDictionaryWord = 6;

    private const int B = 1, M = 2, E = 4;

    /// <summary>
    /// For each character of <paramref name="view"/>, which positions (B, M, E: three bits) it takes in the dictionary
    /// words of two or more characters that cover it, per class of word: bits 0–2 person (nr…), 3–5 place (ns…),
    /// 6–8 organisation (nt), 9–11 other proper noun (nz), 12–14 any other word.
    /// </summary>
    public static void MatchDictionary(ReadOnlySpan<char> view, PosLexicon dictionary, Span<uint> codes)
    {
        codes.Clear();
        for (int i = 0; i + 1 < view.Length; i++)
            for (int len = 2; len <= MaxDictionaryWord && i + len <= view.Length; len++)
            {
                if (!char.IsLetter(view[i + len - 1])) break; // words hold no digits, spaces or punctuation
                if (dictionary.DictionaryTag(view.Slice(i, len)) is not { } tag) continue;
                Mark(codes, i, len, 3 * Class(tag));
            }
    }

    /// <summary>
    /// For each character of <paramref name="folded"/>, which positions (B, M, E) it takes in the entries of
    /// <paramref name="lexicon"/> that cover it, per type the entry was annotated as: bits 0–2 PER, 3–5 LOC, 6–8 ORG.
    /// </summary>
    public static void MatchLexicon(ReadOnlySpan<char> folded, EntityLexicon lexicon, Span<uint> codes)
    {
        codes.Clear();
        if (lexicon.Count == 0) return;
        for (int i = 0; i + 1 < folded.Length; i++)
            for (int len = 2; len <= EntityLexicon.MaxLength && i + len <= folded.Length; len++)
            {
                if (!lexicon.TryGetTypes(folded.Slice(i, len), out byte types)) continue;
                for (int t = 0; t < 3; t++)
                    if ((types & 1 << t) != 0) Mark(codes, i, len, 3 * t);
            }
    }

    private static void Mark(Span<uint> codes, int start, int length, int shift)
    {
        codes[start] |= (uint)B << shift;
        for (int j = start + 1; j < start + length - 1; j++) codes[j] |= (uint)M << shift;
        codes[start + length - 1] |= (uint)E << shift;
    }

    /// <summary>0 person, 1 place, 2 organisation, 3 other proper noun, 4 any other word, by jieba's tag.</summary>
    private static int Class(string tag) => tag switch
    {
        ['n', 'r', ..] => 0,
        ['n', 's', ..] => 1,
        "nt" => 2,
        "nz" => 3,
        _ => 4,
    };
}
