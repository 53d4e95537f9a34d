using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// Name patterns news writes around a bare surname, which a tagger trained on 1998 text misses or cuts:
/// <list type="bullet">
/// <item>anonymised names, a surname and 某 or 某某 (王某, 钱某某): the whole string is the name (guidelines E2, longest span;
/// MSRA tags the surname alone, 梁/PER 某);</item>
/// <item>a surname with an address or title (张女士, 陈先生, 万大爷, 刘总): the surname is the name and the title stays outside (E1;
/// MSRA tags 杜/PER 先生 the same way), and a person mention that ends in a title loses it (李老师 → 李, 张三主任 → 张三), or
/// that runs into one, the surname (周处/PER 长 → 周);</item>
/// <item>a person mention that runs a Chinese name into a Latin word (陈苏丹sudan) keeps the Chinese name, and one that starts
/// after a hyphen takes in the given name before it (让-马克·杜兰);</item>
/// <item>a surname tagged alone before a doubled character (张/PER 欢欢): the doubled character is the given name;</item>
/// <item>a name cut inside jieba's word of three (胡明/PER 轩 in 胡明轩/x): the whole word (<see cref="RunToNameWordEnd"/>);</item>
/// <item>a social-media handle that is a name, a surname and one or two characters between @ and the handle's end (@高晓松:):
/// the person (<see cref="TagHandles"/>).</item>
/// </list>
/// A surname counts only where jieba starts a word with it (这位女士 and 空军某部 have none) that is no function word (和老师),
/// and the pattern must end where a word ends. A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class PersonNames
{
    /// <summary>
    /// The forms of address that say a person and nothing else, after which a surname is one whatever jieba tags it (谭/zg 女士,
    /// 万/m 大爷, 蒙/v 大姐) and whatever noun stands before it (联系/n 杨女士, 父亲/n 毛先生). MSRA tags the surname alone before
    /// each (李/PER 大妈, 张/PER 大姐, 邱/PER 大爷, 陈/PER 奶奶; 15 of 16 大娘); the south's 阿婆, 阿伯 alike, and 婆婆 as 奶奶.
    /// </summary>
    private static readonly string[] PersonalAddresses = ["先生", "女士", "小姐", "太太", "阿姨", "大爷", "大妈", "大娘", "大叔", "大伯", "大婶", "大哥", "大姐", "大嫂", "奶奶", "爷爷",
        "阿婆", "阿公", "阿伯", "阿叔", "阿嫂", "老伯", "婆婆"];

    /// <summary>
    /// Forms of address written after a bare surname, beside <see cref="PersonCues"/>' titles (总 for 总经理, 总裁). Like every
    /// pattern here they must end where a jieba word ends, which keeps 姐 and 哥 to addresses (于姐, 蒋哥; not 姐妹, 墨西哥).
    /// </summary>
    private static readonly string[] Addresses = [.. PersonalAddresses, "夫人", "老师", "师傅", "老板", "总", "姐", "哥"];

    private const char Anonymous = '某';

    /// <summary>
    /// Whether the word before a surname may take it into its phrase (发展/vn 司/nr 副司长): a noun or verbal noun, unless a noun for
    /// a person, whom a name follows in apposition (报案人杨女士, 教师邹女士). A verb's object may be the name (退还尹女士).
    /// </summary>
    private static bool EndsPhrase(ReadOnlySpan<char> previous, string previousPos) =>
        previousPos.Length > 0 && (previousPos[0] is 'n' || previousPos == "vn") && !(previousPos == "n" && previous.Length >= 2 && PersonNounEndings.Contains(previous[^1]));

    /// <summary>How nouns for a person end: 报案人, 当事人, 记者, 患者, 工作人员, 游客, 市民, 用户, 网友, 车主, 家属, 员工, 教师, 家长.</summary>
    private const string PersonNounEndings = "人者员客民户友主属工师长";

    /// <summary>Surnames that also say "former" or "acting" before a title (原主任, 代市长), which is how news uses them there.</summary>
    private const string FormerOrActing = "原代";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    /// <summary>
    /// A name of surname and one character the tagger ended inside jieba's word of three, a name or a word jieba does not know
    /// (冯颖/PER 诗 in 冯颖诗/x, 胡明/PER 轩), is the whole word when its third character is often a given name's (<see
    /// cref="GivenNameChars"/> class 3 or more): jieba also joins a name with the verb after it (陶晔说/x, 于海用/x).
    /// </summary>
    private static void RunToNameWordEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        int person = BioesLabels.Label(EntityType.PER, BioesLabels.B);
        if (!labels.AsSpan(0, length).Contains(person)) return;
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end - start != 3 || end > length || labels[start] != person || BioesLabels.EndOfSpanStartingAt(labels, start) != start + 2
                || labels[start + 2] != BioesLabels.Outside || word.Pos is not ("x" or "nr" or "nrfg")
                || PersonCues.Surname(text, start) == 0 || GivenNameChars.Of(text[start + 2]) is < 3 or GivenNameChars.Rare) continue;
            BioesLabels.Mark(labels, start, end, EntityType.PER);
        }
    }

    /// <summary>
    /// A name of surname and one character before jieba's word of a given name's last character and 说 that opens a quotation
    /// (总经理戚芷/x 言说/n ，; 主任巩瀚/x 文说/n ，): the name takes the character in. Not an adverb before 说 (张明还说，, 李华才说，).
    /// </summary>
    private static void RunIntoSaid(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end - start != 2 || end >= length || text[start + 1] != '说' || text[end] is not ('，' or '：' or ',' or ':')
                || start < 2 || labels[start - 1] != BioesLabels.Label(EntityType.PER, BioesLabels.E) || BioesLabels.StartOfSpanEndingAt(labels, start) != start - 2
                || PersonCues.Surname(text, start - 2) != 1 || SaidAdverbs.Contains(text[start]) || !HanCharacters.IsHan(text[start])) continue;
            BioesLabels.Mark(labels, start - 2, start + 1, EntityType.PER);
        }
    }

    /// <summary>
    /// A name of two characters right before 和 and a verb of saying (投资人宋平/PER 和表示, 邝立/PER 和3日说): 和 is the
    /// given name's last character, for no conjunction stands before a verb with nothing joined to it. MSRA's training text tags 和
    /// inside the name all three times a person runs into 和 before 说 (童立和说). Not 来 before 说: that is 对某某来说.
    /// </summary>
    private static void RunIntoAnd(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf(And); at >= 0; at = NextAnd(text, length, at))
        {
            if (at >= 2 && labels[at] == BioesLabels.Outside && BioesLabels.StartOfSpanEndingAt(labels, at) is var start && start == at - 2
                && BioesLabels.TypeOf(labels[start]) == EntityType.PER && HanCharacters.AllHan(text[start..at]) && SaysAfter(text[(at + 1)..length]))
                BioesLabels.Mark(labels, start, at + 1, EntityType.PER);
        }
    }

    private const char And = '和';

    private static int NextAnd(ReadOnlySpan<char> text, int length, int at) =>
        text[(at + 1)..length].IndexOf(And) is var next && next < 0 ? -1 : at + 1 + next;

    /// <summary>Verbs of saying a speaker's name stands before.</summary>
    private static readonly string[] Sayings = ["表示", "认为", "介绍", "指出", "告诉", "坦言", "透露"];

    /// <summary>Whether the text opens with a verb of saying, or with a day (2日) and one; 说 only before punctuation (说，).</summary>
    private static bool SaysAfter(ReadOnlySpan<char> after)
    {
        int day = 0;
        while (day < after.Length && char.IsAsciiDigit(after[day])) day++;
        if (day > 0) after = day < after.Length && after[day] == '日' ? after[(day + 1)..] : [];
        return Prefixes.LengthAt(after, Sayings) > 0 || after.Length >= 2 && after[0] == '说' && after[1] is '，' or '：' or ',' or ':' or '“';
    }

    /// <summary>Adverbs and prepositions jieba joins with 说 (还说, 才说, 来说), which end a name rather than belong to it.</summary>
    private const string SaidAdverbs = "还也又就再却都才便仍只曾常据听来对亦正则先早总即并均皆竟已要会能在向跟同和与给所是而小学传演游劝解胡乱";

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        TrimTitles(text, labels, length);
        TrimLatinWords(text, labels, length);
        JoinHyphenatedGivenNames(text, words, baseOffset, labels, length);
        TagJoinedAnonymous(text, words, baseOffset, labels, length);
        RunToNameWordEnd(text, words, baseOffset, labels, length);
        RunIntoSaid(text, words, baseOffset, labels, length);
        RunIntoAnd(text, labels, length);
        Span<bool> wordEnds = length < 1024 ? stackalloc bool[length + 1] : new bool[length + 1];
        wordEnds.Clear();
        foreach (var word in words) wordEnds[word.End - baseOffset] = true;
        string previousPos = "";
        int previousStart = 0;
        foreach (var word in words)
        {
            string before = previousPos;
            int beforeStart = previousStart;
            previousPos = word.Pos;
            previousStart = word.Start - baseOffset;
            int i = word.Start - baseOffset, wordEnd = word.End - baseOffset;
            int after = i + (int)PersonCues.Surname(text, i);
            if (after == i || after >= length) continue;
            // A surname is a word of its own that is no function word (和老师, 向老师), or opens the word the pattern ends.
            bool alone = wordEnd == after;
            int anonymous = AnonymousEnd(text, after, length), address = AddressAt(text[after..length], out bool personal);
            if (alone && !MayBeSurname(word.Pos) && !personal || FormerOrActing.Contains(text[i])) continue;
            if (anonymous > after && (alone ? wordEnds[anonymous] : anonymous == wordEnd)) Mark(labels, length, i, anonymous);
            else if (address > 0 && (alone ? (personal || word.Pos.StartsWith("nr") && !EndsPhrase(text[beforeStart..(word.Start - baseOffset)], before)) && wordEnds[after + address] : after + address == wordEnd && !IsCommonNoun(word.Pos)))
            {
                DropRunIntoTitle(labels, i, after, after + address);
                Mark(labels, length, i, after);
            }
            else if (IsTaggedAlone(labels, i, after) && after + 2 <= length && text[after] == text[after + 1] && text[after] != Anonymous
                     && HanCharacters.IsHan(text[after]) && wordEnds[after + 2]) Mark(labels, length, i, after + 2);
        }
    }

    /// <summary>
    /// An anonymised name jieba joined to the noun before it (犬主黄/x 某某): the surname that ends an unknown word, before a word
    /// of 某, is the name with its 某.
    /// </summary>
    private static void TagJoinedAnonymous(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int w = 0; w + 1 < words.Length; w++)
        {
            int i = words[w].End - baseOffset - 1, next = words[w + 1].End - baseOffset;
            if (words[w].Pos != "x" || words[w].End - words[w].Start < 2 || next > length || PersonCues.Surname(text, i) != 1) continue;
            if (AnonymousEnd(text, i + 1, length) == next) Mark(labels, length, i, next);
        }
    }

    /// <summary>
    /// jieba's tags for a surname standing alone before 某 (钱/n 某某, 张/q, 王/nr, 黄/a); none when segmenting without parts of speech.
    /// Before a title, only a name's tag (nr) will do: jieba joins 张女士 and 刘总 into one word, and a surname alone there is
    /// more often the end of a word, and then not after a noun or verb whose phrase it may end (发展/vn 司/nr 副司长). Before a
    /// form of address that says a person and nothing else (<see cref="PersonalAddresses"/>), any tag and any word before will do.
    /// </summary>
    private static bool MayBeSurname(string pos) => pos.Length == 0 || pos[0] is 'n' or 'q' or 'x' or 'a';

    /// <summary>jieba's tag for a dictionary word that opens with a surname and ends in a title but names no one (班主任, 包工头).</summary>
    private static bool IsCommonNoun(string pos) => pos == "n";

    /// <summary>The end of 某 or 某某 at <paramref name="at"/>, or <paramref name="at"/> when there is none.</summary>
    private static int AnonymousEnd(ReadOnlySpan<char> text, int at, int length)
    {
        int end = at;
        while (end < length && end - at < 2 && text[end] == Anonymous) end++;
        return end;
    }

    /// <summary>
    /// The length of the form of address or title that opens <paramref name="text"/>, or 0; <paramref name="personal"/> when it is one
    /// of the <see cref="PersonalAddresses"/>, which open <see cref="Addresses"/>.
    /// </summary>
    private static int AddressAt(ReadOnlySpan<char> text, out bool personal)
    {
        int address = Prefixes.IndexAt(text, Addresses);
        personal = address >= 0 && address < PersonalAddresses.Length;
        if (address >= 0) return Addresses[address].Length;
        for (int len = Math.Min(3, text.Length); len >= 2; len--)
            if (PersonCues.TitleLength(text[..len]) == len) return len;
        return 0;
    }

    /// <summary>A person mention that ends in a form of address or a title keeps the name before it, or goes when nothing is left.</summary>
    private static void TrimTitles(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start < 2) continue;
            int title = TitleAtEnd(text[start..end]);
            if (title == 0) continue;
            labels.AsSpan(end - title, title).Fill(BioesLabels.Outside);
            if (end - title > start) BioesLabels.Mark(labels, start, end - title, EntityType.PER);
        }
    }

    /// <summary>The length of the title that ends a person mention; 总 only after a surname alone (刘总, not a given name).</summary>
    private static int TitleAtEnd(ReadOnlySpan<char> mention)
    {
        foreach (var address in Addresses)
            if (mention.EndsWith(address) && (address.Length > 1 || mention.Length == 2 && PersonCues.Surname(mention, 0) == 1))
                return address.Length;
        return PersonCues.TitleLength(mention);
    }

    /// <summary>Drops a person the tagger ran from the surname into the title (周处/PER 长: 周处长), so the surname alone is marked.</summary>
    private static void DropRunIntoTitle(int[] labels, int surname, int title, int titleEnd)
    {
        if (labels[surname] != BioesLabels.Label(EntityType.PER, BioesLabels.B)) return;
        int end = surname + 1;
        while (BioesLabels.PartOf(labels[end]) == BioesLabels.I) end++;
        if (end >= title && end < titleEnd) labels.AsSpan(surname, end + 1 - surname).Fill(BioesLabels.Outside);
    }

    /// <summary>
    /// A person mention that runs a Chinese name into a Latin word (陈苏丹sudan, 魏鑫Viking, Begin嘉文: a user name's parts, an
    /// English name beside the Chinese one) keeps the Chinese name: one name is written in one script. A single letter stays
    /// (C罗).
    /// </summary>
    private static void TrimLatinWords(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start < 4) continue;
            int han = HanRun(text, start, end);
            if (han < 0) continue;
            int hanEnd = han;
            while (hanEnd < end && HanCharacters.IsHan(text[hanEnd])) hanEnd++;
            labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, han, hanEnd, EntityType.PER);
        }
    }

    /// <summary>Where the Chinese name of a mention made of it and one Latin word of two letters or more starts, or −1.</summary>
    private static int HanRun(ReadOnlySpan<char> text, int start, int end)
    {
        int split = start;
        while (split < end && HanCharacters.IsHan(text[split])) split++;
        if (split - start >= 2 && end - split >= 2 && IsLatinWord(text[split..end])) return start;
        split = start;
        while (split < end && CharFold.IsLatinLetter(text[split])) split++;
        int hanEnd = split;
        while (hanEnd < end && HanCharacters.IsHan(text[hanEnd])) hanEnd++;
        return split - start >= 2 && hanEnd == end && end - split >= 2 ? split : -1;
    }

    private static bool IsLatinWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!CharFold.IsLatinLetter(c)) return false;
        return true;
    }

    private static bool IsTaggedAlone(int[] labels, int start, int end) =>
        end - start == 1 ? labels[start] == BioesLabels.Label(EntityType.PER, BioesLabels.S)
            : labels[start] == BioesLabels.Label(EntityType.PER, BioesLabels.B) && labels[end - 1] == BioesLabels.Label(EntityType.PER, BioesLabels.E);

    /// <summary>
    /// A handle of two or three Han characters that opens with a common surname (@高晓松:, //@王人平 ) and does not end in a particle
    /// (@俞婕呢) is that person: on Weibo train 20 of the 25 such handles are persons (麦子千 and 肖小喵 are nicknames), where 5 of
    /// the 34 other Han handles are.
    /// </summary>
    public static void TagHandles(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf('@'); at >= 0; )
        {
            int start = at + 1, end = start;
            while (end < length && end - start <= 3 && HanCharacters.IsHan(text[end])) end++;
            if (end - start is 2 or 3 && (end == length || text[end] is ':' or '：' or '@' or ' ' or '\u3000' or ',' or '，')
                && PersonCues.Surname(text, start) == 1 && !"呢吧啊呀哦哈嘛的了么".Contains(text[end - 1]))
                Mark(labels, length, start, end);
            int next = text[end..length].IndexOf('@');
            at = next < 0 ? -1 : end + next;
        }
    }

    /// <summary>
    /// A transliterated name whose first given name is hyphenated (让-马克·杜兰): the tagger starts the person after the hyphen;
    /// jieba's word before it, one to three Han characters, joins the name.
    /// </summary>
    private static void JoinHyphenatedGivenNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            // A transliteration's parts are joined by its dot (马克·杜兰): a Chinese name after a hyphen (大师-须小龙) is none.
            if (type != EntityType.PER || start < 2 || text[start - 1] is not ('-' or '－' or '‐') || text[start..end].IndexOfAny('·', '•') < 0) continue;
            foreach (var word in words)
            {
                int from = word.Start - baseOffset, to = word.End - baseOffset;
                if (to < start - 1) continue;
                if (to == start - 1 && to - from is >= 1 and <= 3 && BioesLabels.AllOutside(labels, from, to) && HanCharacters.AllHan(text[from..to]))
                    BioesLabels.Mark(labels, from, end, EntityType.PER);
                break; // the words are in order: none later ends at the hyphen
            }
        }
    }

    /// <summary>Makes [start, end) one person when no other entity and no span reaching outside it is in the way.</summary>
    private static void Mark(int[] labels, int length, int start, int end)
    {
        if (!BioesLabels.CanStart(labels[start]) || end < length && !BioesLabels.CanStart(labels[end])) return; // a span crosses an edge
        if (BioesLabels.OnlyOutsideOr(labels, start, end, EntityType.PER)) BioesLabels.Mark(labels, start, end, EntityType.PER);
    }
}
