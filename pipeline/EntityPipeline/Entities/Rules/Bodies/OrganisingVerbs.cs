using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// 组织 ends organisations' names (世界卫生组织), and the tagger runs a body or a division into the verb 组织 after it: 自然资源部
/// 组织/v 开展, 丹江口市 组织/v 移民. Where jieba reads 组织 as a verb of its own after a body's word (部, 局, 委, 政府 …) or a
/// division's full name, the organisation ends before it, and a division left alone is a place. Names that end in 组织 are
/// jieba words of their own or follow no body (上海合作组织, 欧安组织). Part of the bodies rule. Stateless.
/// </summary>
internal static class OrganisingVerbs
{
    private static readonly string[] Bodies = ["部", "局", "委", "厅", "办", "署", "院", "政府", "委员会", "中心"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || start < 2 || word.Pos != "v" || !text[start..end].SequenceEqual("组织")
                || labels[end - 1] != BioesLabels.Label(EntityType.ORG, BioesLabels.E) || labels[start] != BioesLabels.Label(EntityType.ORG, BioesLabels.I)) continue;
            int body = start - 1;
            while (body > 0 && BioesLabels.PartOf(labels[body]) is not (BioesLabels.B or BioesLabels.S)) body--;
            var before = text[body..start];
            bool division = DivisionChains.DivisionAt(before) == before.Length;
            if (!division && !Prefixes.EndsWithAny(before, Bodies)) continue;
            labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, body, start, division ? EntityType.LOC : EntityType.ORG);
        }
    }
}
