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
    private bool[] _breaks = [];
    private char[] _folded = [];

    internal int[] WordOf(int length) => Grow(ref _wordOf, length);
    internal uint[] WordInfo(int length) => Grow(ref _wordInfo, length);
    internal uint[] LexCodes(int length) => Grow(ref _lexCodes, length);
    internal uint[] PlaceCodes(int length) => Grow(ref _placeCodes, length);
    internal bool[] Breaks(int length) => Grow(ref _breaks, length);
    internal Span<char> Folded(int length) => Grow(ref _folded, length).AsSpan(0, length);

    /// <summary>The buffer, replaced by one at least <paramref name="length"/> long when it is shorter (its contents are not kept).</summary>
    private static T[] Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length * 2)];
        return buffer;
    }
}
