using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A name in quotation marks followed by a noun for a shop or a mall is that business: “燃动健身”门店 and “拾光书局”的书店 are
/// organisations, “湖岸天地”购物中心 a place (a mall is a facility, E7); so is one that ends in such a noun (“德叔大排档”). News
/// and social media quote the names of shops, restaurants and malls, which no list holds and the tagger, trained on 1998 news,
/// rarely finds. A noun before the quotation
/// will not do: headlines quote phrases after one (山村民宿“一房难求”). A quotation that holds a person, or more than a short
/// name, is left alone. A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class QuotedShops
{
    private const int MaxName = 8;

    // A name with its shop noun inside the quotation (“光明港琼甜茶馆”) may run that noun longer.
    private const int MaxShopName = MaxName + 2;

    /// <summary>Nouns for a mall, which make the name a place.</summary>
    private static readonly string[] MallNouns = ["购物中心", "商场", "商业街"];

    /// <summary>Nouns for a shop, which make the name an organisation.</summary>
    private static readonly string[] ShopNouns = ["旗舰店", "门店", "书店", "餐厅", "饭店", "酒店", "民宿", "客栈", "咖啡馆", "茶馆", "健身房", "店铺", "小店", "分店"];

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
            else if (close - start <= MaxShopName && IsName(text[start..close]) && NamesShop(text[start..close]))
                BioesLabels.Mark(labels, start, close, EntityType.ORG);
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

    /// <summary>Nouns that end a shop's own name (“德叔大排档”, “拾光书局”), with the shop nouns.</summary>
    private static readonly string[] NameEnds = [.. ShopNouns, "大排档", "酒家", "茶楼", "面馆", "饭馆", "书局"];

    /// <summary>
    /// A quoted name that ends in a shop's noun after a name of its own, two characters or more (“光明港琼甜茶馆”), is the shop
    /// even where a person's name opens it (德叔); not a title (“最美书店”).
    /// </summary>
    private static bool NamesShop(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name[0] == '最') return false; // an empty quotation (“”) names nothing
        foreach (var noun in NameEnds)
            if (name.EndsWith(noun) && name.Length - noun.Length >= 2) return true;
        return false;
    }

    /// <summary>The type a shop noun right after the quotation (or after 的) gives, or null.</summary>
    private static EntityType? NounAfter(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("的")) after = after[1..];
        return Prefixes.LengthAt(after, MallNouns) > 0 ? EntityType.LOC : Prefixes.LengthAt(after, ShopNouns) > 0 ? EntityType.ORG : null;
    }
}
