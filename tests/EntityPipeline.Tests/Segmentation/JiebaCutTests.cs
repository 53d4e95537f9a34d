using System.Text.RegularExpressions;
using EntityPipeline.Segmentation;
using EntityPipeline.Text;
using EntityPipeline.Training.Corpora;
using JiebaNet.Segmenter;

namespace EntityPipeline.Tests.Segmentation;

public sealed class JiebaCutTests
{
    [Theory]
    [InlineData("")]
    [InlineData("中华人民共和国成立了")]
    [InlineData("我来到北京清华大学，Hello World! 2024年GDP增长5.5%。")]
    [InlineData("ＧＤＰ增长５．５％，达到４万亿元；Ｃ＃与ｊａｖａ")] // full-width, as jieba gets it unfolded
    [InlineData("  上海\t浦东\r\n新区\n\r\u3000 ok  \u00A0end\r")] // white space words, "\r\n" as one
    [InlineData("他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所，后在日本京都大学深造")] // words the HMM finds
    [InlineData("鑫垚淼焱犇骉羴说昨天晚上蕤葳菁菁们都去了")] // long runs of characters the dictionary leaves single
    [InlineData("鑫垚3.5%淼焱a1.2.3b犇_骉·羴-x+y#z&w")] // single characters and Latin mixed in one run for the HMM
    [InlineData("C#与.NET 3.14% 1.5.3版 x_y-z·w a&b 100%")]
    [InlineData("《红楼梦》——“你好”！？……（一）【二】〔三〕")]
    [InlineData("𠀀𠀁字和㐀㐁，陳冠希在臺灣說")] // outside the Chinese range jieba cuts: surrogates, extension A, traditional
    [InlineData("李小福是创新办主任也是云计算方面的专家; 什么是八一双鹿\n例如我输入一个带“韩玉赏鉴”的标题")]
    public void Words_are_jieba_NETs(string text) =>
        Assert.Equal(JiebaReference.Expected(text), JiebaReference.Actual(text));

    [Fact]
    public void Words_are_jieba_NETs_on_random_mixed_text()
    {
        // Characters common and rare, Latin, digits, the punctuation jieba keeps in a run, and white space, in random strings
        const string alphabet = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感鑫垚淼焱犇骉羴蕤葳菁abcXYZ0123456789+#&._%·-，。、 \t\r\nＡ５";
        var random = new Random(21);
        var texts = Enumerable.Range(0, 3000).Select(_ =>
            new string([.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        Assert.Null(JiebaReference.FirstDifference(texts));
    }

    [Fact]
    public void Its_character_classes_are_jieba_NETs_regular_expressions()
    {
        // The patterns of jieba.NET 0.42.2's JiebaSegmenter.RegexChineseDefault and FinalSeg.Viterbi's RegexChinese
        var block = new Regex(@"^[\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]$");
        var han = new Regex(@"^[\u4E00-\u9FD5]$");
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            Assert.True(block.IsMatch(text) == CutCharacters.InBlock((char)c), $"U+{c:X4} in a block");
            Assert.True(han.IsMatch(text) == CutCharacters.IsHan((char)c), $"U+{c:X4} Chinese");
        }
    }

    [Fact]
    public void The_dictionary_counts_as_jieba_NETs()
    {
        JiebaResources.EnsureLoaded();
        var jieba = WordDictionary.Instance;
        var ours = JiebaResources.Dictionary;
        Assert.Equal(jieba.Total, ours.Total);
        foreach (var word in new[] { "中华人民共和国", "中华人民", "中华", "中", "鑫垚淼", "", "GDP", "上海市", "的" })
        {
            Assert.Equal(jieba.ContainsWord(word), ours.ContainsWord(word));
            Assert.Equal(jieba.GetFreqOrDefault(word), ours.CountOrOne(word));
        }
    }

    [Fact]
    public void Each_word_has_the_tag_of_its_last_line_with_one_in_dict_txt()
    {
        JiebaResources.EnsureLoaded();
        var expected = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(JiebaResources.DefaultDirectory, "dict.txt")))
            if (line.Split(' ') is [var word, _, var tag, ..]) expected[word] = tag;
        Assert.True(expected.Count > 300_000);
        var lexicon = JiebaResources.PosLexicon;
        Assert.All(expected, e => Assert.Equal(e.Value, lexicon.Tag(e.Key)));
    }

    [Fact]
    public void A_damaged_dictionary_line_names_the_file_and_line()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "dict.txt");
        File.WriteAllText(path, "中国 100 ns\r\n中国人 many n\n");
        var e = Assert.Throws<InvalidDataException>(() => JiebaDictionary.Load(path));
        Assert.Contains("dict.txt:2:", e.Message);
    }

    [Fact]
    public void Prefixes_of_words_are_in_the_dictionary_with_count_0_and_the_last_line_gives_the_count()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "dict.txt");
        File.WriteAllText(path, "中国人 30 n\r中国 100 ns\n中国人 50\n单\n");
        var dictionary = JiebaDictionary.Load(path);
        Assert.True(dictionary.TryGetCount("中", out int prefix) && prefix == 0);
        Assert.False(dictionary.ContainsWord("中"));
        Assert.Equal(1, dictionary.CountOrOne("中"));
        Assert.Equal(50, dictionary.CountOrOne("中国人"));
        Assert.Equal("n", dictionary.Tag("中国人")); // a line without a tag keeps the earlier line's
        Assert.Equal(180, dictionary.Total);
        Assert.False(dictionary.TryGetCount("单", out _)); // a line of one field is no entry
    }

    [SkippableFact]
    public void Words_are_jieba_NETs_on_the_corpora_dev_text_raw_and_folded()
    {
        string[] files =
        [
            "corpora/msra_ner/msra_dev.bio", "corpora/peoples_daily_1998_01/199801_dev.txt", "corpora/cluener2020/dev.json",
            "corpora/weibo_ner/weiboNER_2nd_conll.dev", "corpora/resume_ner/dev.char.bmes",
        ];
        foreach (var file in files)
        {
            var texts = CorpusFile.Detect(SharedData.Require(file)).Read().Select(s => s.Text).ToList();
            Assert.NotEmpty(texts);
            Assert.Null(JiebaReference.FirstDifference(texts.Concat(texts.Select(CharFold.Fold))));
        }
    }
}
