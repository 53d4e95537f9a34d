using EntityPipeline.Processing;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One thread's working buffers for <see cref="CharFeatureExtractor"/>, grown as needed and reused sentence after sentence:
/// renting and returning them from the shared pool per sentence took a tenth of a worker's time on short articles.
/// Not thread-safe; keep one per thread (a <see cref="TaggingSession"/> or a training thread).
/// </summary>
public sealed class FeatureScratch
{
    private int[] _wordOf = [];
    private uint[] _wordInfo = [];
    private uint[] _lexCodes = [];
    private uint[] _placeCodes = [];
    private uint[] _nameCodes = [];
    private uint[] _dictionaryCodes = [];
    private uint[] _clusterCodes = [];
    private bool[] _breaks = [];
    private char[] _folded = [];

    internal int[] WordOf(int length) => ReusedBuffer.AtLeast(ref _wordOf, length);
    internal uint[] WordInfo(int length) => ReusedBuffer.AtLeast(ref _wordInfo, length);
    internal uint[] LexCodes(int length) => ReusedBuffer.AtLeast(ref _lexCodes, length);
    internal uint[] PlaceCodes(int length) => ReusedBuffer.AtLeast(ref _placeCodes, length);
    internal uint[] NameCodes(int length) => ReusedBuffer.AtLeast(ref _nameCodes, length);
    internal uint[] DictionaryCodes(int length) => ReusedBuffer.AtLeast(ref _dictionaryCodes, length);
    internal uint[] ClusterCodes(int length) => ReusedBuffer.AtLeast(ref _clusterCodes, length);
    internal bool[] Breaks(int length) => ReusedBuffer.AtLeast(ref _breaks, length);
    internal Span<char> Folded(int length) => ReusedBuffer.AtLeast(ref _folded, length).AsSpan(0, length);
}
