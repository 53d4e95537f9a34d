using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// Places that China's divisions (<see cref="PlaceNames"/>) do not hold, by the names Chinese news gives them: abroad (纽约,
/// 北方邦, 巴伐利亚, 柔佛, 湄公河), in mainland China where they are not divisions (洞庭湖, 鸣沙山, 天一阁, 王府井), and in Hong Kong,
/// Macao and Taiwan (路环, 赤柱, 黑沙环, 木栅; Entities/Data/listed-places.tsv, written by the project). The tagger, trained on
/// 1998's text, leaves many untagged or reads them as persons (a French town, a US city) or organisations (a German city). A
/// listed name that runs over whole jieba words (not 莫斯科大学, where jieba's word runs past it), or over all of them but a
/// function character jieba glued to it (到默拉皮, 将军澳在:
/// <see cref="EntityLexicon.LongestOverGluedWords"/>), becomes a place when the tagger left it untagged or found it a person or
/// organisation as a whole span; not when it is inside a larger entity (巴黎圣母院, 纽约时报社) or a span crosses its edges. Part of
/// the division-chains rule, first of it, so that the rules after it see the place (得克萨斯 奥斯汀: <see cref="ForeignPlaces"/>).
/// Stateless, the list loaded once.
/// </summary>
internal static class ListedPlaces
{
    public const string DefaultFile = "Entities/Data/listed-places.tsv";

    private static readonly Lazy<EntityLexicon> Loaded =
        new(() => EntityLexicon.LoadShipped(DefaultFile, "list of places"));

    /// <summary>The longest quotation that names something (a storm: 台风“新东京”); speech quoted runs longer, and its places count.</summary>
    private const int ShortQuote = 6;

    /// <summary>Whether the list holds a name.</summary>
    internal static bool IsListed(ReadOnlySpan<char> name) => Loaded.Value.TypesOf(name) != 0;

    /// <summary>The length of the longest listed place that opens <paramref name="name"/> and leaves something after it, or 0.</summary>
    internal static int ListedAt(ReadOnlySpan<char> name) => Loaded.Value.LongestOpening(name, name.Length - 1);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var names = Loaded.Value;
        for (int w = 0; w < words.Length; w++)
        {
            if (words[w].Start - baseOffset >= length) break;
            int nameEnd = names.LongestOverGluedWords(text, words, baseOffset, w, length, out int start, out int last);
            if (nameEnd < 0) continue;
            if (!InTitle(text, start, nameEnd, length) && Retyped(labels, start, nameEnd, names.TypesOf(text[start..nameEnd])))
                BioesLabels.Mark(labels, start, nameEnd, EntityType.LOC);
            w = last;
        }
    }

    /// <summary>
    /// Whether the name at [start, end) is untagged, or one span of a person, or of an organisation unless the list gives the name
    /// an organisation's type too (<paramref name="types"/>): a city whose club sports news names by it alone (罗马, 亚特兰大).
    /// </summary>
    private static bool Retyped(int[] labels, int start, int end, byte types)
    {
        if (BioesLabels.AllOutside(labels, start, end)) return true;
        if (BioesLabels.StartOfSpanEndingAt(labels, end) != start) return false;
        var type = BioesLabels.TypeOf(labels[start]);
        return type == EntityType.PER || type == EntityType.ORG && (types & EntityLexicon.Mask(EntityType.ORG)) == 0;
    }

    /// <summary>
    /// Whether the name is part of a title in 《》 (《东京爱情故事》) or of a short quotation (台风“新东京”), not the whole of it: a film's,
    /// a book's or a storm's name.
    /// </summary>
    private static bool InTitle(ReadOnlySpan<char> text, int start, int end, int length) =>
        Enclosed(text, start, end, length, '《', '》', int.MaxValue) || Enclosed(text, start, end, length, '“', '”', ShortQuote);

    private static bool Enclosed(ReadOnlySpan<char> text, int start, int end, int length, char open, char close, int longest)
    {
        int opened = text[..start].LastIndexOf(open), closed = text[end..length].IndexOf(close);
        if (opened < 0 || closed < 0 || text[opened..start].Contains(close)) return false;
        int inside = end + closed - opened - 1;
        return inside <= longest && (opened + 1 != start || closed != 0);
    }
}
