using EntityPipeline.Processing;
using static EntityPipeline.Segmentation.HmmTables;

namespace EntityPipeline.Segmentation;

/// <summary>
/// jieba.NET 0.42.2's HMM cut of a run of characters the dictionary cut one by one (<c>FinalSeg.Viterbi.Cut</c>): runs of
/// Chinese characters by Viterbi over the B/M/E/S states, the rest in pieces of <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c> and what lies
/// between them. Same arithmetic in the same order, so the same ties and the same words. One per thread: the buffers are reused.
/// </summary>
internal sealed class HmmCut(HmmTables tables)
{
    private byte[] _back = new byte[256];
    private byte[] _path = new byte[64];

    /// <summary>Appends the words of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Cut(ReadOnlySpan<char> text, int start, int end, List<WordSpan> into)
    {
        int i = start;
        while (i < end)
        {
            int j = i;
            bool han = CutCharacters.IsHan(text[i]);
            while (j < end && CutCharacters.IsHan(text[j]) == han) j++;
            if (han) Viterbi(text, i, j, into);
            else Pieces(text, i, j, into);
            i = j;
        }
    }

    private static void Pieces(ReadOnlySpan<char> text, int start, int end, List<WordSpan> into)
    {
        int unmatched = start;
        for (int p = start; p < end;)
        {
            if (!char.IsAsciiLetterOrDigit(text[p])) { p++; continue; }
            int q = p;
            while (q < end && char.IsAsciiLetterOrDigit(text[q])) q++;
            if (q + 1 < end && text[q] == '.' && char.IsDigit(text[q + 1]))
                for (q += 2; q < end && char.IsDigit(text[q]); q++) { }
            if (q < end && text[q] == '%') q++;
            if (unmatched < p) into.Add(new WordSpan(unmatched, p - unmatched));
            into.Add(new WordSpan(p, q - p));
            p = unmatched = q;
        }
        if (unmatched < end) into.Add(new WordSpan(unmatched, end - unmatched));
    }

    private void Viterbi(ReadOnlySpan<char> text, int start, int end, List<WordSpan> into)
    {
        int n = end - start;
        var back = ReusedBuffer.AtLeast(ref _back, n * StateCount);
        var path = ReusedBuffer.AtLeast(ref _path, n);
        var emission = tables.Emission;
        var transition = tables.Transition;
        Span<double> previous = stackalloc double[StateCount], current = stackalloc double[StateCount];
        for (int s = 0; s < StateCount; s++) previous[s] = Start[s] + emission[s][text[start]];
        for (int j = 1; j < n; j++)
        {
            char c = text[start + j];
            for (int s = 0; s < StateCount; s++)
            {
                double emit = emission[s][c];
                double best = double.MinValue;
                int bestFrom = 0;
                foreach (int from in Previous[s])
                {
                    double score = previous[from] + transition[from * StateCount + s] + emit;
                    if (best <= score) (best, bestFrom) = (score, from);
                }
                current[s] = best;
                back[j * StateCount + s] = (byte)bestFrom;
            }
            current.CopyTo(previous);
        }
        path[n - 1] = (byte)(previous[E] < previous[S] ? S : E);
        for (int j = n - 1; j > 0; j--) path[j - 1] = back[j * StateCount + path[j]];

        int begin = 0, next = 0;
        for (int l = 0; l < n; l++)
        {
            switch (path[l])
            {
                case B: begin = l; break;
                case E: into.Add(new WordSpan(start + begin, l + 1 - begin)); next = l + 1; break;
                case S: into.Add(new WordSpan(start + l, 1)); next = l + 1; break;
            }
        }
        if (next < n) into.Add(new WordSpan(start + next, n - next));
    }
}
