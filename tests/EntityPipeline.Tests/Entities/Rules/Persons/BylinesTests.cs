using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class BylinesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => Bylines.Tag(t, labels, length), text, tagged);

    [Fact]
    public void Each_name_of_a_byline_is_one_person()
    {
        Assert.Equal(["白云舒 PER"], Apply("本报讯（记者白云舒）昨日开幕。"));
        Assert.Equal(["钟和 PER"], Apply("新华社电（记者 钟和）昨日开幕。", ("钟", EntityType.PER)));
        Assert.Equal(["陆远帆 PER", "欧阳晓 PER"], Apply("本报讯（记者 陆远帆 通讯员 欧阳晓）昨日开幕。", ("陆远", EntityType.PER)));
        Assert.Equal(["马青 PER", "许一舟 PER"], Apply("本报讯（记者马青、许一舟）昨日开幕。"));
    }

    [Fact]
    public void A_span_run_across_a_separator_is_a_name_on_each_side()
    {
        Assert.Equal(["扎西多吉 PER", "林一舟 PER"], Apply("拉萨5日电（记者扎西多吉 林一舟）清晨，", ("扎西多吉 林一舟", EntityType.PER)));
        // The dot inside a transliterated name is no separator.
        Assert.Equal(["林一舟 PER", "阿依古丽·买提 PER"], Apply("喀什5日电（记者林一舟 阿依古丽·买提）清晨，", ("阿依古丽·买提", EntityType.PER)));
    }

    [Fact]
    public void A_transliterated_tibetan_or_yi_name_of_a_byline_is_one_person()
    {
        // Names that open with no surname: parts joined by a dot, two Tibetan elements, a Yi family name and given name.
        Assert.Equal(["热依拉·托合提 PER"], Apply("喀什5日电（记者热依拉·托合提）清晨，", ("热依", EntityType.PER), ("拉·托合提", EntityType.PER)));
        Assert.Equal(["次仁央拉 PER"], Apply("拉萨5日电（记者 次仁央拉）清晨，", ("次仁", EntityType.PER)));
        Assert.Equal(["吉克拉作 PER", "林一舟 PER"], Apply("西昌5日电（记者吉克拉作 林一舟）清晨，", ("吉克", EntityType.PER)));
        // Not a run of other words.
        Assert.Empty(Apply("本报讯（记者站供稿）清晨，"));
    }

    [Fact]
    public void A_photo_credit_s_摄_stays_outside()
    {
        Assert.Equal(["宋立行 PER"], Apply("（新华社记者宋立行摄）"));
    }

    [Fact]
    public void A_span_run_across_the_bracket_keeps_only_what_follows_it()
    {
        Assert.Equal(["白云舒 PER", "交通运输部 ORG"], Apply("北京5日电（记者白云舒）交通运输部昨日发布。", ("日电（记者白云舒）交通运输部", EntityType.ORG)));
        Assert.Equal(["马青 PER", "许一舟 PER", "江南省农业科学院 ORG"],
            Apply("本报讯（记者马青、许一舟）江南省农业科学院昨日发布。", ("许一舟）江南省农业科学院", EntityType.ORG)));
        Assert.Equal(["钟和 PER"], Apply("本报讯（记者钟和）日前，", ("钟和）日", EntityType.ORG)));
    }

    [Fact]
    public void Other_brackets_and_words_that_are_no_name_are_left_alone()
    {
        Assert.Equal([], Apply("这家工厂（原名向阳厂）停产了。"));
        Assert.Equal([], Apply("（记者手记）这是一个夜晚。"));
        Assert.Equal(["北京 LOC"], Apply("（记者从北京获悉）这是一个夜晚。", ("北京", EntityType.LOC)));
    }
}
