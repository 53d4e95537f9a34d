using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A government body is named from its place (guidelines E4: 江苏省交通运输厅, 上海市科委): where the tagger cut one into a place
/// and a body (四川省/LOC 发展和/O 改革委员会/ORG), the place, the words between and the body become one organisation. Only
/// a body that ends in an office's word (委员会, 局, 厅 …) and does not open with a division of its own (江苏省/LOC
/// 靖江市供电局/ORG stays two), and only nouns, verbal nouns and 和 between them. A department the tagger cut from its parent
/// body joins it the same way (国家卫生健康委员会/ORG 妇幼/O 健康司/ORG, E2), without 和. Where the tagger tagged only the place
/// (四川省/LOC 发展和改革委员会), the body's words after it join it when the last is an office's own word; so do the words after
/// 国家, with which the state's own bodies open (国家发展和改革委员会), and a division's 人民政府, a county's 政府 and a place's 海关 join it (E4:
/// 上海市人民政府, 宁波海关). An organisation the tagger ended inside its office's word (汝城县人民政/ORG 府) runs to the word's
/// end, and one it cut from 国家 with no place before takes it in (国家疾病/O 预防控制局/ORG). A hospital's, university's or
/// ministry's department after it is part of it (<see cref="JoinDepartments"/>).
/// A rule on the decoded labels and jieba's words, so it holds for every model. Stateless.
/// </summary>
internal static class BodyNames
{
    private static readonly string[] OfficeEndings = ["委员会", "局", "厅", "委", "办公室", "办", "署", "司", "总队", Customs];

    /// <summary>A place's customs office is named from it alone (宁波海关, E4; MSRA: 北京海关/ORG, 20 of 23).</summary>
    private const string Customs = "海关";

