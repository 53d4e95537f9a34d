using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A person's studio or fan club is an organisation named after them: 张若昀工作室, 张若昀官方后援会 (the tagger found the person
/// alone), with a branch written after it (毛不易全国后援会江苏分会, when the tagger found 江苏分会). Entertainment news and
/// social media name them as the bodies that speak and act (工作室发布消息, 后援会组织捐款); Weibo's annotators tag them whole
/// (翼想天开工作室). A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class PersonalBodies
{
    /// <summary>What may stand between the person and the body: 官方后援会, 全国后援会, 个人工作室.</summary>
    private static readonly string[] Qualifiers = ["官方", "全国", "个人"];

    private static readonly string[] Bodies = ["工作室", "后援会", "粉丝团", "歌迷会", "影迷会"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny("室会团") < 0) return; // most sentences name no such body
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.PER) continue;
            int at = end + Prefixes.LengthAt(text[end..length], Qualifiers);
            int body = Prefixes.LengthAt(text[at..length], Bodies);
            if (body == 0 || !BioesLabels.AllOutside(labels, end, at + body)) continue;
            int stop = at + body;
            if (stop < length && labels[stop] == BioesLabels.Label(EntityType.ORG, BioesLabels.B))
            {
                int branch = stop;
                while (BioesLabels.PartOf(labels[branch]) != BioesLabels.E) branch++;
                if (text[..(branch + 1)].EndsWith("分会")) stop = branch + 1;
            }
            BioesLabels.Mark(labels, start, stop, EntityType.ORG);
        }
    }
}
