using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A name in quotation marks followed by a noun for a shop or a mall is that business: “燃动健身”门店 and “拾光书局”的书店 are
/// organisations, “湖岸天地”购物中心 a place (a mall is a facility, E7). News and social media quote the names of shops,
/// restaurants and malls, which no list holds and the tagger, trained on 1998 news, rarely finds. A noun before the quotation
/// will not do: headlines quote phrases after one (山村民宿“一房难求”). A quotation that holds a person, or more than a short
/// name, is left alone. A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class QuotedShops
{
    private const int MaxName = 8;

    /// <summary>Nouns for a shop or a mall, longest first; those for a mall make the name a place.</summary>
    private static readonly (string Noun, EntityType Type)[] Nouns =
    [
        ("购物中心", EntityType.LOC), ("商场", EntityType.LOC), ("商业街", EntityType.LOC),
        ("旗舰店", EntityType.ORG), ("门店", EntityType.ORG), ("书店", EntityType.ORG), ("餐厅", EntityType.ORG), ("饭店", EntityType.ORG),
        ("酒店", EntityType.ORG), ("民宿", EntityType.ORG), ("客栈", EntityType.ORG), ("咖啡馆", EntityType.ORG), ("茶馆", EntityType.ORG),
        ("健身房", EntityType.ORG), ("店铺", EntityType.ORG), ("小店", EntityType.ORG), ("分店", EntityType.ORG),
    ];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int open = text[..length].IndexOf('“'); open >= 0 && open + 1 < length; )
        {
            int close = text[(open + 1)..length].IndexOf('”') + open + 1;
            if (close <= open) return;
            int start = open + 1;
            if (close - start is >= 2 and <= MaxName && IsName(text[start..close]) && !HoldsPerson(labels, start, close)
                && NounAfter(text[(close + 1)..length]) is { } type)
                BioesLabels.Mark(labels, start, close, type);
            open = text[(close + 1)..length].IndexOf('“') is int next and >= 0 ? close + 1 + next : -1;
        }
    }

    /// <summary>Han characters and Latin letters only: a quoted phrase with punctuation or digits is no shop's name.</summary>
    private static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
            if (!(HanCharacters.IsHan(c) || char.IsAsciiLetter(c))) return false;
        return true;
    }

    private static bool HoldsPerson(int[] labels, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (labels[i] != BioesLabels.Outside && BioesLabels.TypeOf(labels[i]) == EntityType.PER) return true;
        return false;
    }

    /// <summary>The type a shop noun right after the quotation (or after 的) gives, or null.</summary>
    private static EntityType? NounAfter(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("的")) after = after[1..];
        foreach (var (noun, type) in Nouns)
            if (after.StartsWith(noun)) return type;
        return null;
    }
}
