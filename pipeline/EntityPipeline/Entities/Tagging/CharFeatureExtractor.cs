using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Turns a sentence and its jieba words into hashed feature indices, <see cref="SlotsPerChar"/> per
/// character (−1 where a feature does not apply). The one featurizer of both training and tagging, so
/// they can never drift apart. Features read the folded view (full-width digits and letters as ASCII).
/// Hashing (no vocabulary) keeps the feature space fixed, so a model can be retrained from another's
/// weights. Stateless and thread-safe.
/// </summary>
public sealed class CharFeatureExtractor
{
    private const char Pad = '\u0002';
    private const uint Han = 0, Digit = 1, Latin = 2, Punct = 3, Other = 4;

    private readonly TaggerFeatureOptions _options;
    private readonly FeatureHash _hash;

    public CharFeatureExtractor(TaggerFeatureOptions options, EntityLexicon? lexicon = null)
    {
        options.Validate();
        _options = options;
        Lexicon = lexicon ?? EntityLexicon.Empty;
        _hash = new FeatureHash(options.HashBits);
        SlotsPerChar = 10 + (options.Words ? 3 : 0) + (options.Pos ? 3 : 0) + (options.Suffixes ? 3 : 0) + (options.CharClass ? 1 : 0) + (options.Lexicon ? 2 : 0)
            + (options.LongNames ? 4 : 0) + (options.PersonCues ? 2 : 0) + (options.Places ? 2 : 0)
            + (options.GivenNames ? 3 : 0) + (options.Names ? 2 : 0) + (options.Clusters ? WordClusters.Granularities : 0);
    }

    /// <summary>The entity lexicon matched for <see cref="TaggerFeatureOptions.Lexicon"/> features (the model's own).</summary>
    public EntityLexicon Lexicon { get; }

    public int SlotsPerChar { get; }

    public int Dimension => _options.Dimension;

    /// <summary>
    /// Writes the features of <paramref name="text"/> into <paramref name="features"/> (text.Length × SlotsPerChar).
    /// <paramref name="tokens"/> are the words inside the text, with offsets relative to <paramref name="baseOffset"/>.
    /// </summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, Span<int> features) =>
        Extract(text, tokens, baseOffset, features, Lexicon, SlotsPerChar, new FeatureScratch());

