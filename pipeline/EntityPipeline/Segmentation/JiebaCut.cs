using EntityPipeline.Processing;

namespace EntityPipeline.Segmentation;

/// <summary>
/// jieba.NET 0.42.2's precise cut with the HMM (<c>JiebaSegmenter.Cut(text, cutAll: false, hmm: true)</c>) over a span: the
/// same words, as offsets, without its allocations (a substring per look-up, a dictionary and lists per block). Runs of
/// <see cref="CutCharacters.InBlock"/> characters take the most probable route through the dictionary's words (the DAG of
/// jieba, scanned while the route is computed), characters the route leaves single are joined and cut again by the
/// <see cref="HmmCut"/> unless the join is a word; any other character is a word of its own, "\r\n" one word. One per thread.
/// </summary>
public sealed class JiebaCut(JiebaDictionary dictionary, HmmTables tables)
{
    private readonly HmmCut _hmm = new(tables);
    private double[] _score = new double[128];
    private int[] _last = new int[128];

    /// <summary>Appends the words of <paramref name="text"/> (white space among them, as jieba gives it) to <paramref name="into"/>.</summary>
    public void Cut(ReadOnlySpan<char> text, List<WordSpan> into)
    {
        for (int i = 0; i < text.Length;)
        {
            int end = i + 1;
            if (CutCharacters.InBlock(text[i]))
            {
                while (end < text.Length && CutCharacters.InBlock(text[end])) end++;
                CutBlock(text, i, end, into);
                i = end;
                continue;
            }
            if (text[i] == '\r' && end < text.Length && text[end] == '\n') end++;
            into.Add(new WordSpan(i, end - i));
            i = end;
        }
    }

    private void CutBlock(ReadOnlySpan<char> text, int start, int end, List<WordSpan> into)
    {
        int n = end - start;
        var score = ReusedBuffer.AtLeast(ref _score, n + 1);
        var last = ReusedBuffer.AtLeast(ref _last, n + 1);
        Route(text.Slice(start, n), score, last);

        int single = -1; // start of the characters the route left single, not yet given out
        for (int x = 0; x < n;)
        {
            int y = last[x] + 1;
            if (y - x == 1)
            {
                if (single < 0) single = x;
            }
            else
            {
                if (single >= 0) Singles(text, start + single, start + x, into);
                single = -1;
                into.Add(new WordSpan(start + x, y - x));
            }
            x = y;
        }
        if (single >= 0) Singles(text, start + single, end, into);
    }

    /// <summary>jieba's <c>GetDag</c> and <c>Calc</c> in one backward pass: the best route's score from each position and the last character of its first word.</summary>
    private void Route(ReadOnlySpan<char> block, double[] score, int[] last)
    {
        int n = block.Length;
        double logTotal = dictionary.LogTotal;
        score[n] = 0;
        last[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            double best = double.MinValue;
            int bestLast = -1;
            bool word = false;
            int node = JiebaDictionary.Start;
            for (int k = i; k < n && (node = dictionary.Next(node, block[k])) >= 0; k++)
            {
                int count = dictionary.CountAt(node);
                if (count <= 0) continue;
                word = true;
                double candidate = Math.Log(count) - logTotal + score[k + 1];
                if (best < candidate) (best, bestLast) = (candidate, k);
            }
            if (!word)
                (best, bestLast) = (Math.Log(1) - logTotal + score[i + 1], i);
            score[i] = best;
            last[i] = bestLast;
        }
    }

    /// <summary>jieba's <c>AddBufferToWordList</c>: one character as is; several the HMM cuts unless they are a word, then one by one.</summary>
    private void Singles(ReadOnlySpan<char> text, int start, int end, List<WordSpan> into)
    {
        if (end - start > 1 && !dictionary.ContainsWord(text[start..end]))
        {
            _hmm.Cut(text, start, end, into);
            return;
        }
        for (int i = start; i < end; i++) into.Add(new WordSpan(i, 1));
    }
}
