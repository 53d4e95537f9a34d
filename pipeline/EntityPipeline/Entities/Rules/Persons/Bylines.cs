using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A dateline's byline, a bracket that opens with a reporter's role (（记者 齐中熙）, （记者 齐中熙 通讯员 何欣荣）), holds
/// people's names and nothing else (guidelines E1: byline names count): each name is one person, where the tagger cuts one
/// whose given name is a word of its own (向/p 晚晴/n, 闵清/x 和/c) or leaves it untagged. A name is 2–3 Han characters that
/// open with a common surname (3–4 with a compound one), or a name that opens with none: Han parts joined by dots
/// (热依拉·托合提), two Tibetan elements or more (次仁央拉), a Yi family and given name (沙马拉作), between the roles and the separators (space, 、); anything else in
/// the bracket is left as it is. A span the tagger ran across the bracket's edge (日电（记者 某某）生态环境部, 某某）某省某研究院)
/// keeps only what follows the bracket, a name of its own; one run across a separator is a name on each side. Part of the
/// person-names rule. Stateless.
/// </summary>
internal static class Bylines
{
    /// <summary>The roles a byline names, the longer before the shorter they open (实习记者 before 记者).</summary>
    private static readonly string[] Roles = ["本报记者", "新华社记者", "实习记者", "特约记者", "记者", "通讯员", "实习生"];

    /// <summary>A photo credit's 摄 after the name (（记者 齐中熙摄）) is no part of it.</summary>
    private const char Photographed = '摄';

    private const int MaxByline = 30;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int open = text[..length].IndexOfAny('（', '('); open >= 0;)
        {
            int from = open + 1;
            if (Prefixes.LengthAt(text[from..length], Roles) > 0 && text[from..length].IndexOfAny('）', ')') is int close and > 0 and <= MaxByline)
            {
                CutAcross(labels, length, open, from + close);
                SplitAtSeparators(text, labels, from, from + close);
                TagNames(text, labels, length, from, from + close);
            }
            int next = text[from..length].IndexOfAny('（', '(');
            open = next < 0 ? -1 : from + next;
        }
    }

    /// <summary>
    /// A span crossing the bracket at <paramref name="open"/> or <paramref name="close"/> is no name: what follows the close,
    /// two characters or more, keeps the span's type, and the rest is cleared.
    /// </summary>
    private static void CutAcross(int[] labels, int length, int open, int close)
    {
        foreach (int edge in (ReadOnlySpan<int>)[open, close])
        {
            if (labels[edge] == BioesLabels.Outside || BioesLabels.PartOf(labels[edge]) == BioesLabels.S) continue;
            int start = edge;
            while (BioesLabels.PartOf(labels[start]) is not BioesLabels.B) start--;
            int end = BioesLabels.EndOfSpanStartingAt(labels, start);
            var type = BioesLabels.TypeOf(labels[start]);
            labels.AsSpan(start, end - start).Clear();
            if (end - (close + 1) >= 2) BioesLabels.Mark(labels, close + 1, end, type);
        }
    }

    /// <summary>
    /// A span the tagger ran across a separator of the byline (记者白玛曲珍 周一苇 as one person) is a name on each side: each
    /// run of two characters or more keeps the span's type.
    /// </summary>
    private static void SplitAtSeparators(ReadOnlySpan<char> text, int[] labels, int from, int close)
    {
        for (int k = from; k < close; k++)
        {
            if (!IsSeparator(text[k]) || labels[k] == BioesLabels.Outside) continue;
            int start = k;
            while (BioesLabels.PartOf(labels[start]) is not (BioesLabels.B or BioesLabels.S)) start--;
            int end = BioesLabels.EndOfSpanStartingAt(labels, start);
            var type = BioesLabels.TypeOf(labels[start]);
            labels.AsSpan(start, end - start).Clear();
            for (int run = start; run < end;)
            {
                int runEnd = run;
                while (runEnd < end && !IsSeparator(text[runEnd])) runEnd++;
                if (runEnd - run >= 2) BioesLabels.Mark(labels, run, runEnd, type);
                run = runEnd + 1;
            }
            k = end - 1;
        }
    }

    // What stands between the names of a byline (not the dot inside a transliterated one, 热依拉·托合提).
    private static bool IsSeparator(char c) => c is ' ' or '　' or '、' or '，' or ',';

    /// <summary>Tags each name between <paramref name="from"/> and the bracket's close at <paramref name="close"/>.</summary>
    private static void TagNames(ReadOnlySpan<char> text, int[] labels, int length, int from, int close)
    {
        for (int i = from; i < close;)
        {
            if (Prefixes.LengthAt(text[i..close], Roles) is int role and > 0)
            {
                i += role;
                continue;
            }
            if (!HanCharacters.IsHan(text[i]))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < close && (HanCharacters.IsHan(text[end]) || IsDotBetween(text, end, close)) && Prefixes.LengthAt(text[end..close], Roles) == 0) end++;
            int name = end > i + 2 && text[end - 1] == Photographed ? end - 1 : end;
            if (IsName(text, i, name)) BioesLabels.MarkUnlessCrossed(labels, length, i, name, EntityType.PER);
            i = end;
        }
    }

    /// <summary>
    /// Whether a run of the byline is a name: a surname and a given name, a transliterated name of parts joined by dots
    /// (热依拉·托合提), a Tibetan name of two elements or more (次仁央拉, <see cref="TibetanNames"/>) or a Yi name (沙马拉作,
    /// <see cref="YiNames"/>), which open with no surname and run longer than a Han name.
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> text, int start, int end) =>
        text[start..end].Contains(Dot) ? end - start <= MaxTransliterated
        : TibetanNames.IsName(text, start, end) || YiNames.IsName(text, start, end) || PersonCues.Surname(text, start) switch
        {
            1 => end - start is 2 or 3,
            2 => end - start is 3 or 4,
            _ => false,
        };

    /// <summary>The dot between the parts of a transliterated name.</summary>
    private const char Dot = '·';

    private const int MaxTransliterated = 16;

    /// <summary>Whether a dot at <paramref name="at"/> joins two Han parts of a name (热依拉·托合提), before <paramref name="close"/>.</summary>
    private static bool IsDotBetween(ReadOnlySpan<char> text, int at, int close) =>
        text[at] == Dot && at > 0 && HanCharacters.IsHan(text[at - 1]) && at + 1 < close && HanCharacters.IsHan(text[at + 1]);
}
