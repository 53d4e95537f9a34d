using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace EntityPipeline.Segmentation;

/// <summary>
/// jieba.NET keeps its dictionaries in process-wide statics, read from a folder fixed on first use and
/// silent (Debug.Fail) when a file is missing. This points it at the dictionaries shipped in the build
/// output, fails loudly when they are not there, and loads and warms them up once, on one thread,
/// before any worker starts.
/// </summary>
public static class JiebaResources
{
    private static readonly Lock Gate = new();
    private static string? _loadedFrom;
    private static PosLexicon? _posLexicon;

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Resources");

    /// <summary>Loads jieba's dictionaries from <paramref name="directory"/> (default: the build output's Resources/).</summary>
    /// <param name="posTables">Also jieba's POS tables (its HMM tagger, <see cref="PosTagging.Hmm"/>): reading them takes about 0.4 s of start-up.</param>
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
            // Warm up: loads the word dictionary and the HMM tables.
            var words = new JiebaSegmenter().Cut(WarmUpText, false, true).ToList();
            if (words.Count < 2 || !WordDictionary.Instance.ContainsWord("中华人民共和国"))
                throw new InvalidOperationException($"jieba's dictionary at {directory} did not load (it segmented a test sentence as one piece).");
            _loadedFrom = directory;
            if (posTables) WarmUpPosTables();
        }
    }

    private const string WarmUpText = "中华人民共和国成立了";

    /// <summary>jieba.NET loads its POS tables on first use; once is enough (its statics hold them).</summary>
    private static void WarmUpPosTables() => _ = new PosSegmenter().Cut(WarmUpText, true).ToList();

    /// <summary>
    /// How often jieba's dictionary counts <paramref name="word"/> (0 when absent), and the dictionary's total: word frequencies
    /// of general Chinese, the background a <see cref="Entities.Tagging.DomainProfile"/> is measured against. Call after
    /// <see cref="EnsureLoaded"/>.
    /// </summary>
    public static (int Frequency, double Total) DictionaryFrequency(string word) =>
        (WordDictionary.Instance.GetFreqOrDefault(word), WordDictionary.Instance.Total);

    /// <summary>The dictionary tags of jieba's words (<see cref="EnsureLoaded"/> first), loaded on first use.</summary>
    public static PosLexicon PosLexicon
    {
        get
        {
            lock (Gate)
            {
                if (_loadedFrom is null) throw new InvalidOperationException("jieba's dictionaries are not loaded yet");
                return _posLexicon ??= PosLexicon.Load(Path.Combine(_loadedFrom, "dict.txt"));
            }
        }
    }
}
