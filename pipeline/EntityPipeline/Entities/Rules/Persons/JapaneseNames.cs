using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A Japanese name as Chinese news writes it is a family name of two characters (three for a few) and a given name of two or three
/// (藤井优斗, 松尾美智子): a tagger that reads names as a Han surname and a given name takes the family name's second character
/// for the surname (藤|井优斗/PER, where 井 is a surname), or leaves a rare family name out whole. A person span that opens with
/// the second character of a listed family name, its first untagged before it, takes it in (<see cref="Join"/>); and a listed
/// family name and two Han characters the tagger left untagged after a noun for a person or 日本 are a person (<see cref="Tag"/>).
/// The list holds family names that are no Chinese word nor a word's end and a surname (not 和田, 原田, 福田, 小林, 中山, nor
/// 本田, 丰田, 松下, which name firms). Part of the person-names rule. Stateless.
/// </summary>
internal static class JapaneseNames
{
    private static readonly FrozenSet<string> FamilyNames = new[]
    {
        "佐藤", "铃木", "高桥", "伊藤", "渡边", "渡部", "山本", "加藤", "松本", "井上", "木村", "斋藤", "山崎", "池田", "桥本", "冈田", "藤田",
        "后藤", "近藤", "远藤", "青木", "坂本", "太田", "藤井", "冈本", "藤原", "三浦", "竹内", "田村", "宫本", "安藤", "岛田", "今井", "河野",
        "藤本", "菅原", "樱井", "野口", "松尾", "菊地", "野村", "新井", "服部", "坪田", "绪方", "根岸", "佐仓", "山田", "吉田", "松田", "武田",
        "宫崎", "岩崎", "酒井", "工藤", "柴田", "杉山", "杉本", "滨田", "久保", "森田", "西田", "岸田", "鸠山", "安倍", "菅野", "小泽", "大泽",
        "中曾根", "佐佐木", "长谷川", "宇都宫", "久保田",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsFamilyName(ReadOnlySpan<char> text) => FamilyNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    /// <summary>A person span that opens inside a listed family name, its first characters untagged before it, takes them in.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start < 2 || end - start > 4) continue;
            for (int lead = 1; lead <= 2 && lead <= start; lead++)
            {
                if (labels.AsSpan(start - lead, lead).ContainsAnyExcept(BioesLabels.Outside)
                    || !HanCharacters.AllHan(text[(start - lead)..end]) || !IsFamilyName(text[(start - lead)..(start + 1)])) continue;
                BioesLabels.Mark(labels, start - lead, end, EntityType.PER);
                break;
            }
        }
    }

    /// <summary>An untagged listed family name and a given name of two Han characters (three ending in 子 or 郎) after a noun for a person.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int start = 1; start + 4 <= length; start++)
        {
            int family = start + 3 <= length && IsFamilyName(text.Slice(start, 3)) ? 3 : IsFamilyName(text.Slice(start, 2)) ? 2 : 0;
            if (family == 0 || !NameContext.PersonBefore(text[..start])) continue;
            int end = start + family + 2;
            if (end > length) continue;
            if (end < length && text[end] is '子' or '郎') end++;
            if (!HanCharacters.AllHan(text[start..end]) || labels.AsSpan(start, end - start).ContainsAnyExcept(BioesLabels.Outside)
                || text[(start + family)..end].ContainsAny(NameContext.NameEnds)) continue;
            if (end < length && labels[end] != BioesLabels.Outside) continue;
            BioesLabels.Mark(labels, start, end, EntityType.PER);
            start = end;
        }
    }
}
