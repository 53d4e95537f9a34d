using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace EntityPipeline.Segmentation;

/// <summary>
/// jieba's dictionaries, from the folder jieba.NET's package ships them in (copied into the build output): the word
/// dictionary and the HMM tables that <see cref="JiebaCut"/> reads (<see cref="Dictionary"/>, <see cref="Hmm"/>), loaded
/// once, and jieba.NET's own statics pointed at the same folder (they are process-wide, read from a folder fixed on first
/// use and silent (Debug.Fail) when a file is missing), loaded only for its POS segmenter (<see cref="PosTagging.Hmm"/>).
/// Fails loudly when a file is not there; loads on one thread, before any worker starts.
/// </summary>
public static class JiebaResources
{
    private static readonly Lock Gate = new();
    private static string? _loadedFrom;
    private static JiebaDictionary? _dictionary;
    private static HmmTables? _hmm;
    private static PosLexicon? _posLexicon;

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Resources");

    /// <summary>Loads jieba's dictionaries from <paramref name="directory"/> (default: the build output's Resources/).</summary>
    /// <param name="posTables">Also jieba.NET's POS segmenter (its HMM tagger, <see cref="PosTagging.Hmm"/>): its own dictionary and its POS tables, about 0.5 s and 0.4 s of start-up.</param>
    public static void EnsureLoaded(string? directory = null, bool posTables = false)
    {
        directory = Path.GetFullPath(directory ?? DefaultDirectory);
        lock (Gate)
        {
            if (_loadedFrom is not null)
            {
                if (!string.Equals(_loadedFrom, directory, StringComparison.Ordinal))
                    throw new InvalidOperationException($"jieba's dictionaries are already loaded from {_loadedFrom}; they are process-wide and cannot be reloaded from {directory}.");
                if (posTables) WarmUpPosTables();
                return;
            }
            foreach (var file in new[] { "dict.txt", "prob_trans.json", "prob_emit.json", "pos_prob_start.json", "pos_prob_trans.json", "pos_prob_emit.json", "char_state_tab.json" })
            {
                var path = Path.Combine(directory, file);
                if (!File.Exists(path))
                    throw new FileNotFoundException($"jieba dictionary file missing: {path}. The build copies jieba.NET's Resources/ into the output folder; rebuild, or check the jieba.NET package.", path);
            }
            ConfigManager.ConfigFileBaseDir = directory;
            var dictionary = JiebaDictionary.Load(Path.Combine(directory, "dict.txt"));
            var hmm = HmmTables.Load(directory);
            var words = new List<WordSpan>();
            new JiebaCut(dictionary, hmm).Cut(WarmUpText, words);
            if (words.Count < 2 || !dictionary.ContainsWord("中华人民共和国"))
                throw new InvalidOperationException($"jieba's dictionary at {directory} did not load (it segmented a test sentence as one piece).");
            (_dictionary, _hmm, _posLexicon) = (dictionary, hmm, new PosLexicon(dictionary));
            _loadedFrom = directory;
            if (posTables) WarmUpPosTables();
        }
    }

    /// <summary>
    /// Starts <see cref="EnsureLoaded"/> (default folder) on the thread pool and returns at once: for a caller with a core to spare
    /// before it knows it needs them. A failure is not lost: the next <see cref="EnsureLoaded"/> loads again and throws it.
    /// </summary>
    public static Task BeginLoading() => Task.Run(() => EnsureLoaded());

    private const string WarmUpText = "中华人民共和国成立了";

    /// <summary>jieba.NET loads its dictionary and POS tables on first use; once is enough (its statics hold them).</summary>
    private static void WarmUpPosTables() => _ = new PosSegmenter().Cut(WarmUpText, true).ToList();

    /// <summary>The word dictionary (<see cref="EnsureLoaded"/> first).</summary>
    public static JiebaDictionary Dictionary => Loaded(_dictionary);

    /// <summary>The HMM tables for words not in the dictionary (<see cref="EnsureLoaded"/> first).</summary>
    public static HmmTables Hmm => Loaded(_hmm);

    /// <summary>The dictionary tags of jieba's words (<see cref="EnsureLoaded"/> first).</summary>
    public static PosLexicon PosLexicon => Loaded(_posLexicon);

    /// <summary>
    /// How often jieba's dictionary counts <paramref name="word"/> (1 when it is not a word, as jieba counts), and the
    /// dictionary's total: word frequencies of general Chinese, the background a <see cref="Entities.Tagging.DomainProfile"/>
    /// is measured against. Call after <see cref="EnsureLoaded"/>.
    /// </summary>
    public static (int Frequency, double Total) DictionaryFrequency(ReadOnlySpan<char> word) =>
        (Dictionary.CountOrOne(word), Dictionary.Total);

    private static T Loaded<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("jieba's dictionaries are not loaded yet");
}
