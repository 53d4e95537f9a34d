using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Distributional clusters of jieba's words at three granularities (64, 256 and 1024 clusters), derived by
/// scripts/derive-word-clusters.py (word2vec vectors of the training corpora's unlabelled text, clustered by k-means) into
/// Entities/Data/word-clusters.tsv. Words used alike fall in one cluster (推出, 发布, 公布 and 披露; 旗下 and 集团), so evidence
/// learnt on one reaches the others (<see cref="TaggerFeatureOptions.Clusters"/>; Turian et al. 2010, Ratinov &amp; Roth 2009).
/// Loaded once, on first use.
/// </summary>
internal static class WordClusters
{
    public const string DefaultFile = "Entities/Data/word-clusters.tsv";

    /// <summary>How many cluster ids each word has, coarsest first.</summary>
    public const int Granularities = 3;

    /// <summary>Ids are below this; <see cref="Cluster"/> gives it for a word the table does not hold.</summary>
    public const uint Unknown = 1024;

    private const int Bits = 10;
    private const uint Known = 1u << 31;

    /// <summary>Words longer than this are never in the table (it holds words seen three times; jieba's words are short).</summary>
    public const int MaxWordLength = 16;

    private static readonly Lazy<Dictionary<string, uint>> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFile)));

    /// <summary>The packed ids of a (folded) word, 0 when the table does not hold it: read with <see cref="Cluster"/>.</summary>
    public static uint Code(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && Loaded.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out uint code) ? code : 0;

    /// <summary>A word's cluster at granularity <paramref name="granularity"/> (0 coarsest) from its <see cref="Code"/>, or <see cref="Unknown"/>.</summary>
    public static uint Cluster(uint code, int granularity) =>
        (code & Known) == 0 ? Unknown : code >> (Bits * granularity) & (Unknown - 1);

    /// <summary>Word → its packed ids, from lines word&lt;TAB&gt;id,id,id (# comments).</summary>
    internal static Dictionary<string, uint> Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"word-cluster table missing: {path}. The build copies Entities/Data into the output folder; rebuild.", path);
        using var reader = new StreamReader(path);
        var entries = TabSeparatedPairs.Read<uint>(reader, TryParse, $"{Granularities} comma-separated ids below {Unknown}", line => $"{path}:{line}", comments: true);
        var table = new Dictionary<string, uint>(entries.Count, StringComparer.Ordinal);
        foreach (var (word, code) in entries)
            if (word.Length <= MaxWordLength) table[word] = code;
        return table;
    }

    private static bool TryParse(string text, out uint code)
    {
        code = Known;
        var ids = text.Split(',');
        if (ids.Length != Granularities) return false;
        for (int g = 0; g < Granularities; g++)
        {
            if (!uint.TryParse(ids[g], out uint id) || id >= Unknown) return false;
            code |= id << (Bits * g);
        }
        return true;
    }
}
