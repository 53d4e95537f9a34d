using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class KnownCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(KnownCompanies.Tag, text, tagged);

    [Fact]
    public void A_listed_company_or_a_firm_known_by_name_is_an_organisation()
    {
        Assert.Equal(["海康威视 ORG"], Apply("海康威视发布了新一代摄像机。"));
        Assert.Equal(["中芯国际 ORG", "上海 LOC"], Apply("中芯国际在上海扩建工厂。", ("中", EntityType.LOC), ("上海", EntityType.LOC))); // a span inside gives way
        Assert.Equal(["比亚迪 ORG"], Apply("比亚迪上月销量创新高。", ("比亚迪", EntityType.PER)));
        Assert.Equal(["海康威视股份有限公司 ORG"], Apply("海康威视股份有限公司发布公告。")); // through the company's own words
        Assert.Equal(["华为 ORG", "拼多多 ORG"], Apply("华为和拼多多都发布了财报。")); // firms known by name (CC-CEDICT)
        Assert.Equal(["中信建投证券 ORG"], Apply("中信建投证券发布研报。")); // with its trade
        Assert.Equal(["中超 ORG"], Apply("中超第20轮比赛结束。", ("中", EntityType.LOC))); // a league by its short name
        Assert.Equal(["CBA ORG"], Apply("他回到CBA效力。"));
        Assert.Equal(["上合组织 ORG"], Apply("上合组织峰会在天津举行。")); // an international body by its short name
        Assert.Equal(["应急管理部 ORG"], Apply("应急管理部派出工作组。")); // a ministry named in the 2018 reform
        Assert.Equal(["北交所 ORG"], Apply("两家企业登陆北交所。")); // an exchange founded in 2021
        Assert.Equal(["东部战区 ORG"], Apply("东部战区组织联合巡航。")); // a theatre command of the 2016 reform
        Assert.Equal(["社署 ORG"], Apply("社署助理署长表示，院舍名额将增加。")); // a Hong Kong department by its short name
        Assert.Equal(["蔚来 ORG", "月之暗面 ORG", "OpenAI ORG"], Apply("蔚来、月之暗面和OpenAI宣布合作。")); // firms the project lists
        Assert.Equal(["网易 ORG"], Apply("他接受网易采访。")); // jieba: 网易/n, but the project's list holds no common word
        Assert.Empty(Apply("感谢@网易的支持")); // a handle
        Assert.Equal(["红杉中国 ORG", "易方达基金 ORG"], Apply("红杉中国和易方达基金参与了本轮融资。", ("中国", EntityType.LOC))); // investors
        Assert.Equal(["普华永道 ORG", "德勤 ORG"], Apply("普华永道和德勤发布了报告。", ("普华", EntityType.PER))); // accounting firms
        Assert.Equal(["玛氏 ORG"], Apply("玛氏宣布收购这家宠物医院。", ("玛", EntityType.PER))); // a consumer firm
        Assert.Equal(["汉莎航空 ORG"], Apply("汉莎航空恢复了这条航线。")); // an airline abroad
        Assert.Equal(["上汽大众 ORG"], Apply("上汽大众推出新车。")); // a car joint venture
        Assert.Equal(["世界田联 ORG"], Apply("世界田联公布了新规。")); // a sports federation by its present name
    }

    [Fact]
    public void A_firm_news_writes_in_Latin_script_only_is_an_organisation()
    {
        Assert.Equal(["Omdia ORG"], Apply("根据Omdia发布的报告，面板出货量回升。", ("Omdia", EntityType.PER))); // after 根据, before a verb
        Assert.Equal(["Nomura ORG"], Apply("根据Nomura的研究，日元可能继续走弱。")); // before 的
        Assert.Equal(["Morningstar ORG"], Apply("Morningstar给予该基金五星评级。")); // opening the sentence
        Assert.Equal(["Euromonitor ORG"], Apply("据Euromonitor统计，咖啡消费增长明显。")); // after 据
        Assert.Equal(["Temasek ORG"], Apply("由Temasek牵头的财团完成了收购。", ("Temasek", EntityType.PER))); // after 由; the tagger's person
        Assert.Equal(["Stripe ORG", "Shopify ORG", "Snowflake ORG"], Apply("Stripe、Shopify和Snowflake都公布了财报。")); // a list
        Assert.Equal(["Cirium ORG"], Apply("Cirium的数据显示航班准点率回升。", ("Cirium", EntityType.PER)));
        Assert.Equal(["EDG ORG", "RNG ORG"], Apply("EDG在决赛中负于RNG。")); // esports teams by their short forms
        Assert.Equal(["TES ORG", "WBG ORG", "FPX ORG"], Apply("TES、WBG和FPX晋级季后赛。"));
    }

    [Fact]
    public void A_Latin_firm_name_with_a_space_inside_is_one_organisation()
    {
        Assert.Equal(["Sensor Tower ORG"], Apply("Sensor Tower的数据显示，这款游戏上月收入居首。", ("Sensor Tower", EntityType.PER)));
        Assert.Equal(["S&P Global ORG"], Apply("据S&P Global预测，油价将回落。", ("S&P", EntityType.ORG))); // a span inside gives way
        Assert.Equal(["Warner Bros ORG"], Apply("Warner Bros宣布新片定档。", ("Warner Bros", EntityType.PER)));
        Assert.Equal(["Knight Frank ORG", "Savills ORG"], Apply("Knight Frank与Savills联合发布调查。", ("Knight Frank", EntityType.PER)));
        Assert.Equal(["Epic Games ORG"], Apply("Epic Games起诉了这家公司。", ("Epic", EntityType.PER)));
        Assert.Empty(Apply("他是Sensor  Tower的员工。")); // two spaces: no listed name
    }

    [Fact]
    public void A_Latin_firm_name_inside_a_longer_Latin_word_or_name_is_left_to_the_tagger()
    {
        Assert.Equal(["HSBC ORG"], Apply("HSBC的内部代码是HSBCX。")); // the name alone, not inside a longer Latin word
        Assert.Equal(["HSBC Holdings ORG"], Apply("他在HSBC Holdings工作多年。", ("HSBC Holdings", EntityType.ORG))); // inside a longer name
        Assert.Empty(Apply("这台设备的T1指标达标。")); // T1 is left out: a common acronym (terminals, tiers)
        Assert.Empty(Apply("网点的UPS电源需要更换。")); // UPS is left out: a power supply
        Assert.Empty(Apply("公司的IDC业务收入增长两成。")); // IDC is left out: the internet data centre as often as the research firm
    }

    [Fact]
    public void A_university_research_body_or_hospital_by_its_short_name_is_an_organisation()
    {
        Assert.Equal(["同济 ORG"], Apply("同济的学生参加了比赛。"));
        Assert.Equal(["川大 ORG"], Apply("川大的专家团队发布了成果。", ("川", EntityType.LOC))); // a span inside gives way
        Assert.Equal(["成电 ORG", "港科大 ORG"], Apply("成电和港科大签署了合作协议。", ("港", EntityType.LOC))); // the longest name: 港科大, not 科大
        Assert.Equal(["中科院 ORG", "社科院 ORG"], Apply("中科院和社科院的专家出席。")); // research bodies
        Assert.Equal(["协和 ORG"], Apply("协和的医生介绍了病情。")); // a hospital news names by its short name alone
        Assert.Equal(["北大医院 ORG"], Apply("北大医院的专家会诊。")); // the hospital, not 北大 in it
    }

    [Fact]
    public void A_Hong_Kong_or_Macao_government_body_by_its_full_name_is_one_organisation()
    {
        // The tagger cuts a bureau's name at 及 (商务/ORG 及 经济发展局/ORG): the listed name joins them.
        Assert.Equal(["商务及经济发展局 ORG"], Apply("昨日，商务及经济发展局公布了支援中小企的新措施。",
            ("商务", EntityType.ORG), ("经济发展局", EntityType.ORG)));
        Assert.Equal(["财经事务及库务局 ORG"], Apply("财经事务及库务局发表声明，回应市场关注。")); // opening the sentence
        Assert.Equal(["标准及校正实验所 ORG"], Apply("标准及校正实验所为本地企业提供校准服务。"));
        Assert.Equal(["渔农自然护理署 ORG", "郊野公园 LOC"], Apply("渔农自然护理署提醒市民，郊野公园部分路段暂时关闭。",
            ("渔农", EntityType.LOC), ("郊野公园", EntityType.LOC))); // a span inside gives way
        Assert.Equal(["证监会 ORG", "贸发局 ORG"], Apply("证监会与贸发局合办了一场投资者讲座。")); // statutory bodies by their short names
        Assert.Equal(["地球物理暨气象局 ORG"], Apply("地球物理暨气象局预计周末天气转凉。"));
        Assert.Equal(["统计暨普查局 ORG"], Apply("统计暨普查局公布了第三季的就业调查结果。"));
        Assert.Equal(["消防及救护学院 ORG"], Apply("消防及救护学院今年共有两百名学员结业。"));
        Assert.Equal(["澳门街坊会联合总会 ORG"], Apply("长者可向澳门街坊会联合总会的服务中心查询。", ("澳门", EntityType.LOC)));
        Assert.Equal(["教育及青年发展局 ORG"], Apply("教育及青年发展局宣布全澳学校明日停课。"));
    }

    [Fact]
    public void A_body_glued_to_its_heads_title_is_an_organisation_before_it()
    {
        // jieba: 商务/及/经济/发展/局局长, the bureau's last character glued to its head's title.
        Assert.Equal(["商务及经济发展局 ORG", "丘应桦 PER"], Apply("商务及经济发展局局长丘应桦出席了论坛。",
            ("商务", EntityType.ORG), ("经济发展局", EntityType.ORG), ("丘应桦", EntityType.PER)));
        Assert.Equal(["政府统计处 ORG"], Apply("政府统计处处长表示，新数据将于下月公布。")); // 政府/统计/处处长
        Assert.Equal(["民政及青年事务局 ORG"], Apply("民政及青年事务局局长今天探访了长者中心。"));
    }

    [Fact]
    public void A_news_outlet_is_an_organisation_by_its_longest_name()
    {
        Assert.Equal(["财新 ORG", "封面新闻 ORG"], Apply("财新和封面新闻的记者赶到现场。"));
        Assert.Equal(["央视新闻 ORG"], Apply("央视新闻客户端发布了视频。", ("央视", EntityType.ORG))); // not 央视 alone
        Assert.Equal(["网易新闻 ORG"], Apply("网易新闻推送了这条消息。")); // not the firm 网易 alone
        Assert.Equal(["日本经济新闻 ORG"], Apply("日本经济新闻援引知情人士的话说，谈判仍在继续。", ("日本", EntityType.LOC))); // the country inside gives way
        Assert.Equal(["极目新闻 ORG", "上游新闻 ORG"], Apply("极目新闻、上游新闻都转载了这篇稿件。"));
        Assert.Equal(["云南日报 ORG"], Apply("道歉声明刊登在《云南日报》上。")); // the paper inside book-title marks
    }

    [Fact]
    public void A_news_outlet_left_out_of_the_list_is_left_to_the_tagger()
    {
        Assert.Empty(Apply("看到这一幕，他心潮澎湃。")); // 澎湃 is a common word
        Assert.Empty(Apply("新版软件的界面更简洁。")); // 界面 too
        Assert.Empty(Apply("他每天早上看每日新闻。")); // 每日新闻 (Mainichi) is left out: a common phrase
    }

    [Fact]
    public void A_name_jieba_glued_to_a_function_character_is_an_organisation()
    {
        Assert.Equal(["川大 ORG"], Apply("他后来到川大任教多年。")); // jieba: 到川大, one word
        Assert.Equal(["川大 ORG"], Apply("她去年从川大毕业。")); // 从川大
        Assert.Equal(["华科 ORG", "川大 ORG"], Apply("学生从华科和川大毕业。")); // 从华科
        Assert.Equal(["英伟达 ORG"], Apply("市场对英伟达的期待很高。")); // 对英伟达
        Assert.Equal(["世卫组织 ORG"], Apply("专家向世卫组织提交了报告。")); // 向世卫
        Assert.Equal(["招行 ORG"], Apply("招行为客户提供贷款。")); // 招/行为
        Assert.Equal(["北交所 ORG"], Apply("北交所在北京设立。")); // 北交/所在
        Assert.Equal(["亚投行 ORG"], Apply("亚投行为项目融资。")); // 亚投/行为, no company words after it
        Assert.Equal(["361度 ORG"], Apply("另一家鞋企，361度则在南美开设了门店。")); // 361/度则: an adverb opening the predicate
        Assert.Equal(["澎湃新闻 ORG"], Apply("据澎湃新闻报道，该校已启动调查。")); // 澎湃/新闻报道: an outlet glued to 报道
        Assert.Empty(Apply("这篇新闻报道引起了关注。")); // 新闻报道 alone names no outlet
    }

    [Fact]
    public void A_span_the_tagger_opened_at_the_function_character_before_a_listed_name_gives_the_name()
    {
        Assert.Equal(["卫健委 ORG"], Apply("记者从卫健委获悉，相关工作正在推进。", ("从卫健委", EntityType.PER)));
        Assert.Equal(["最高检 ORG", "中国地震台网 ORG"], Apply("最高检通报案情，中国地震台网发布测定结果。", ("中国", EntityType.LOC)));
    }

    [Fact]
    public void A_name_glued_to_more_than_a_function_character_is_left_to_the_tagger()
    {
        Assert.Empty(Apply("郑大和川大联合举办了论坛。")); // jieba: 郑大和川/大; 郑大和 is left of the word
        Assert.Empty(Apply("他在江川大道散步。")); // not a function character
    }

    [Fact]
    public void A_short_name_inside_a_longer_name_or_a_common_word_is_left_to_the_tagger()
    {
        Assert.Empty(Apply("同济大学发布了招生计划。")); // 同济 is no whole word of 同济大学
        Assert.Equal(["同济大学 ORG"], Apply("同济大学发布了招生计划。", ("同济大学", EntityType.ORG)));
        Assert.Equal(["同济大学附属同济医院 ORG"], Apply("同济大学附属同济医院的医生介绍了病情。", ("同济大学附属同济医院", EntityType.ORG)));
        Assert.Empty(Apply("这是一次重大的突破。")); // 重大 (Chongqing University) is left out: a common word
        Assert.Empty(Apply("上交材料的截止日期是周五。")); // 上交 (Shanghai Jiao Tong) is left out: a common verb
    }

    [Fact]
    public void Common_words_places_and_longer_names_are_left_to_the_tagger()
    {
        Assert.Empty(Apply("工厂里的机器人越来越多。")); // a stock's name that is a common word of jieba's
        Assert.Empty(Apply("他照例百事不问。")); // 百事 is left out of the project's list: a common word
        Assert.Equal(["王府井 LOC"], Apply("我们在王府井逛街。", ("王府井", EntityType.LOC))); // the tagger's place
        Assert.Equal(["杭州海康威视数字技术股份有限公司 ORG"], Apply("杭州海康威视数字技术股份有限公司发布公告。",
            ("杭州海康威视数字技术股份有限公司", EntityType.ORG))); // inside a longer name
    }
}
