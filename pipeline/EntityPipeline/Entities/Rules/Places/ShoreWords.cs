using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// The two shores (两岸: of a river, or of the strait in 两岸同胞) tagged alone are no place: People's Daily tags 两岸 a noun all
/// 135 times and never a place, and no gold tags it bare (only inside a body's name, 海峡两岸某某协会). MSRA's training text tags
/// it 26 times bare, its dev text never. A place run into it (某某河两岸) is left to the position rules. Stateless.
/// </summary>
internal static class ShoreWords
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf("两岸", StringComparison.Ordinal) < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
            if (type == EntityType.LOC && text[start..end] is "两岸")
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
    }
}
