using EntityPipeline.Segmentation;
using JiebaNet.Segmenter;

namespace EntityPipeline.Tests.Segmentation;

/// <summary>The words of <see cref="JiebaCut"/> and of jieba.NET's own <c>Cut(text, false, true)</c>, the reference, side by side.</summary>
internal static class JiebaReference
{
    public static List<string> Expected(string text)
    {
        JiebaResources.EnsureLoaded();
        return [.. new JiebaSegmenter().Cut(text, false, true)];
    }

    public static List<string> Actual(string text)
    {
        JiebaResources.EnsureLoaded();
        var words = new List<WordSpan>();
        new JiebaCut(JiebaResources.Dictionary, JiebaResources.Hmm).Cut(text, words);
        return [.. words.Select(w => text.Substring(w.Start, w.Length))];
    }

    /// <summary>The first text of <paramref name="texts"/> whose words differ, with both cuts, or null when all are the same.</summary>
    public static string? FirstDifference(IEnumerable<string> texts)
    {
        JiebaResources.EnsureLoaded();
        var reference = new JiebaSegmenter();
        var cut = new JiebaCut(JiebaResources.Dictionary, JiebaResources.Hmm);
        var spans = new List<WordSpan>();
        foreach (var text in texts)
        {
            spans.Clear();
            cut.Cut(text, spans);
            var expected = reference.Cut(text, false, true).ToList();
            bool same = expected.Count == spans.Count;
            for (int i = 0; same && i < spans.Count; i++)
                same = text.AsSpan(spans[i].Start, spans[i].Length).SequenceEqual(expected[i]);
            if (!same)
                return $"'{text}'\n jieba.NET: {string.Join(" | ", expected)}\n JiebaCut:  {string.Join(" | ", spans.Select(w => text.Substring(w.Start, w.Length)))}";
        }
        return null;
    }
}
