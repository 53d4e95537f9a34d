using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// An organisation stops before its department (江汽集团 + 人事部, 上海橡胶工业公司 + 团委): Resume NER's convention, where the
/// department belongs to the job title, and maybe a user's. The guidelines (E2) and MSRA keep the department inside, so this is no
/// rule of the shipped model: a refined model's domain turns it on when its corrections follow it (<c>Training.DomainConventions</c>).
/// An organisation is cut where its last words are a department (at most <see cref="MaxDepartment"/> characters, ending in
/// 部, 处, 科, 室, 党委, 团委, 工会, 董事会 …, but no 总部, 办事处, 本科 …) and what comes before them ends in an organisation's word
/// (集团, 公司, 所, 处 …). A rule on the decoded labels and jieba's words. Stateless.
/// </summary>
internal static class DepartmentNames
{
    private const int MaxDepartment = 7;

    private static readonly string[] Endings = ["部", "处", "科", "室", "党委", "团委", "工会", "董事会", "监事会"];

    /// <summary>Words ending in a department's character that name no department, or a branch that is an organisation of its own.</summary>
    private static readonly string[] NotDepartments =
    [
        "总部", "干部", "全部", "内部", "外部", "本部", "局部", "分部", "东部", "西部", "南部", "北部", "中部", "俱乐部",
        "办事处", "代表处", "本科", "专科", "学科", "实验室",
    ];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG) continue;
            int cut = DepartmentStart(text, words, baseOffset, start, end);
            if (cut < 0) continue;
            BioesLabels.Mark(labels, start, cut, EntityType.ORG);
            labels.AsSpan(cut, end - cut).Fill(BioesLabels.Outside);
        }
    }

    /// <summary>Where the department that ends the organisation [start, end) starts (the shortest one), or −1.</summary>
    private static int DepartmentStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int start, int end)
    {
        if (!EndsInDepartment(text[start..end])) return -1;
        for (int w = words.Length - 1; w >= 0; w--)
        {
            int at = words[w].Start - baseOffset;
            if (at >= end) continue;
            if (at <= start + 1 || end - at > MaxDepartment) return -1;
            if (IsDepartment(text[at..end]) && EntitySuffixes.Classify(text[start..at]) == EntitySuffixes.Org) return at;
        }
        return -1;
    }

    private static bool IsDepartment(ReadOnlySpan<char> words)
    {
        foreach (char c in words)
            if (!char.IsLetter(c)) return false; // （审计部）一处 is no department of 中国电子纪检监察部
        return EndsInDepartment(words);
    }

    private static bool EndsInDepartment(ReadOnlySpan<char> words)
    {
        foreach (var word in NotDepartments)
            if (words.EndsWith(word)) return false;
        foreach (var ending in Endings)
            if (words.EndsWith(ending) && (words.Length > ending.Length || ending.Length > 1)) return true; // 团委 alone, but not 部
        return false;
    }
}
