using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.NotNames;

/// <summary>
/// Fruits and trees whose words open with a surname (杨梅 bayberry, 杨桃, 柳树, 桑葚) are no persons: jieba's dictionary marks
/// them as names (nr), and the tagger, meeting a county's bayberry harvest, tagged the fruit a person in every sentence, and its
/// wine and dried fruit too (杨梅酒, 杨梅干), which the figures then took for their subject. MSRA never tags one a person. A
/// person mention that is such a word, alone or with one character of what is made or grown of it, is dropped. A rule on the
/// decoded labels. Stateless.
/// </summary>
internal static class PlantWords
{
    private static readonly string[] Plants = ["杨梅", "杨桃", "杨树", "柳树", "杨柳", "白杨", "桑葚", "金桔"];

    // What is made or grown of a fruit or tree, after its word (杨梅酒, 柳树苗).
    private const string Products = "酒干汁树林园节苗果";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start is < 2 or > 3) continue;
            var span = text[start..end];
            int plant = Prefixes.LengthAt(span, Plants);
            if (plant > 0 && (span.Length == plant || Products.Contains(span[plant]))) labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
        }
    }
}
