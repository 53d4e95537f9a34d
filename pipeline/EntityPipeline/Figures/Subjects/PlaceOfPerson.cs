using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// A place that describes the person named right after it: a nationality or home (摩洛哥选手阿拉济, 美国新秀威廉姆斯,
/// 法国的皮奥利内, 上海棋手常昊, 甲县乙镇市民丙, the whole chain of places), or a team before its player's role (星火战队中单选手林凡,
/// 东岸队队长林澈). The figures of that person are the person's (GUIDELINES F7: the subject is who the
/// figure is about), so such a place is no subject candidate. At most a short role word, or 的, lies between the two;
/// a conjunction, preposition or verb of relation (中国和李明, 北京对张三) joins two names instead.
/// </summary>
internal static class PlaceOfPerson
{
    private const int MaxRoleWord = 4;
    private const string Joiners = "和与及同跟对向把被给让是在为由据、";

    private static readonly string[] Roles = ["选手", "棋手", "球员", "队员", "运动员", "名将", "小将", "新秀", "队长", "主力"];

    /// <summary>True when mention <paramref name="i"/> is a place that the next mention, a person, carries as an attribute.</summary>
    public static bool Describes(string text, ImmutableArray<Mention> mentions, int i)
    {
        var place = mentions[i];
        if (place.Type == EntityType.PER || i + 1 >= mentions.Length) return false;
        // A chain of places (天柱县凤城镇市民杨风竹): the outer ones describe the person with the inner one.
        if (mentions[i + 1] is { Type: EntityType.LOC } inner && inner.Start == place.End) return Describes(text, mentions, i + 1);
        var person = mentions[i + 1];
        if (person.Type != EntityType.PER || person.Start < place.End || person.Start - place.End > MaxRoleWord) return false;
        // 中国选手许清妍 with 中国 tagged as a team (ORG, as MSRA tags a nation that competes), 星火战队中单选手林凡, 东岸队队长林澈:
        // a team only before an athlete's role, with at most the position played before it.
        if (place.Type == EntityType.ORG) return TextRules.WordBefore(text, person.Start, place.End, Roles) is not null && AllHan(text, place.End, person.Start);
        return AllHan(text, place.End, person.Start);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) holds Han characters and no conjunction or preposition.</summary>
    private static bool AllHan(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!HanCharacters.IsHan(text[k]) || Joiners.Contains(text[k])) return false;
        return true;
    }
}