    /// <summary>As above, into rows of <paramref name="stride"/> ≥ SlotsPerChar slots (a second pass appends its own features), with the thread's buffers.</summary>
    internal void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, Span<int> features, int stride, FeatureScratch scratch) =>
        Extract(text, tokens, baseOffset, features, Lexicon, stride, scratch);

    /// <summary>
    /// As above, matching <paramref name="lexicon"/> instead of the model's (training uses lexicons that leave out the sentence's own fold).
    /// </summary>
    internal void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, Span<int> features, EntityLexicon lexicon, int stride, FeatureScratch scratch)
    {
        int n = text.Length, slots = SlotsPerChar;
        if (stride < slots || features.Length < n * stride)
            throw new ArgumentException($"feature buffer too small: {features.Length} < {n} × {stride} (stride ≥ {slots})", nameof(features));
        int[] wordOf = scratch.WordOf(n);
        uint[] wordInfo = scratch.WordInfo(Math.Max(1, tokens.Length * WordInfo));
        uint[] lexCodes = scratch.LexCodes(n);
        uint[] placeCodes = scratch.PlaceCodes(n);
        uint[] nameCodes = scratch.NameCodes(n);
        uint[] dictionaryCodes = scratch.DictionaryCodes(n);
        uint[] clusterCodes = scratch.ClusterCodes(n);
        MapWords(text, tokens, baseOffset, wordOf.AsSpan(0, n), wordInfo, _options);
        if (_options.LongNames) MapPhrases(text, tokens, baseOffset, wordInfo, scratch.Breaks(tokens.Length));
        if (_options.Lexicon) lexicon.MatchFolding(text, lexCodes.AsSpan(0, n), scratch.Folded(n));
        if (_options.Places) PlaceNames.Lexicon.MatchFolding(text, placeCodes.AsSpan(0, n), scratch.Folded(n));
        if (_options.PersonCues || _options.GivenNames) MapNames(text, nameCodes.AsSpan(0, n), _options.GivenNames);
        if (_options.Names) DictionaryNames.Lexicon.MatchFolding(text, dictionaryCodes.AsSpan(0, n), scratch.Folded(n));
        if (_options.Clusters) MapClusters(text, tokens, baseOffset, wordOf.AsSpan(0, n), clusterCodes.AsSpan(0, n));
        for (int i = 0; i < n; i++)
            ExtractChar(text, i, tokens, baseOffset, wordOf, wordInfo, lexCodes, placeCodes, nameCodes, dictionaryCodes, clusterCodes, features.Slice(i * stride, slots));
    }

    /// <summary>
    /// Per character, read once though three features read it: whether a surname opens there (<see cref="PersonCues.Surname"/>, above
    /// the low byte) and, with <paramref name="givenNames"/>, its <see cref="GivenNameChars"/> class (the low byte).
    /// </summary>
    private static void MapNames(ReadOnlySpan<char> text, Span<uint> codes, bool givenNames)
    {
        var classes = givenNames ? GivenNameChars.Classes : null;
        for (int i = 0; i < text.Length; i++)
            codes[i] = PersonCues.Surname(text, i) << 8 | (classes is null ? 0u : classes[View(text, i)]);
    }

    /// <summary>
    /// Per character, the <see cref="WordClusters.Code"/> of its word. A character in no word (white space, which jieba's words
    /// leave out) is read as a word of its own, as the features read it (、 or ·): the training corpora hold no white space.
    /// </summary>
    private static void MapClusters(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, ReadOnlySpan<int> wordOf, Span<uint> codes)
    {
        Span<char> word = stackalloc char[WordClusters.MaxWordLength];
        foreach (var token in tokens)
        {
            int start = token.Start - baseOffset, end = token.End - baseOffset;
            uint code = 0;
            if (end - start <= word.Length)
            {
                for (int i = start; i < end; i++) word[i - start] = View(text, i);
                code = WordClusters.Code(word[..(end - start)]);
            }
            codes[start..end].Fill(code);
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (wordOf[i] >= 0) continue;
            word[0] = View(text, i);
            codes[i] = WordClusters.Code(word[..1]);
        }
    }

    /// <summary>What is kept per word: a hash of its text, a hash of its POS, its suffix class; with
    /// <see cref="TaggerFeatureOptions.LongNames"/> its facility class and the codes of the phrase it opens and closes
    /// (<see cref="MapPhrases"/>); with <see cref="TaggerFeatureOptions.PersonCues"/> whether it is a title. Computed once
    /// per word, not per character.</summary>
    private const int WordInfo = 7;

    /// <summary>For each character the index of its word (−1: none); per word all of <see cref="WordInfo"/> but the phrase codes.</summary>
    private static void MapWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, Span<int> wordOf, uint[] wordInfo, TaggerFeatureOptions options)
    {
        wordOf.Fill(-1);
        Span<char> tail = stackalloc char[8];
        for (int t = 0; t < tokens.Length; t++)
        {
            int start = tokens[t].Start - baseOffset, end = tokens[t].End - baseOffset;
            if (start < 0 || end > text.Length || start >= end)
                throw new ArgumentException($"token [{tokens[t].Start}, {tokens[t].End}) lies outside the text [{baseOffset}, {baseOffset + text.Length})");
            uint h = 0x811C9DC5u;
            for (int i = start; i < end; i++)
            {
                wordOf[i] = t;
                h = Mix(h, View(text, i));
            }
            uint p = 0x27D4EB2Fu;
            foreach (char c in tokens[t].Pos) p = Mix(p, c);
            wordInfo[WordInfo * t] = h;
            wordInfo[WordInfo * t + 1] = p;
            var folded = tail[..Math.Min(end - start, 8)];
            for (int i = 0; i < folded.Length; i++) folded[i] = CharFold.Fold(text[end - folded.Length + i]);
            wordInfo[WordInfo * t + 2] = (uint)EntitySuffixes.Classify(folded); // suffixes are shorter than 8 chars
            wordInfo[WordInfo * t + 3] = options.LongNames ? (uint)EntitySuffixes.ClassifyFacility(folded) : 0;
            wordInfo[WordInfo * t + 4] = wordInfo[WordInfo * t + 5] = 0;
            wordInfo[WordInfo * t + 6] = options.PersonCues && PersonCues.IsTitle(text[start..end]) ? 1u : 0u;
        }
    }

    /// <summary>Words a phrase looks across: 上海 地铁 11 号线 昆山 花桥 站 is seven.</summary>
    private const int PhraseWords = 7;

    /// <summary>
    /// A phrase is a run of words without punctuation or function words (prepositions, conjunctions, particles, adverbs,
    /// pronouns). Per word: the farthest word of the phrase after it that ends in a suffix — its kind (organisation,
    /// place, facility) and how many words away; and the part of speech of the word that opened the phrase, with how many
    /// words back. So 上海 in 上海地铁11号线昆山花桥站 sees a facility closing its phrase six words on, and 站 sees a place name
    /// opening it.
    /// </summary>
    private static void MapPhrases(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, uint[] wordInfo, bool[] breaks)
    {
        for (int t = 0; t < tokens.Length; t++) breaks[t] = Breaks(text, tokens[t], baseOffset);
        for (int t = 0; t < tokens.Length; t++)
        {
            if (breaks[t]) continue;
            uint closing = 0;
            for (int u = t + 1; u < tokens.Length && u - t < PhraseWords && !breaks[u]; u++)
            {
                uint suffix = wordInfo[WordInfo * u + 2], facility = wordInfo[WordInfo * u + 3];
                uint kind = facility != 0 ? 3u : suffix is EntitySuffixes.Org or EntitySuffixes.Org + 2 ? 1u : suffix != 0 ? 2u : 0u;
                if (kind != 0) closing = kind << 3 | (uint)(u - t);
            }
            int first = t;
            while (first > 0 && t - first + 1 < PhraseWords && !breaks[first - 1]) first--;
            wordInfo[WordInfo * t + 4] = closing;
            wordInfo[WordInfo * t + 5] = first == t ? 0 : Mix(wordInfo[WordInfo * first + 1], (uint)(t - first));
        }
    }

    /// <summary>Whether a word ends a phrase: punctuation, or a function word by its part of speech.</summary>
    private static bool Breaks(ReadOnlySpan<char> text, Token token, int baseOffset)
    {
        if (token.Pos.Length > 0 && token.Pos[0] is 'p' or 'c' or 'u' or 'd' or 'r' or 'y' or 'e' or 'w') return true;
        foreach (char c in text[(token.Start - baseOffset)..(token.End - baseOffset)])
            if (!IsSeparator(c)) return false;
        return true;
    }

    private void ExtractChar(ReadOnlySpan<char> text, int i, ReadOnlySpan<Token> tokens, int baseOffset, int[] wordOf, uint[] wordInfo, uint[] lexCodes, uint[] placeCodes,
        uint[] nameCodes, uint[] dictionaryCodes, uint[] clusterCodes, Span<int> f)
    {
        uint cm2 = At(text, i - 2), cm1 = At(text, i - 1), c0 = At(text, i), cp1 = At(text, i + 1), cp2 = At(text, i + 2);
        int k = 0;
        f[k++] = Index(1, cm2);
        f[k++] = Index(2, cm1);
        f[k++] = Index(3, c0);
        f[k++] = Index(4, cp1);
        f[k++] = Index(5, cp2);
        f[k++] = Index(6, cm2, cm1);
        f[k++] = Index(7, cm1, c0);
        f[k++] = Index(8, c0, cp1);
        f[k++] = Index(9, cp1, cp2);
        f[k++] = Index(10, cm1, cp1);

        int w = wordOf[i];
        uint position = 0; // 0 none, 1 B, 2 M, 3 E, 4 S
        int length = 0;
        if (w >= 0)
        {
            int start = tokens[w].Start - baseOffset, end = tokens[w].End - baseOffset;
            length = end - start;
            position = length == 1 ? 4u : i == start ? 1u : i == end - 1 ? 3u : 2u;
        }
        int prev = PreviousWord(wordOf, i), next = NextWord(wordOf, i, text.Length);

        if (_options.Words)
        {
            f[k++] = Index(11, position, (uint)Math.Min(length, 5));
            f[k++] = Index(12, position, c0);
            f[k++] = w >= 0 && length >= 2 ? Index(13, position, wordInfo[WordInfo * w]) : -1;
        }
        if (_options.Pos)
        {
            f[k++] = Index(14, position, w >= 0 ? wordInfo[WordInfo * w + 1] : 0);
            f[k++] = Index(15, prev >= 0 ? wordInfo[WordInfo * prev + 1] : 0);
            f[k++] = Index(16, next >= 0 ? wordInfo[WordInfo * next + 1] : 0);
        }
        if (_options.Suffixes)
        {
            f[k++] = Index(17, position, w >= 0 ? wordInfo[WordInfo * w + 2] : 0);
            f[k++] = Index(18, next >= 0 ? wordInfo[WordInfo * next + 2] : 0);
            f[k++] = Index(19, (uint)EntitySuffixes.Classify([CharFold.Fold(text[i])]), position);
        }
        if (_options.CharClass)
            f[k++] = Index(20, Class(cm1), Class(c0), Class(cp1));
        if (_options.LongNames)
        {
            f[k++] = Index(28, position, w >= 0 ? wordInfo[WordInfo * w + 3] : 0, next >= 0 ? wordInfo[WordInfo * next + 3] : 0);
            uint closing = w >= 0 ? wordInfo[WordInfo * w + 4] : 0;
            f[k++] = Index(29, position, closing);
            f[k++] = Index(30, w >= 0 ? wordInfo[WordInfo * w + 1] : 0, closing >> 3);
            f[k++] = Index(31, position, w >= 0 ? wordInfo[WordInfo * w + 5] : 0);
        }
        if (_options.PersonCues)
        {
            f[k++] = Index(32, nameCodes[i] >> 8, Class(cp1), Class(cp2));
            f[k++] = Index(33, prev >= 0 ? wordInfo[WordInfo * prev + 6] : 0, next >= 0 ? wordInfo[WordInfo * next + 6] : 0, position);
        }
        if (_options.Lexicon)
        {
            f[k++] = lexCodes[i] == 0 ? -1 : Index(21, lexCodes[i]);
            f[k++] = Index(22, i > 0 ? lexCodes[i - 1] : 0, lexCodes[i], i + 1 < text.Length ? lexCodes[i + 1] : 0);
        }
        if (_options.Places)
        {
            // The place a character is in (levels, short form, B/M/E), with the jieba word position: a township name that is
            // also a common word (新村, 城关) is split differently from one that is a name.
            f[k++] = placeCodes[i] == 0 ? -1 : Index(34, placeCodes[i], position);
            f[k++] = Index(35, i > 0 ? placeCodes[i - 1] : 0, placeCodes[i], i + 1 < text.Length ? placeCodes[i + 1] : 0);
        }
        if (_options.GivenNames)
        {
            // The character read as a surname, as a given name's first character and as its second: whether a surname opens
            // there, and how typical of given names the characters after it are (杜长其 never seen, but 杜 + 长, 其 is a name).
            // Outside the sentence: no class (as the padding reads), and surname code 3.
            int n = text.Length;
            uint Given(int j) => (uint)j < (uint)n ? nameCodes[j] & 0xFF : GivenNameChars.NotHan;
            uint Surname(int j) => j >= 0 ? nameCodes[j] >> 8 : 3;
            f[k++] = Index(36, Surname(i), Given(i + 1), Given(i + 2));
            f[k++] = Index(37, Surname(i - 1), Given(i), Given(i + 1));
            f[k++] = Index(38, Surname(i - 2), Given(i - 1), Given(i));
        }
        if (_options.Names)
        {
            // The dictionary name a character is in (types, B/M/E), with the jieba word position, and its neighbours' codes (templates 39
            // and 23: the free ids below the second pass's 40 and up).
            f[k++] = dictionaryCodes[i] == 0 ? -1 : Index(39, dictionaryCodes[i], position);
            f[k++] = Index(23, i > 0 ? dictionaryCodes[i - 1] : 0, dictionaryCodes[i], i + 1 < text.Length ? dictionaryCodes[i + 1] : 0);
        }
        if (_options.Clusters)
        {
            // The clusters of the character's word, with its position in it (templates 60, 63 and 66): a firm's name the model
            // never saw reads like the names of its cluster. The clusters of the words before and after it as well (templates 61,
            // 62, 64, 65, 67, 68) gained less on held-out news and were dropped (docs/tagger-experiments.md, session 34).
            for (int g = 0; g < WordClusters.Granularities; g++)
                f[k++] = Index(60 + 3 * (uint)g, position, WordClusters.Cluster(clusterCodes[i], g));
        }
    }

    private static int PreviousWord(int[] wordOf, int i)
    {
        int w = wordOf[i];
        for (int j = i - 1; j >= 0; j--)
            if (wordOf[j] != w && wordOf[j] >= 0) return wordOf[j];
        return -1;
    }

    private static int NextWord(int[] wordOf, int i, int n)
    {
        int w = wordOf[i];
        for (int j = i + 1; j < n; j++)
            if (wordOf[j] != w && wordOf[j] >= 0) return wordOf[j];
        return -1;
    }

    private static uint At(ReadOnlySpan<char> text, int i) =>
        i < 0 ? Pad : i >= text.Length ? Pad + 1u : View(text, i);

    /// <summary>
    /// A character as the features read it: folded (full-width digits and letters as ASCII), and white space as the
    /// enumeration comma 、. The training corpora hold no white space at all, so a model has learnt nothing about it;
    /// where news text has it between Chinese words, it separates items (记者 齐中熙 何欣荣 樊曦 in a byline), as 、 does.
    /// Between two Latin words (Tim Cook, Dollar Tree) it joins them, as the middle dot joins the parts of a foreign name in
    /// Chinese text (蒂姆·库克), which the corpora do hold.
    /// </summary>
    internal static char View(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (!char.IsWhiteSpace(c)) return CharFold.Fold(c);
        return i > 0 && i + 1 < text.Length && CharFold.IsLatinLetter(text[i - 1]) && CharFold.IsLatinLetter(text[i + 1]) ? '·' : '、';
    }

    /// <summary>Punctuation, a symbol or white space: what ends a phrase or a list item.</summary>
    internal static bool IsSeparator(char c) => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c);

    private static uint Class(uint c) => c switch
    {
        Pad or Pad + 1 => 5,
        >= '0' and <= '9' => Digit,
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => Latin,
        '零' or '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿' => Digit,
        >= 0x4E00 and <= 0x9FFF => Han,
        _ => char.IsPunctuation((char)c) || char.IsSymbol((char)c) ? Punct : Other,
    };

    private int Index(uint template, uint a) => _hash.Index(template, a);
    private int Index(uint template, uint a, uint b) => _hash.Index(template, a, b);
    private int Index(uint template, uint a, uint b, uint c) => _hash.Index(template, a, b, c);

    private static uint Mix(uint h, uint x) => FeatureHash.Mix(h, x);
}