    private const int MaxGap = 6, MaxBody = 10;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        RunToOfficeWordEnd(text, words, baseOffset, labels, length);
        JoinGovernmentWords(text, words, baseOffset, labels, length);
        JoinDepartments(text, words, baseOffset, labels, length);
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG || !EndsInOffice(text[start..end]) || DivisionChains.DivisionAt(text[start..end]) > 0) continue;
            int gapStart = GapStart(words, baseOffset, labels, start, conjunctions: true);
            if (gapStart == 0 || labels[gapStart - 1] == BioesLabels.Outside)
            {
                // With no place before it, the state's own body opens with 国家 (国家疾病/O 预防控制局/ORG).
                if (gapStart < start && text[gapStart..start].StartsWith(State)) BioesLabels.Mark(labels, gapStart, end, EntityType.ORG);
                continue;
            }
            // A place before the body, or its parent (国家卫生健康委员会/ORG 妇幼/O 健康司/ORG, E2), with no 和 between: 财政部和国家税务总局 are two.
            var before = BioesLabels.TypeOf(labels[gapStart - 1]);
            if (before == EntityType.ORG) gapStart = GapStart(words, baseOffset, labels, start, conjunctions: false);
            if (gapStart == 0 || labels[gapStart - 1] == BioesLabels.Outside || BioesLabels.TypeOf(labels[gapStart - 1]) is not (EntityType.LOC or EntityType.ORG)) continue;
            BioesLabels.Mark(labels, BioesLabels.StartOfSpanEndingAt(labels, gapStart), end, EntityType.ORG);
        }
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.LOC) continue;
            int bodyEnd = UntaggedBodyEnd(text, words, baseOffset, labels, end);
            if (bodyEnd > end) BioesLabels.Mark(labels, start, bodyEnd, EntityType.ORG);
        }
        // The state's own bodies open with 国家 where others open with their place (国家发展和改革委员会, 国家统计局).
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || !text[start..end].SequenceEqual(State) || labels[start] != BioesLabels.Outside || labels[end - 1] != BioesLabels.Outside) continue;
            int bodyEnd = UntaggedBodyEnd(text, words, baseOffset, labels, end);
            if (bodyEnd > end) BioesLabels.Mark(labels, start, bodyEnd, EntityType.ORG);
        }
    }

    private const string State = "国家";

    /// <summary>
    /// A place the tagger ended inside jieba's word for its government (四川省/LOC in 四川省人民政府/nt) is that government (E4:
    /// 上海市人民政府): the words after the place, which the join below reads, start inside that word.
    /// </summary>
    private static void JoinGovernmentWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset, body = end - Government.Length;
            if (end > length || body <= start || !text[start..end].EndsWith(Government)) continue;
            if (BioesLabels.StartOfSpanEndingAt(labels, body) == start && BioesLabels.TypeOf(labels[start]) == EntityType.LOC
                && BioesLabels.AllOutside(labels, body, end)) BioesLabels.Mark(labels, start, end, EntityType.ORG);
        }
        // jieba's 县政府 after a county's name (青溪/县政府), where the tagger ended the place after 县: the county's government.
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || end - start != 3 || !text[(start + 1)..end].SequenceEqual(LocalGovernment) || !LocalLevels.Contains(text[start])) continue;
            if (BioesLabels.StartOfSpanEndingAt(labels, start + 1) is int place and >= 0 && place < start && BioesLabels.TypeOf(labels[place]) == EntityType.LOC
                && BioesLabels.AllOutside(labels, start + 1, end)) BioesLabels.Mark(labels, place, end, EntityType.ORG);
        }
    }

    /// <summary>
    /// A hospital's department, a university's school or a ministry's department the tagger left after it is part of it (E2:
    /// 华西医院 心内科, 浙江大学 控制科学与工程学院, 国家统计局 城市司, 国家体育总局 小球运动管理中心; MSRA: 解放军总医院心外科,
    /// 北京大学光华管理学院, 建设部房地产业司, 33 such ministries' departments whole in its training text): the body's words up to
    /// a word that ends in 科 after a hospital, in 学院 or 系 after a university, in 司, 中心, 局, 处 or 科 after a ministry (a bureau,
    /// a regional office or a section under it: 审计署 成都特派员办事处), untagged (<see cref="InDepartment"/>). A ministry's
    /// department the tagger tagged by itself (价格监测中心/LOC, 南海区渔政局/ORG) joins too. Run again after the known-companies
    /// rule, for the bodies its lists name.
    /// </summary>
    public static void JoinDepartments(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (!labels.AsSpan(0, length).ContainsAny(BioesLabels.Label(EntityType.ORG, BioesLabels.E), BioesLabels.Label(EntityType.ORG, BioesLabels.S))) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG || ParentOf(text[start..end]) is not (> Parent.None and var parent)) continue;
            int reached = end, department = end;
            foreach (var word in words)
            {
                int wordStart = word.Start - baseOffset, wordEnd = word.End - baseOffset;
                if (wordStart < reached) continue;
                var span = text[wordStart..wordEnd];
                if (wordStart != reached || wordEnd > length || wordEnd - end > MaxBody || !InDepartment(parent, span, word.Pos)) break;
                // After words, a division opens a body of its own (临泉县纪委监委 联合/v 临泉县农业农村局); right after, a regional one (农业农村部 南海区渔政局).
                if (parent == Parent.Ministry && wordStart > end && DivisionChains.DivisionAt(text[wordStart..length]) > 0) break;
                if (!BioesLabels.AllOutside(labels, wordStart, wordEnd))
                {
                    // Only a ministry's department the tagger tagged whole by itself (价格监测中心/LOC) is taken in.
                    if (parent == Parent.Ministry && labels[wordStart] != BioesLabels.Outside && BioesLabels.CanStart(labels[wordStart])
                        && BioesLabels.EndOfSpanStartingAt(labels, wordStart) is var tagged && tagged - end <= MaxBody
                        && IsDepartment(parent, text[wordStart..tagged])) department = tagged;
                    break;
                }
                reached = wordEnd;
                if (IsDepartment(parent, span) && (parent != Parent.Ministry || wordEnd - end >= 3) || IsBareFaculty(parent, span, wordStart > end)) department = wordEnd;
            }
            if (department > end) BioesLabels.Mark(labels, start, department, EntityType.ORG);
        }
    }

    private enum Parent { None, Hospital, University, Ministry }

    /// <summary>
    /// The words of a department's name: a body's words and 与 (控制科学与工程学院); after a ministry also places, names, verbs and
    /// adjectives (城市/ns 司/nr, 妇幼 健康/a 司) but no 和 or 与, which join two bodies there (国家技术监督局和服装质检中心).
    /// </summary>
    private static bool InDepartment(Parent parent, ReadOnlySpan<char> word, string pos) => parent == Parent.Ministry
        ? pos is "ns" or "nr" or "v" or "a" || Joins(pos) && pos != "c"
        : Joins(pos) || word is "与" || parent == Parent.University && word is "系";

    /// <summary>A university's 系 that jieba cut from its field's words, as a verb (清华大学 精密仪器/n 系/v): after words only.</summary>
    private static bool IsBareFaculty(Parent parent, ReadOnlySpan<char> word, bool afterWords) => parent == Parent.University && word is "系" && afterWords;

    private static readonly string[] MinistryEndings = ["部", "局", "委", "署", "厅", "委员会"];

    private static Parent ParentOf(ReadOnlySpan<char> name) =>
        name.EndsWith("医院") ? Parent.Hospital
        : name.EndsWith("大学") ? Parent.University
        : name.Length >= 3 && Prefixes.EndsWithAny(name, MinistryEndings) && !name.EndsWith("俱乐部") ? Parent.Ministry
        : Parent.None;

    private static bool IsDepartment(Parent parent, ReadOnlySpan<char> word) => parent switch
    {
        Parent.Hospital => word.Length >= 2 && word[^1] == '科',
        Parent.University => word.EndsWith("学院") || word.Length >= 2 && word[^1] == '系',
        _ => word.EndsWith("中心") || word[^1] == '司' && !word.EndsWith("公司") && word is not ("官司" or "上司")
            || word[^1] is '局' or '处' or '科', // a bureau, division or section under it (MSRA: 公安部出入境管理局, 物资油料部材料处)
    };

    /// <summary>
    /// An organisation the tagger ended inside the word of its office (汝城县人民政/ORG 府: jieba's word is 人民政府) runs to that
    /// word's end. Only such words: an organisation ending inside 党委书记 or 人大代表 ends right there.
    /// </summary>
    private static void RunToOfficeWordEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length) =>
        WordEnds.RunTo(text, words, baseOffset, labels, length, EntityType.ORG, fromWordStart: false,
            static word => word.EndsWith("政府") || IsOffice(word));

    /// <summary>
    /// Where the body the tagger left untagged right after a place ends (四川省/LOC 发展和改革委员会: its nouns and 和, the last word
    /// an office's own word, at most <see cref="MaxBody"/> characters and no division of its own), or <paramref name="at"/>.
    /// </summary>
    private static int UntaggedBodyEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int at)
    {
        int reached = at, body = at;
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (start < reached) continue;
            // A division's government and a place's customs are named from it alone (jieba tags 海关 a place).
            bool namedFromPlace = text[start..end].SequenceEqual(Government) || text[start..end].SequenceEqual(Customs)
                || start == at && text[start..end].SequenceEqual(LocalGovernment) && LocalLevels.Contains(text[at - 1]); // 金门县政府
            // jieba may join the office's character to the word after it, by its HMM (交通运输/j 局已/x) or with its head's title
            // (规划/n 局局长/n): the body ends inside that word.
            if (start == reached && start > at && IsOffice(text[start..(start + 1)]) && labels[start] == BioesLabels.Outside
                && (word.Pos == "x" && end - start == 2 || IsTitle(text[(start + 1)..end])))
            {
                body = start + 1;
                break;
            }
            // Or join it to the character before, the short form's last (人社厅 cut 人/n 社厅/x; 人社局 likewise): the body ends there.
            if (start == reached && start > at && word.Pos == "x" && end - start == 2 && IsOffice(text[(end - 1)..end])
                && BioesLabels.AllOutside(labels, start, end))
            {
                body = end;
                break;
            }
            if (start != reached || end - at > MaxBody || !Joins(word.Pos) && !namedFromPlace) break;
            if (!BioesLabels.AllOutside(labels, start, end)) break;
            reached = end;
            // The office's own word (局, 委员会), after a word of the body's own name: 大局, 全局 and 歌舞厅 are common nouns, and
            // jieba's organisation tag (nt) is on 中西部 and 儿童文学 too. A bureau jieba keeps whole (交通运输局) is one by itself.
            if ((start > at || IsBureau(text[start..end])) && IsOffice(text[start..end]) || namedFromPlace) body = end;
        }
        return body > at && DivisionChains.DivisionAt(text[at..body]) == 0 ? body : at;
    }

    private static bool IsTitle(ReadOnlySpan<char> rest) => rest.Length >= 2 && PersonCues.TitleLength(rest) == rest.Length;

    /// <summary>
    /// A bureau jieba keeps in one word (旅游局, 交通运输局): a word of three characters or more that ends in 局, where such words
    /// ending in 厅 are mostly rooms (歌舞厅, 营业厅) and 大局 or 格局 are too short.
    /// </summary>
    private static bool IsBureau(ReadOnlySpan<char> word) => word.Length >= 3 && word.EndsWith(Bureau);

    private static bool IsOffice(ReadOnlySpan<char> word)
    {
        if (IsBureau(word)) return true;
        foreach (var ending in OfficeEndings)
            if (word.SequenceEqual(ending)) return true;
        return false;
    }

    private const string Bureau = "局";

    /// <summary>A division's government is named from it (E4: 上海市人民政府), where MSRA mostly tags the division alone.</summary>
    private const string Government = "人民政府";

    /// <summary>A county's, district's or state's government by its short name (金门县政府, 西澳大利亚州政府; not 中国政府, a country's).</summary>
    private const string LocalGovernment = "政府";

    /// <summary>The levels whose government <see cref="LocalGovernment"/> names: county, district, state; MSRA leaves a town's (镇政府) untagged.</summary>
    private const string LocalLevels = "区州县";

    private static bool EndsInOffice(ReadOnlySpan<char> name)
    {
        if (name.EndsWith("公司")) return false; // a ministry's 司, not a company's
        foreach (var ending in OfficeEndings)
            if (name.EndsWith(ending) && name.Length > ending.Length) return true;
        // A bureau's division the tagger tagged (就业促进处; alone, 处 ends common nouns too: 好处); not an office named for where it
        // sits, whose place only locates it (锦江区/LOC 春熙路街道办事处/ORG).
        return name.Length > 2 && name[^1] == Division && !name.EndsWith(LocalOffice);
    }

    private const char Division = '处';

    private const string LocalOffice = "办事处";

    /// <summary>Where the untagged nouns and 和 right before <paramref name="at"/> start (at itself when there are none).</summary>
    private static int GapStart(ReadOnlySpan<Token> words, int baseOffset, int[] labels, int at, bool conjunctions)
    {
        int gap = at;
        for (int w = words.Length - 1; w >= 0; w--)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (start >= at) continue;
            if (end != gap || labels[start] != BioesLabels.Outside || !Joins(words[w].Pos) || !conjunctions && words[w].Pos == "c" || at - start > MaxGap) break;
            gap = start;
        }
        return gap;
    }

    /// <summary>jieba's tags of a body's words: nouns, verbal nouns, 和, abbreviations, fixed phrases (自然资源/l), and nt for an office it knows (建设局).</summary>
    private static bool Joins(string pos) => pos is "n" or "vn" or "c" or "nz" or "j" or "nt" or "l";
}
