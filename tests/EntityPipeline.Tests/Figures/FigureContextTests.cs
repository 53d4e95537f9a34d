using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Figures;
using EntityPipeline.Text;
using static EntityPipeline.Tests.Figures.FigureTestKit;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Tests.Figures;

/// <summary>Periods that hold beyond their sentence, spans of time as periods, and the sides of a score (GUIDELINES F7, F9).</summary>
public sealed class FigureContextTests
{
    [Fact]
    public void A_year_the_lead_states_holds_for_later_figures_that_state_none()
    {
        const string text = "某银行业绩显著\n本报讯2022年，某银行实现利润30亿元。存款余额达800亿元。今年，该行计划新增贷款100亿元。";
        Assert.Equal("2022年", FigureTestKit.Single(text, "30亿元").Period);
        Assert.Equal("2022年", FigureTestKit.Single(text, "800亿元").Period);
        Assert.Equal("今年", FigureTestKit.Single(text, "100亿元").Period);                  // a time of its own wins
        // A year the lead states by a word carries as a dated one does; a comparison base (比去年) does not.
        const string word = "某县经济平稳\n本报讯去年，全县生产总值增长6%。新增就业3200人。";
        Assert.Equal("去年", FigureTestKit.Single(word, "3200人").Period);
        Assert.Equal("", FigureTestKit.Single("某县经济平稳\n本报讯全县生产总值比去年增长6%。新增就业3200人。", "3200人").Period);
        // So does a half-year, with its year where the lead states one.
        Assert.Equal("上半年", FigureTestKit.Single("车市\n某市二手车市场上半年完成交易6.8万辆。二手车外迁2.4万辆。", "2.4万辆").Period);
        Assert.Equal("今年上半年", FigureTestKit.Single("车市\n某市二手车市场今年上半年完成交易6.8万辆。二手车外迁2.4万辆。", "2.4万辆").Period);
    }

    [Fact]
    public void The_span_since_an_event_is_the_period_when_nothing_else_states_one()
    {
        Assert.Equal("扩围一年来", FigureTestKit.Single("试点扩围一年来，全省已有7家平台企业纳入保障。", "7家").Period);
        Assert.Equal("成立5年来", FigureTestKit.Single("公司成立5年来累计申请专利1100余项。", "1100余项").Period);
        Assert.Equal("启动半年以来", FigureTestKit.Single("甲市免费筛查工作启动半年以来，累计筛查3.6万人。", "3.6万人").Period);
        // A since-phrase that opens with its start date holds it.
        Assert.Equal("自2020年以来", FigureTestKit.Single("自2020年以来，全市累计引进人才3.2万人。", "3.2万人").Period);
        Assert.Equal("自2018年开展联合监测以来", FigureTestKit.Single("研究团队8日宣布，自2018年开展联合监测以来，已累计记录候鸟240种。", "240种").Period);
        // A bare span (5年来，…) is no event's, and a time the sentence states wins.
        Assert.Equal("", FigureTestKit.Single("5年来，甲地实现10个城市扫码通行。", "10个").Period);
        Assert.Equal("今年春运", FigureTestKit.Single("今年春运开启24天来，机场累计保障航班起降3.46万架次。", "3.46万架次").Period);
    }

    [Fact]
    public void What_a_body_has_now_holds_now()
    {
        Assert.Equal("现有", FigureTestKit.Single("全县现有乡村客运线路76条，日均发班约430班次。", "76条").Period);
        Assert.Equal("现有", FigureTestKit.Single("全县现有乡村客运线路76条，日均发班约430班次。", "约430班次").Period);
        // Not the tail of another word (发现有), nor existing (在现有基础上).
        Assert.Equal("", FigureTestKit.Single("检查组发现有12家餐馆未公示许可证。", "12家").Period);
        Assert.Equal("", FigureTestKit.Single("公司计划在现有基础上再增产15%。", "15%").Period);
    }

    [Theory]
    [InlineData("当周全省报告腹泻病例聚集疫情14起。", "14起", "当周")]
    [InlineData("首日全市共接种疫苗2650剂。", "2650剂", "首日")]
    [InlineData("连日来，全市最高气温持续在38℃以上。", "38℃", "连日来")]
    [InlineData("雪场本雪季新开放雪道7条。", "7条", "本雪季")]
    [InlineData("协会预测，本产季甲国柑橘出口量将达3.2万吨。", "3.2万吨", "本产季")]
    [InlineData("本航段共下潜19次。", "19次", "本航段")]
    [InlineData("本季联赛共有14支球队参赛。", "14支", "本季")]
    [InlineData("据监测，上周鸡蛋平均批发价为每公斤9.8元。", "每公斤9.8元", "上周")]
    [InlineData("今冬全县12家热源厂的供热面积达到640万平方米。", "640万平方米", "今冬")]
    [InlineData("甲市今冬明春农田水利工程开工，计划整修塘坝31座。", "31座", "今冬明春")]
    [InlineData("据测算，去冬今春全省降水偏少近三成。", "近三成", "去冬今春")]
    public void Time_words_with_no_numeral_are_periods(string text, string figure, string period) =>
        Assert.Equal(period, FigureTestKit.Single(text, figure).Period);

    [Fact]
    public void What_is_estimated_for_a_year_holds_in_it()
    {
        var figure = FigureTestKit.Single("全县油菜种植面积今年预计达到42万亩。", "42万亩");
        Assert.Equal("今年", figure.Period);
        Assert.Equal("油菜种植面积", figure.Metric);
        // The day of a release is still not when what it estimates holds (今天预计, GUIDELINES F7).
        Assert.Equal("", FigureTestKit.Single("气象台今天预测，最高气温将达39℃。", "39℃").Period);
    }

    [Fact]
    public void An_events_own_length_holds_at_no_other_time()
    {
        Assert.Equal("", FigureTestKit.Single("警方今年3月起开展为期3个月的防骗宣传行动。", "3个月").Period);
        Assert.Equal("", FigureTestKit.Single("考察队21日返回上海，历时161天。", "161天").Period);
        // A span of time measured for a body still holds when it is stated (今年人均停留6.4天).
        Assert.Equal("今年", FigureTestKit.Single("今年游客人均停留6.4天。", "6.4天").Period);
    }

    [Fact]
    public void A_cut_off_holds_over_the_occasion_it_counts_up_to()
    {
        Assert.Equal("截至16日18时", FigureTestKit.Single("截至16日18时，本轮降雪已造成全县1.3万人受灾。", "1.3万人").Period);
        Assert.Equal("本轮", FigureTestKit.Single("本轮共发放购车指标2400个。", "2400个").Period);
    }

    [Fact]
    public void The_whole_year_restates_a_lead_that_states_a_year()
    {
        const string text = "甲市人口公报\n截至2025年末，甲市常住人口为980万人。全年出生人口6.2万人。\n从年龄结构看，全市60岁及以上人口占18.2%。";
        Assert.Equal("2025年末", FigureTestKit.Single(text, "18.2%").Period);
    }

    [Fact]
    public void A_time_that_opens_its_sentence_frames_the_rest_of_its_paragraph()
    {
        const string text = "省财政厅作报告。2024年，全省财政收入完成3862亿元。全省财政支出8930亿元，民生支出占78.6%。\n今年全省计划增长4%。";
        Assert.Equal("2024年", FigureTestKit.Single(text, "8930亿元").Period);
        Assert.Equal("2024年", FigureTestKit.Single(text, "78.6%").Period);
        Assert.Equal("活动期间", FigureTestKit.Single("电商节落幕。活动期间，全县网络零售额达到3.6亿元。县里组织386名主播直播带货。", "386名").Period);
        // Not beyond its paragraph, nor after a sentence that states a time of its own.
        Assert.Equal("", FigureTestKit.Single(text + "\n全省有217个在建项目。", "217个").Period);
        Assert.Equal("", FigureTestKit.Single("公司作报告。2024年，公司营收增长5%。目前公司有员工300人。员工平均年龄35岁。", "35岁").Period);
        // Not a day or a month's end: the event it dates is over by the next sentence.
        Assert.Equal("", FigureTestKit.Single("省里作报告。今年7月底，示范区挂牌成立。示范区占地面积19.5平方公里。", "19.5平方公里").Period);
        Assert.Equal("", FigureTestKit.Single("省里作报告。9月28日，高铁开通运营。高铁全长278公里。", "278公里").Period);
    }

    [Fact]
    public void The_value_a_change_starts_from_holds_at_the_time_its_phrase_states_and_no_other()
    {
        const string text = "医院发布报告。今年患者平均住院日由上年的7.2天缩短至6.5天。";
        Assert.Equal("上年", FigureTestKit.Single(text, "7.2天").Period);
        Assert.Equal("今年", FigureTestKit.Single(text, "6.5天").Period);
        Assert.Equal("集采前", FigureTestKit.Single("今年每支价格由集采前的46.8元降至12.5元。", "46.8元").Period);
        // A first value with no time of its own holds at none: the sentence's time is the new value's.
        const string bare = "今年讲解员由12名增加到20名。";
        Assert.Equal("", FigureTestKit.Single(bare, "12名").Period);
        Assert.Equal("今年", FigureTestKit.Single(bare, "20名").Period);
        // A date states the first value's time as a time word does.
        const string dated = "今年公办园幼儿占比由2021年的41%提高到56.3%。";
        Assert.Equal("2021年", FigureTestKit.Single(dated, "41%").Period);
        Assert.Equal("今年", FigureTestKit.Single(dated, "56.3%").Period);
        Assert.Equal("2022年11月", FigureTestKit.Single("均价已从2022年11月的近60万元回落至目前的7.6万元。", "近60万元").Period);
        // Nor does it end the lead's time: 上年 above is a base, not a time of the sentence's own.
        const string lead = "医院发布报告。去年门诊量达286万人次。\n住院日由上年的7.2天缩短至6.5天。床位使用率保持在95%左右。";
        Assert.Equal("去年", FigureTestKit.Single(lead, "95%").Period);
    }

    [Fact]
    public void A_structures_dimensions_hold_on_no_day()
    {
        // Built dimensions and cost hold as long as the bridge stands, not on the day it opened; what it carries that day does.
        const string text = "某大桥今天正式通车。大桥全长6.8公里，主跨1260米，总投资约86亿元。首日车流量约3.2万辆次。";
        Assert.Equal("", FigureTestKit.Single(text, "6.8公里").Period);
        Assert.Equal("", FigureTestKit.Single(text, "1260米").Period);
        Assert.Equal("", FigureTestKit.Single(text, "约86亿元").Period);
        Assert.Equal("当天", FigureTestKit.Single("某线路今天开通，线路全长31.7公里，当天客流12万人次。", "12万人次").Period);
        // A year is still when a total holds (今年绿道项目总投资).
        Assert.Equal("今年", FigureTestKit.Single("今年绿道项目总投资12亿元。", "12亿元").Period);
        // So do a craft's specifications.
        const string launch = "某型火箭今天首飞成功。该火箭芯级直径3.35米，起飞质量约200吨。";
        Assert.Equal("", FigureTestKit.Single(launch, "3.35米").Period);
        Assert.Equal("", FigureTestKit.Single(launch, "约200吨").Period);
        // And a building's or vessel's size and capacity; riders carried on a day are that day's.
        const string opening = "县医院新院区启用\n经过近三年建设，某县人民医院新院区今天正式启用。新院区占地80亩，总建筑面积9.5万平方米，开放床位900张，设有停车位600个。";
        Assert.Equal("", FigureTestKit.Single(opening, "80亩").Period);
        Assert.Equal("", FigureTestKit.Single(opening, "9.5万平方米").Period);
        Assert.Equal("", FigureTestKit.Single(opening, "900张").Period);
        Assert.Equal("", FigureTestKit.Single(opening, "600个").Period);
        Assert.Equal("今天", FigureTestKit.Single("轻轨恢复运营\n某市轻轨今天恢复运营，单日载客5.1万人次。", "5.1万人次").Period);
    }

    [Fact]
    public void A_window_of_half_a_year_is_not_the_time_word_within_it() =>
        Assert.Equal("", FigureTestKit.Single("毕业生工作半年内离职率不足一成。", "一成").Period);

    [Fact]
    public void A_place_in_a_sequence_holds_at_no_time_and_a_rank_when_it_is_stated()
    {
        Assert.Equal("", FigureTestKit.Single("这是该集团今年交付的第21艘船舶。", "第21艘").Period);
        Assert.Equal("", FigureTestKit.Single("2022年6月14日\n今天是第19个世界献血者日。", "第19个").Period);
        Assert.Equal("今年第三季度", FigureTestKit.Single("今年第三季度，星澜手机以18.6%的份额位居第一。", "第一").Period);
    }

    [Fact]
    public void A_rules_figures_hold_from_when_the_rule_starts_and_at_no_time_the_report_states()
    {
        // The year the report is about is not the rule's; the day the rule starts from is.
        const string report = "去年，全市共发生森林火情5起。按照规定，擅自在林区野外用火的，可处200元至3000元罚款。";
        Assert.Equal("去年", FigureTestKit.Single(report, "5起").Period);
        Assert.Equal("", FigureTestKit.Single(report, "200元至3000元").Period);
        Assert.Equal("", FigureTestKit.Single("今年有1.5万名学生兼职，按规定每周工作时间不得超过25小时。", "25小时").Period);
        Assert.Equal("自明年3月1日起", FigureTestKit.Single("自明年3月1日起，拒不改正的，处50元至200元罚款。", "50元至200元").Period);
        Assert.Equal("供暖期间", FigureTestKit.Single("供暖期间居民卧室温度不得低于18℃。", "18℃").Period);
        // Advice is a norm too: the year the report states is not when it holds.
        const string advice = "2024年全市无偿献血9万人次。血站提示，健康成年人单次献全血200毫升至400毫升。";
        Assert.Equal("2024年", FigureTestKit.Single(advice, "9万人次").Period);
        Assert.Equal("", FigureTestKit.Single(advice, "200毫升至400毫升").Period);
    }

    [Fact]
    public void A_standards_bound_holds_at_no_time_its_clause_does_not_state()
    {
        // The year of the sentence before, or of the sentence's first clause, is not when a standard holds.
        const string report = "今年全区参与培训的游泳馆有23个。每名教练员同时带教学员不超过8人。";
        Assert.Equal("今年", FigureTestKit.Single(report, "23个").Period);
        Assert.Equal("", FigureTestKit.Single(report, "8人").Period);
        Assert.Equal("", FigureTestKit.Single("今年全县新建食堂12个，学生午餐每餐供应蔬菜不少于150克。", "150克").Period);
        // A bound its own clause dates is that time's.
        Assert.Equal("全年", FigureTestKit.Single("剧院今年推出新剧5部，全年演出不少于350场。", "350场").Period);
    }

    [Fact]
    public void A_stated_standard_holds_at_no_time_its_clause_does_not_state()
    {
        const string report = "今年1至6月，全区助餐点服务老人20万人次。老年食堂午餐标准为每份12元，每株树木养护补助标准为60元。";
        Assert.Equal("今年1至6月", FigureTestKit.Single(report, "20万人次").Period);
        Assert.Equal("", FigureTestKit.Single(report, "每份12元").Period);
        Assert.Equal("", FigureTestKit.Single(report, "60元").Period);
        // A standard its own clause dates is that time's.
        Assert.Equal("今年", FigureTestKit.Single("去年全县新增牧场3个。今年禁牧补助标准为每亩8元。", "每亩8元").Period);
    }

    [Fact]
    public void A_span_of_time_that_measures_nothing_is_nobodys()
    {
        var span = FigureTestKit.Attached("江南省社会消费品零售总额达到3.42万亿元，总量连续4年居全国第二位。", ("江南省", EntityType.LOC)).Single(f => f.Value == "4");
        Assert.Equal(("", ""), (span.Metric, span.Subject));
        // Nor does a time within which something happens (未来3年内, 接单后2小时之内), unlike a limit that is itself measured (15秒以内).
        var window = FigureTestKit.Attached("青禾县计划在未来3年内新建乡村驿站40座。", ("青禾县", EntityType.LOC)).Single(f => f.Value == "3");
        Assert.Equal(("", "", ""), (window.Metric, window.Subject, window.Period));
        Assert.Equal("", FigureTestKit.Single("维修人员接单后2小时之内上门。", "2小时").Metric);
        // A person's age is the person's; the years since which a body acts are the body's (GUIDELINES' own page).
        Assert.Equal("林昭远", FigureTestKit.Attached("21岁的林昭远首次夺冠。", ("林昭远", EntityType.PER)).Single(f => f.Value == "21").Subject);
        Assert.Equal("三省一市", FigureTestKit.Attached("5年来，三省一市率先探索跨省通办。", ("三省一市", EntityType.LOC)).Single(f => f.Value == "5").Subject);
    }

    [Fact]
    public void A_cohort_the_lead_states_holds_for_later_figures()
    {
        const string text = "某大学发布毕业生就业质量报告。该校2023届共有毕业生8426人。毕业去向落实率为93.6%。";
        Assert.Equal("2023届", FigureTestKit.Single(text, "8426人").Period);
        Assert.Equal("2023届", FigureTestKit.Single(text, "93.6%").Period);
    }

    [Fact]
    public void A_span_up_to_now_the_lead_opens_with_holds_for_later_figures()
    {
        const string text = "记者从甲市公安局获悉，今年以来全市共破获诈骗案件1200起。从案情看，年轻人约占四成。";
        Assert.Equal("今年以来", FigureTestKit.Single(text, "四成").Period);
        // Inside a comparison (the highest of the cases so far) it frames nothing after it.
        const string record = "海关查获冻肉3800箱，是今年以来同类案件中最多的。海关拘捕了2名男子。";
        Assert.Equal("", FigureTestKit.Single(record, "2名").Period);
    }

    [Fact]
    public void A_lead_that_only_sets_the_occasion_leaves_the_time_to_the_sentence_after_it()
    {
        const string text = "今天是全国助残日。甲市残联发布数据，2024年全市新增康复机构12家。每万人拥有康复床位3.5张。";
        Assert.Equal("2024年", FigureTestKit.Single(text, "3.5张").Period);
    }

    [Fact]
    public void What_holds_from_a_date_on_holds_from_then()
    {
        Assert.Equal("从8月1日起", FigureTestKit.Single("从8月1日起，全市还将有3个考场开通夜间考试。", "3个").Period);
        // A change's start is no period of the level it reaches.
        Assert.Equal("", FigureTestKit.Single("票价从3月1日的5元调至8元。", "8元").Period);
    }

    [Fact]
    public void The_level_a_recovery_is_measured_against_is_no_period()
    {
        Assert.Equal("去年", FigureTestKit.Single("去年访港旅客4450万人次，恢复至2018年水平的七成。", "七成").Period);
        // Nor is what a multiple is of.
        const string multiple = "截至9月底，某县建成公共充电桩920个，是2021年底的2.8倍，其中快充桩310个。";
        Assert.Equal("截至9月底", FigureTestKit.Single(multiple, "2.8倍").Period);
        Assert.Equal("截至9月底", FigureTestKit.Single(multiple, "310个").Period);
        Assert.Equal("今年一季度", FigureTestKit.Single("今年一季度，某景区接待游客86万人次，为去年同期的1.6倍。", "1.6倍").Period);
    }

    [Fact]
    public void When_an_activity_lasts_to_is_no_period()
    {
        const string text = "今年某镇春茶开采从3月中旬持续至4月底，春茶产量约800吨。全镇茶园共2万亩。";
        Assert.Equal("今年", FigureTestKit.Single(text, "约800吨").Period);
        // Nor the lead's, for the later sentences.
        Assert.Equal("今年", FigureTestKit.Single(text, "2万亩").Period);
    }

    [Fact]
    public void A_cut_off_at_a_day_word_keeps_its_hour()
    {
        Assert.Equal("截至今天16时", FigureTestKit.Single("截至今天16时，全省已有37个县发布预警。", "37个").Period);
    }

    [Fact]
    public void A_holidays_length_inside_its_name_is_a_figure_of_its_own_not_part_of_the_period()
    {
        const string text = "端午3天假期，全市共接待游客86万人次。";
        Assert.Equal("端午假期", FigureTestKit.Single(text, "86万人次").Period);
        Assert.Equal("", FigureTestKit.Single(text, "3天").Period);
    }

    [Fact]
    public void A_plans_year_is_not_when_its_share_holds()
    {
        // 全年 is the plan's span: the share done holds when the sentence says, and so do the lead's later figures.
        const string text = "本报讯 记者从某铜业公司获悉，该矿今年前三季度累计采出矿石412万吨，完成全年计划的78%。矿石平均品位为0.92%。";
        Assert.Equal("今年前三季度", FigureTestKit.Single(text, "78%").Period);
        Assert.Equal("今年前三季度", FigureTestKit.Single(text, "0.92%").Period);
        Assert.Equal("今年1至10月", FigureTestKit.Single("公司今年1至10月累计交付38.7万辆，已完成全年45万辆销量目标的86%。", "86%").Period);
        Assert.Equal("今年1至4月", FigureTestKit.Single("今年1至4月，某省已发行专项债券860亿元，完成全年额度的41.2%。", "41.2%").Period);
        // 全年 on its own is still a period.
        Assert.Equal("全年", FigureTestKit.Single("全年共破获案件2100余起。", "2100余起").Period);
    }

    [Fact]
    public void A_cut_off_day_in_a_clause_of_its_own_frames_the_rest_of_its_paragraph()
    {
        const string text = "年度汇算3月1日开始，截至4月15日，已有1.1亿人完成申报。平均用时缩短至1.8天。";
        Assert.Equal("截至4月15日", FigureTestKit.Single(text, "1.1亿人").Period);
        Assert.Equal("截至4月15日", FigureTestKit.Single(text, "1.8天").Period);
    }

    [Fact]
    public void A_dateline_without_a_day_names_no_subject_either()
    {
        // 本报棹湾讯: the paper's dateline names the place it reports from, not what the report's figures are about.
        const string text = "海盐收官\n本报棹湾讯 今年海盐生产日前收官，全年产原盐32.8万吨。";
        Assert.Equal("", Attached(text, ("棹湾", EntityType.LOC)).Single(f => f.Unit == "吨").Subject);
        Assert.Equal("蓝港盐场", Attached(text.Replace("讯 今年", "讯 蓝港盐场今年"), ("棹湾", EntityType.LOC), ("蓝港盐场", EntityType.LOC)).Single(f => f.Unit == "吨").Subject);
        Assert.Equal("", Attached("新华社棹湾电 今年海盐生产日前收官，全年产原盐32.8万吨。", ("棹湾", EntityType.LOC)).Single(f => f.Unit == "吨").Subject);
    }

    [Fact]
    public void A_word_that_refers_back_to_a_body_makes_the_body_the_subject()
    {
        const string airport = "记者从南岭国际机场获悉，今年春运开启以来，该机场累计保障航班起降3.46万架次。";
        Assert.Equal("南岭国际机场", Attached(airport, ("南岭国际机场", EntityType.LOC)).Single(f => f.Value == "34600").Subject);
        const string yard = "记者从江海重工获悉，今年上半年该船厂新接订单32艘。";
        Assert.Equal("江海重工", Attached(yard, ("江海重工", EntityType.ORG)).Single(f => f.Value == "32").Subject);
        // 该中心, 该站 …: a centre or a station named before.
        const string centre = "青山市住房保障服务中心3日介绍，全市筹集房源2.4万套。今年该中心还将新建人才公寓1处。";
        Assert.Equal("青山市住房保障服务中心", Attached(centre, ("青山市住房保障服务中心", EntityType.ORG)).Single(f => f.Unit == "处").Subject);
        // A facility's noun bare at the head of a clause refers back too.
        const string reserve = "记者从白鹭洲国家级自然保护区了解到，保护区总面积约3.2万公顷。";
        Assert.Equal("白鹭洲国家级自然保护区", Attached(reserve, ("白鹭洲国家级自然保护区", EntityType.LOC)).Single(f => f.Value == "32000").Subject);
        // The office that runs a reserve gives the reserve's figures.
        const string office = "记者从白鹭洲湿地保护区管理局获悉，今冬同步调查共记录越冬水鸟58种。";
        Assert.Equal("白鹭洲湿地保护区", Attached(office, ("白鹭洲湿地保护区管理局", EntityType.ORG)).Single(f => f.Value == "58").Subject);
        // Only a body whose name ends as the word does: 该院 is no bank's.
        const string court = "记者从江北银行获悉，该院共受理案件36件。";
        Assert.Equal("", Attached(court, ("江北银行", EntityType.ORG)).Single(f => f.Value == "36").Subject);
        // A word of two characters that opens its clause refers back without a pointer; a work's title is no company.
        const string port = "记者从甲港获悉，今年1至11月，港口进口冷链货物增长12%。为应对旺季，港口新增冷藏箱插座1200个。";
        Assert.All(Attached(port, ("甲港", EntityType.LOC)).Where(f => f.Kind != FigureKind.DATE), f => Assert.Equal("甲港", f.Subject));
        const string game = "乙公司日前发布财报，旗下新作《山海》上线首月流水超过12亿元。受此带动，公司营收为46.8亿元。";
        Assert.Equal("乙公司", Attached(game, ("乙公司", EntityType.ORG)).Single(f => f.Value == "4680000000").Subject);
        // 该局 is the bureau named before (a railway bureau reports its own freight).
        Assert.Equal("西陇铁路局", Attached("记者从西陇铁路局获悉，今年以来该局累计发送货物1.86亿吨。", ("西陇铁路局", EntityType.ORG)).Single().Subject);
        // A facility's noun with no name before it is the facility; a bank's is any bank.
        Assert.Equal("保护区", Attached("记者从湖畔一处自然保护区获悉，保护区内今冬共记录到水鸟63种。").Single(f => f.Unit == "种").Subject);
        Assert.Equal("港口", Attached("春运客流创新高。港口启用临时候船区5处。").Single(f => f.Unit == "处").Subject);
        Assert.NotEqual("银行", Attached("利率下调后，银行房贷余额增长5%。").Single().Subject);
        // So is a team of an expedition or a project (内陆队, 考古队, 项目组); 本次考察队 refers back to the expedition named before.
        Assert.Equal("内陆队", Attached("考察期间，内陆队驾驶11辆雪地车往返南极腹地。").Single(f => f.Unit == "辆").Subject);
        const string expedition = "甲国第5次南极考察队日前启程回国。本次考察队共有460余名队员。";
        Assert.Equal("甲国第5次南极考察队", Attached(expedition, ("甲国第5次南极考察队", EntityType.ORG)).Single(f => f.Unit == "名").Subject);
        // 集团 is the group named before, though another body is named nearer; 该船厂 any firm when none is named a 船厂.
        const string group = "澄江重工集团在滨海总装基地举行交付仪式。今年以来，集团完成造船量312万载重吨。";
        Assert.Equal("澄江重工集团", Attached(group, ("澄江重工集团", EntityType.ORG), ("滨海总装基地", EntityType.ORG)).Single(f => f.Unit == "载重吨").Subject);
        // 企业 alone is firms in general, not the firm named before.
        Assert.NotEqual("丙公司", Attached("甲市举办展会，丙公司参展。企业研发投入增长12%。", ("甲市", EntityType.LOC), ("丙公司", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void A_threshold_that_bounds_a_group_is_about_no_name_its_clause_does_not_give()
    {
        // 不足2小时的学生: which pupils are counted, not the city the report is about; the count in the earlier sentence is the city's.
        var screening = Attached("丁市共筛查中小学生31万名。筛查显示，每天户外活动不足2小时的学生近视率偏高。", ("丁市", EntityType.LOC));
        Assert.Equal("丁市", screening.Single(f => f.Unit == "名").Subject);
        Assert.Equal("", screening.Single(f => f.Unit == "小时").Subject);
        // A bound inside the figure or after it, and a range with 的, bound the noun after them too.
        Assert.Equal("", Attached("戊县普查古树。其中树龄500年以上的一级古树180株。", ("戊县", EntityType.LOC)).Single(f => f.Unit == "年").Subject);
        Assert.Equal("", Attached("己市车市火热。从价格看，10万元至20万元的车型最受欢迎。", ("己市", EntityType.LOC)).Single().Subject);
        // A name of the figure's own sentence stays its subject (辛省持续40℃以上高温).
        Assert.Equal("辛省", Attached("辛省持续40℃以上高温。", ("辛省", EntityType.LOC)).Single().Subject);
        // Without 的 a count counts the noun after it (200家以上中小企业), which is no group it bounds.
        Assert.Equal("庚公司", Attached("庚公司发布规划。到2027年，将为200家以上中小企业提供服务。", ("庚公司", EntityType.ORG)).Single(f => f.Unit == "家").Subject);
    }

    [Fact]
    public void Advice_is_for_whoever_its_own_clause_names()
    {
        // 血站提示，…: not the adviser's, nor the report's place.
        var advice = Attached("癸市血站发布数据。血站提示，健康成年人单次献全血200毫升至400毫升，间隔不少于6个月。", ("癸市血站", EntityType.ORG));
        Assert.All(advice, f => Assert.Equal("", f.Subject));
        Assert.Equal("子县", Attached("气象台提醒，子县明天最低气温将降至零下5℃。", ("子县", EntityType.LOC)).Single(f => f.Kind != FigureKind.DATE).Subject);
        // So is a rule the sentence is stated by (按规定，…), and its figures hold at no year the report states.
        var rule = Attached("2024年癸市献血8万人次。按规定，献血者年龄为18周岁至60周岁，两次献全血间隔不少于6个月。", ("癸市", EntityType.LOC));
        Assert.All(rule.Skip(2), f => Assert.Equal(("", ""), (f.Subject, f.Period)));
        Assert.Equal(("癸市", "2024年"), (rule[1].Subject, rule[1].Period));       // 8万人次
        // 按要求，… and 按新规，… state a rule as 按规定 does; a body's own 要求 (县里要求，…) is its figures' subject.
        Assert.All(Attached("2024年癸市培训技工8万人次。按要求，参训人员年龄为18周岁至45周岁。", ("癸市", EntityType.LOC)).Skip(2), f => Assert.Equal("", f.Subject));
        Assert.Equal("子县", Attached("子县去年新建公园12个。县里要求，公园绿道总长不少于30公里。", ("子县", EntityType.LOC)).Single(f => f.Unit == "公里").Subject);
        // A time limit is nobody's unless its own clause names who keeps it.
        const string limits = "癸市热线去年受理诉求9万件，一般诉求在5个工作日内办结。丁公司承诺在3天内退款。";
        var limited = Attached(limits, ("癸市", EntityType.LOC), ("丁公司", EntityType.ORG));
        Assert.Equal("", limited.Single(f => f.Value == "5" && f.Unit == "工作日").Subject);
        Assert.Equal("丁公司", limited.Single(f => f.Value == "3").Subject);
    }

    [Fact]
    public void A_part_after_its_whole_holds_when_the_whole_does()
    {
        const string text = "记者获悉，2024年全国共销售彩票5812亿元，同比增长7.8%。其中，福利彩票机构销售2170亿元。";
        Assert.Equal("2024年", FigureTestKit.Single(text, "2170亿元").Period);
        // Not the day of an event the whole reports (3日，该市拍卖6宗地块…其中一宗以…成交).
        const string auction = "该市3日拍卖6宗地块，总成交价148亿元。其中一宗地块经过41轮竞价成交。";
        Assert.Equal("", FigureTestKit.Single(auction, "41轮").Period);
    }

    [Fact]
    public void The_day_a_release_is_published_is_not_when_its_figures_hold()
    {
        // 今天发布: the release's day; the months it reports (10月份) hold for the later sentences, a year unknown.
        const string text = "统计局今天发布数据，10月份全国物价同比下降0.2%。其中，鲜菜价格下降1.8%。";
        Assert.Equal("10月份", FigureTestKit.Single(text, "0.2%").Period);
        Assert.Equal("10月份", FigureTestKit.Single(text, "1.8%").Period);
        Assert.Equal("", FigureTestKit.Single("统计局9日发布数据，全国物价同比下降0.2%。", "0.2%").Period);
        // Nor where it is held: 昨天在深圳发布.
        Assert.Equal("", FigureTestKit.Single("甲公司昨天在深圳发布新款手机，售价4299元。", "4299元").Period);
    }

    [Fact]
    public void A_lead_that_only_announces_a_release_leaves_the_time_to_the_sentence_after_it()
    {
        const string text = "法院报告\n市中级人民法院今天发布工作报告。2024年，全市法院共受理案件21万件。\n在民事审判中，劳动争议案件达1.2万件。";
        Assert.Equal("2024年", FigureTestKit.Single(text, "1.2万件").Period);
        // A lead that announces a half-year's report leaves it to a time the sentence after it states, else keeps it.
        const string half = "检察工作\n县人民检察院近日通报今年上半年工作情况。1至6月，该院共批准逮捕143人。\n在公益诉讼领域，该院立案36件。";
        Assert.Equal("1至6月", FigureTestKit.Single(half, "36件").Period);
        const string kept = "检察工作\n县人民检察院近日通报今年上半年工作情况。该院共批准逮捕143人。\n在公益诉讼领域，该院立案36件。";
        Assert.Equal("今年上半年", FigureTestKit.Single(kept, "36件").Period);
        // Restated (今年1-7月，…。1-7月，…), the lead's time is not another one.
        const string restated = "财政收支\n财政部今天公布数据：今年1-7月，全国税收收入9.8万亿元。1-7月，全国支出16万亿元。全国基金收入2.3万亿元。";
        Assert.Equal("今年1-7月", FigureTestKit.Single(restated, "2.3万亿元").Period);
        // A named stretch of time in the lead carries too.
        Assert.Equal("“五一”假期", FigureTestKit.Single("景区迎客\n“五一”假期，某景区接待游客27万人次。\n景区内民宿入住率超过95%。", "95%").Period);
    }

    [Fact]
    public void What_holds_once_something_is_done_has_that_as_its_period()
    {
        Assert.Equal("新政实施后", FigureTestKit.Single("据测算，新政实施后，全市每年将新增财政支出约5000万元。", "约5000万元").Period);
        Assert.Equal("甲电站投产后", FigureTestKit.Single("甲电站投产后每年可发电约12亿千瓦时。", "约12亿千瓦时").Period);
        // Not what the event brings about, nor across a semicolon.
        Assert.Equal("", FigureTestKit.Single("某线路开通后将带动客流增加800万人次。", "800万人次").Period);
        Assert.Equal("", FigureTestKit.Single("某大桥建成后将成为新地标；全县现存古桥43座。", "43座").Period);
    }

    [Fact]
    public void A_named_stretch_of_time_is_a_period_and_dates_in_brackets_only_gloss_it()
    {
        Assert.Equal("“五一”假期", FigureTestKit.Single("本报讯 “五一”假期，某景区共接待游客27.6万人次。", "27.6万人次").Period);
        Assert.Equal("大促期间", FigureTestKit.Single("大促期间全国快递业务量达到43.8亿件。", "43.8亿件").Period);
        Assert.Equal("国庆假期", FigureTestKit.Single("国庆假期（10月1日至7日），某地铁运送乘客3186万人次。", "3186万人次").Period);
        // Dates before the name are no part of it: the name starts after them, never inside them.
        Assert.Equal("国庆中秋假期", FigureTestKit.Single("10月1日至8日国庆中秋假期，全省高速公路通行车辆1862.4万辆次。", "1862.4万辆次").Period);
        Assert.Equal("", FigureTestKit.Single("在此期间，某地新增岗位300个。", "300个").Period);   // 此期间 names nothing
        Assert.Equal("上赛季", FigureTestKit.Single("上赛季他出战38场比赛。", "38场").Period);
        Assert.Equal("今年春节档", FigureTestKit.Single("今年春节档（1月28日至2月4日）全国电影票房95.1亿元。", "95.1亿元").Period);
        Assert.Equal("当月", FigureTestKit.Single("当月新能源汽车出口10.3万辆。", "10.3万辆").Period);
        // A holiday the report is about may open its sentence unnamed.
        Assert.Equal("假期", FigureTestKit.Single("假期全省高速公路车流量达到2100万辆次。", "2100万辆次").Period);
        // Terms of a timetable or a service, with their names; not where they name what follows.
        Assert.Equal("夏秋航季", FigureTestKit.Single("夏秋航季，某机场每周计划执行航班1500班次。", "1500班次").Period);
        Assert.Equal("今冬供暖季", FigureTestKit.Single("今冬供暖季，某市新增供热面积300万平方米。", "300万平方米").Period);
        Assert.Equal("", FigureTestKit.Single("某机场开始执行夏秋航季航班计划，新航线每周执飞4班。", "4班").Period);
    }

    [Fact]
    public void A_year_below_the_lead_holds_only_in_its_sentence_unless_it_opens_it_and_a_day_in_the_lead_only_in_the_lead()
    {
        const string later = "某商场诚信经营\n本报讯某商场以诚待客。2021年商场销售额达5000万元。商场还投资50万元修建停车场。";
        Assert.Equal("2021年", FigureTestKit.Single(later, "5000万元").Period);
        Assert.Equal("", FigureTestKit.Single(later, "50万元").Period);
        Assert.Equal("2021年", FigureTestKit.Single(later.Replace("2021年", "2021年，"), "50万元").Period);
        const string day = "新华社北京1月24日电 某公司23日宣布新建工厂。工厂占地300亩。";
        Assert.Equal("", FigureTestKit.Single(day, "300亩").Period);
    }

    [Fact]
    public void The_leads_year_stops_at_a_sentence_that_names_someone_else_or_states_a_time_of_its_own()
    {
        const string named = "本报讯2022年，某银行实现利润30亿元。\n江苏交通局介绍，新建高铁全长约292公里。\n贷款余额达800亿元。";
        Assert.Equal("", FigureTestKit.Single(named, "约292公里").Period);
        Assert.Equal("2022年", FigureTestKit.Single(named, "800亿元").Period);
        const string timed = "本报讯2022年，某银行实现利润30亿元。\n今年1月，该行新设网点5个。\n该行共有员工3000人。";
        Assert.Equal("", FigureTestKit.Single(timed, "3000人").Period);
    }

    [Fact]
    public void The_same_period_is_the_time_last_stated()
    {
        const string text = "截至9月底，青禾县新建充电桩860个。同期全县新能源汽车保有量增长35%，公交公司同期更换电动公交车40辆。";
        Assert.Equal("截至9月底", FigureTestKit.Single(text, "35%").Period);
        Assert.Equal("截至9月底", FigureTestKit.Single(text, "40辆").Period);
        // Not a comparison's base, nor a rate of the same term.
        Assert.Equal("", FigureTestKit.Single("截至9月底，青禾县新建充电桩860个。\n某银行贷款利率为同期同档次利率减20个基点。", "20个基点").Period);
    }

    [Fact]
    public void A_list_introduction_passes_on_the_leads_year_to_items_that_name_people()
    {
        const string text = "等级分公布\n本报讯协会公布了2024年上半年的等级分。\n排在前3名的棋手如下：\n张三，2693分；\n李四，2681分。";
        var mentions = new[] { ("张三", EntityType.PER), ("李四", EntityType.PER) };
        var points = Attached(text, mentions).Where(f => f.Unit == "分").ToList();
        Assert.Equal([("张三", "2024年上半年"), ("李四", "2024年上半年")], points.Select(f => (f.Subject, f.Period)));
    }

    [Fact]
    public void A_clause_that_names_nobody_continues_its_sentences_subject()
    {
        const string text = "据统计，全省竹林面积约1350万亩，占全国竹林总面积的近两成。";
        var figures = FigureTestKit.Find("竹乡见闻\n本报讯记者走访了竹乡。\n浙江林业部门发布了数据。\n" + text);
        Assert.All(figures, f => Assert.Equal("浙江", f.Subject));
    }

    [Fact]
    public void A_day_that_opens_its_clause_frames_a_forecast_but_the_day_a_goal_is_announced_does_not()
    {
        Assert.Equal("20日", FigureTestKit.Single("20日，甲地最低气温将降至零下15℃。", "零下15℃").Period);
        Assert.Equal("18日起", FigureTestKit.Single("据预报，18日起甲市风力将减弱至3级。", "3级").Period);
        Assert.Equal("16日", FigureTestKit.Single("气象台预计，16日甲地最低气温将降至零下18℃。", "零下18℃").Period);
        Assert.Equal("", FigureTestKit.Single("乙国财政部22日宣布，将发行10亿美元国债。", "10亿美元").Period);
        Assert.Equal("", FigureTestKit.Single("22日，乙国财政部宣布将发行10亿美元国债。", "10亿美元").Period);
        Assert.Equal("", FigureTestKit.Single("某公司21日宣布，将发行5亿元债券。", "5亿元").Period);
        // 称 in a name (名称, 简称) announces nothing: the day still frames the forecast after it.
        Assert.Equal("27日", FigureTestKit.Single("27日，这条简称“海线”的航线票价将降至80元。", "80元").Period);
    }

    [Fact]
    public void A_target_inherits_no_period_from_the_lead()
    {
        const string text = "本报讯2022年，某市接待游客1200万人次。到2025年，游客将达到2000万人次。明后年全市将再建5座公园。";
        Assert.Equal("2022年", FigureTestKit.Single(text, "1200万人次").Period);
        var target = FigureTestKit.Single(text, "5座");
        Assert.Equal(Qualifier.Target, target.Qualifier);
        Assert.NotEqual("2022年", target.Period);
    }

    [Fact]
    public void A_list_introductions_time_holds_for_the_items_below_it_until_a_line_without_figures()
    {
        const string text = "联赛战况\n本周比赛的结果是：\n甲队3∶1胜乙队；\n丙队3∶0胜丁队。\n观众依然很少。\n戊队已赢下两场。";
        var figures = FigureTestKit.Find(text);
        Assert.All(figures.Where(f => f.Metric == "比分"), f => Assert.Equal("本周", f.Period));
        Assert.Equal("", FigureTestKit.Single(text, "两场").Period);
    }

    [Theory]
    [InlineData("两队在联赛近18个赛季中交战14场。", "14场", "近18个赛季")]
    [InlineData("过去5年里全县新增企业300家。", "300家", "过去5年")]
    [InlineData("近两年来，全县新修公路120公里。", "120公里", "近两年来")]
    [InlineData("3天前，水位达到18.85米。", "18.85米", "3天前")]
    [InlineData("本届赛事共有来自12个赛区的24支队伍参赛。", "24支", "本届")]
    [InlineData("公司介绍，近三年公司累计投入改造资金8.6亿元。", "8.6亿元", "近三年")]
    [InlineData("数据显示，过去24小时全网约12万名交易者被强制平仓。", "约12万名", "过去24小时")]
    [InlineData("气象台预计，未来7天全市最高气温在33℃至36℃之间。", "33℃至36℃", "未来7天")]
    [InlineData("全省税收连续五年年均增收100亿元。", "100亿元", "连续五年")]
    [InlineData("（四）全国工商税收连续五年年均增收近１０００亿元。", "近１０００亿元", "连续五年")]
    public void The_latest_span_of_time_or_a_point_counted_from_now_is_the_period(string text, string span, string period) =>
        Assert.Equal(period, FigureTestKit.Single(text, span).Period);

    [Theory]
    [InlineData("公司介绍，近三年公司累计投入改造资金8.6亿元。", "近三年")]
    [InlineData("数据显示，过去24小时全网约12万名交易者被强制平仓。", "24小时")]
    [InlineData("气象台预计，未来7天全市最高气温在33℃至36℃之间。", "7天")]
    [InlineData("甲市进口额为5.1亿元，为近5年最高。", "近5年")]
    [InlineData("7月份单月票房为51.4亿元，创下近五年同期新高。", "近五年")]
    public void A_window_of_time_is_exact_and_carries_no_context(string text, string span)
    {
        var window = FigureTestKit.Single(text, span);
        Assert.Equal((Qualifier.Exact, "", "", ""), (window.Qualifier, window.Metric, window.Subject, window.Period));
    }

    [Fact]
    public void Near_in_mid_clause_is_a_nearly_and_no_window()
    {
        const string text = "甲市单产比五年前提高了近三成，用时缩短近1小时。";
        Assert.Equal(Qualifier.Approx, FigureTestKit.Single(text, "近1小时").Qualifier);
        Assert.NotEqual("", FigureTestKit.Single(text, "近1小时").Metric);
    }

    [Fact]
    public void A_point_counted_from_now_carries_no_context_as_a_date_does()
    {
        var point = FigureTestKit.Single("3天前，江苏防汛部门发现水位达到18.85米。", "3天");
        Assert.Equal(("", "", ""), (point.Metric, point.Subject, point.Period));
        Assert.EndsWith("距今", FigureTestKit.Single("江苏发现距今四千七百年前的陶窑。", "四千七百年").Metric);   // how old, not when
    }

    [Fact]
    public void A_span_of_time_that_is_an_adverbial_has_no_period()
    {
        const string text = "2023年，该店开业10年来首次盈利。";
        Assert.Equal("", FigureTestKit.Single(text, "10年").Period);
    }

    [Fact]
    public void A_record_or_a_count_of_teams_has_no_metric()
    {
        var record = FigureTestKit.Find("甲队本季3胜4平5负。");
        Assert.All(record, f => Assert.Equal("", f.Metric));
        Assert.Equal("", FigureTestKit.Single("两队本季交战14场。", "两队").Metric);
        Assert.EndsWith("交战", FigureTestKit.Single("两队本季交战14场。", "14场").Metric);   // 场 is a classifier, not what is counted
    }

    [Fact]
    public void Each_side_of_a_score_belongs_to_its_own_team()
    {
        const string text = "四川队3∶1战胜湖北队，江苏队以3∶0获胜。";
        var sides = FigureTestKit.Find(text).Where(f => f.Metric == "比分").Select(f => (f.Value, f.Subject));
        Assert.Equal([("3", "四川"), ("1", "湖北"), ("3", "江苏"), ("0", "")], sides);
    }

    [Fact]
    public void A_rank_that_ends_its_clause_is_about_the_ranked_team_and_a_page_label_about_nothing()
    {
        Assert.Equal("浙江", FigureTestKit.Single("浙江队则从第三升至第二。", "第二").Subject);
        Assert.Equal("", FigureTestKit.Single("浙江队发来贺信（上接第一版）。", "第一版").Subject);
    }

    [Fact]
    public void A_rank_that_qualifies_a_name_or_that_a_team_leaves_is_about_that_name()
    {
        Assert.Equal("蒙特利尔银行", Attached("加拿大最大的皇家银行和排名第三的蒙特利尔银行宣布合并。",
            ("加拿大", EntityType.LOC), ("皇家银行", EntityType.ORG), ("蒙特利尔银行", EntityType.ORG)).Single(f => f.Value == "3").Subject);
        Assert.Equal("浙江", FigureTestKit.Single("浙江队则从第三升至第二。", "第三").Subject);
    }

    [Fact]
    public void A_rank_on_a_medal_table_or_a_scorers_list_is_the_ranked_sides()
    {
        var medal = Attached("截至目前，乙城队已收获4金2银，位列奖牌榜第一。", ("乙城队", EntityType.ORG)).Single(f => f.Kind == FigureKind.ORDINAL);
        Assert.Equal(("奖牌榜排名", "乙城队"), (medal.Metric, medal.Subject));   // the table names what is ranked
        Assert.Equal("周某", Attached("队长周某以17个进球暂列射手榜首位。", ("周某", EntityType.PER)).Single(f => f.Kind == FigureKind.ORDINAL).Subject);
    }

    [Fact]
    public void A_lead_is_the_leaders_and_the_rank_of_the_side_it_is_measured_against_that_sides()
    {
        var figures = Attached("目前甲城队积58分领跑，领先第二名乙湾队9分。", ("甲城队", EntityType.ORG), ("乙湾队", EntityType.ORG));
        Assert.Equal("甲城队", figures.Single(f => f.Value == "9").Subject);
        Assert.Equal("乙湾队", figures.Single(f => f.Kind == FigureKind.ORDINAL).Subject);
    }

    [Fact]
    public void Names_after_a_colon_or_listed_after_a_governed_name_are_not_what_an_opening_clause_counts()
    {
        Assert.Equal("", Attached("这十大新闻是：（一）江泽民总书记作了重要论述。", ("江泽民", EntityType.PER)).Single().Subject);
        const string text = "本报讯由财经报社主办、安易公司协办的评选揭晓。";
        Assert.Equal("", Attached(text + "\n（二）各地降低关税税率，平均降幅达26%。", ("财经报社", EntityType.ORG), ("安易公司", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void Only_a_span_of_time_that_opens_a_sentence_looks_ahead_for_its_subject()
    {
        var figures = Attached("2000年以来两队共有10次交锋，国米7胜1平2负。", ("国米", EntityType.ORG));
        Assert.Equal("", figures.Single(f => f.Value == "10").Subject);
        Assert.Equal("国米", figures.Single(f => f.Unit == "胜").Subject);
        Assert.Equal("国米", Attached("5年来，国米赢下10座奖杯。", ("国米", EntityType.ORG)).Single(f => f.Unit == "年").Subject);
    }

    [Fact]
    public void The_reporter_the_byline_credits_is_no_subject()
    {
        const string text = "本报讯记者王小明报道：本轮联赛中两支球队保持全胜。";
        Assert.Equal("", Attached(text, ("王小明", EntityType.PER)).Single(f => f.Value == "2").Subject);
    }

    [Fact]
    public void A_source_after_ju_is_no_subject()
    {
        const string text = "据水利部统计，目前仍有7000多万人战斗在工地。";
        Assert.Equal("", Attached(text, ("水利部", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void A_figure_whose_sentences_name_nothing_is_about_what_the_lead_is_about()
    {
        const string text = "银行支持国企\n本报讯2022年，工商银行新增贷款300亿元。全年办理贴现70亿元。";
        Assert.Equal("工商银行", Attached(text, ("工商银行", EntityType.ORG)).Single(f => f.Value == "7000000000").Subject);
    }

    [Fact]
    public void Names_mentioned_equally_often_make_no_topic()
    {
        const string text = "联赛综述\n本轮联赛战罢。\n甲队客场告负，乙队主场取胜。\n甲队主帅下课，乙队主帅留任。\n甲队降级，乙队升级。\n本赛季共有球员50人参赛。";
        var mentions = new[] { ("甲队", EntityType.ORG), ("乙队", EntityType.ORG) };
        Assert.Equal("", Attached(text, mentions).Single(f => f.Value == "50").Subject);
        Assert.Equal("甲队", Attached(text.Replace("乙队升级", "甲队升级"), mentions).Single(f => f.Value == "50").Subject);
    }

    [Fact]
    public void Figures_listed_after_another_take_its_metric()
    {
        var listed = FigureTestKit.Find("截至目前，分别比去年同期增长12%、17%和15%。");
        Assert.Equal(["比去年同期增长", "比去年同期增长", "比去年同期增长"], listed.Select(f => f.Metric));
    }

    [Fact]
    public void The_currency_before_an_amount_and_the_zheng_after_it_are_not_what_is_measured()
    {
        var amounts = FigureTestKit.Find("法院判令被告支付货款人民币伍万元整及利息3200元整，并处罚款人民币2000元。");
        Assert.Equal(["法院判令被告支付货款", "利息", "罚款"], amounts.Select(f => f.Metric));   // not …货款人民币, 整及利息, 罚款人民币
    }

    [Fact]
    public void A_local_papers_wo_sheng_or_ben_shi_is_the_whole_division_unless_it_is_where_something_is()
    {
        var forecast = FigureTestKit.Single("预计未来三天我省大部分地区将降温8至10℃。", "8至10℃");
        Assert.Equal(("全省", "大部分地区将降温"), (forecast.Subject, forecast.Metric));   // not 我省大部分地区将降温 (without words, 将 stays)
        Assert.Equal("全市", FigureTestKit.Single("今年以来，本市新增就业岗位4.2万个。", "4.2万个").Subject);
        Assert.Equal("", FigureTestKit.Single("从就业流向看，留在本省工作的毕业生占57%。", "57%").Subject);   // where they work, not whom
    }

    [Fact]
    public void The_modal_ke_with_its_verb_is_no_part_of_a_metric()
    {
        Assert.Equal("积雪深度", FigureTestKit.Single("积雪深度可达20厘米。", "20厘米").Metric);   // not 积雪深度可
        Assert.Equal("北部山区最低气温", FigureTestKit.Single("北部山区最低气温可降至零下15℃。", "零下15℃").Metric);
    }

    [Fact]
    public void Both_ends_of_a_change_from_one_level_to_another_measure_what_stands_before_its_you()
    {
        // 降压药 每片 价格 由 1.2元 左右 降至 0.15元: a bound after the starting point is no metric of the end point.
        var price = FigureTestKit.WithTags("降压药每片价格由1.2元左右降至0.15元。",
            ("降压药", "n"), ("每片", "r"), ("价格", "n"), ("由", "p"), ("1.2", "m"), ("元", "q"), ("左右", "m"), ("降至", "v"), ("0.15", "m"), ("元", "q"), ("。", "x"));
        Assert.Equal(["降压药每片价格", "降压药每片价格"], price.Select(f => f.Metric));
        // A base (修复前) or an average (平均) between 由 and the starting point is no part of what is measured.
        var cover = FigureTestKit.WithTags("覆盖率由修复前的不足5%提高到31%。",
            ("覆盖率", "n"), ("由", "p"), ("修复", "v"), ("前", "f"), ("的", "uj"), ("不足", "a"), ("5", "m"), ("%", "x"), ("提高到", "v"), ("31", "m"), ("%", "x"), ("。", "x"));
        Assert.Equal(["覆盖率", "覆盖率"], cover.Select(f => f.Metric));
        var transfer = FigureTestKit.WithTags("转运时间由平均3小时缩短至50分钟。",
            ("转运", "v"), ("时间", "n"), ("由", "p"), ("平均", "a"), ("3", "m"), ("小时", "n"), ("缩短", "v"), ("至", "p"), ("50", "m"), ("分钟", "m"), ("。", "x"));
        Assert.Equal(["转运时间", "转运时间"], transfer.Select(f => f.Metric));
        // The verb after the starting point is no noun it counts (延长 is not what 7天 measures).
        var storage = FigureTestKit.WithTags("储存期由7天延长到40天。",
            ("储存期", "n"), ("由", "p"), ("7", "m"), ("天", "q"), ("延长", "v"), ("到", "v"), ("40", "m"), ("天", "q"), ("。", "x"));
        Assert.Equal(["储存期", "储存期"], storage.Select(f => f.Metric));
    }

    [Fact]
    public void A_rate_applied_by_an_is_the_standard_of_what_it_gives_or_names()
    {
        // 市财政 按 每部 20万元 给予 补贴: what is given at the rate, not 市财政按.
        var grant = FigureTestKit.WithTags("市财政按每部20万元给予补贴。",
            ("市", "n"), ("财政", "n"), ("按", "p"), ("每部", "r"), ("20", "m"), ("万元", "m"), ("给予", "v"), ("补贴", "v"), ("。", "x"));
        Assert.Equal("补贴", grant.Single().Metric);
        // The noun after 的 names the standard (not 收购价计算); a reckoning measures nothing named.
        var price = FigureTestKit.WithTags("按每千克46元的收购价计算。",
            ("按", "p"), ("每", "r"), ("千克", "q"), ("46", "m"), ("元", "q"), ("的", "uj"), ("收购价", "n"), ("计算", "v"), ("。", "x"));
        Assert.Equal("收购价", price.Single().Metric);
        var reckoned = FigureTestKit.WithTags("按每箱3.5千克计算。",
            ("按", "p"), ("每箱", "r"), ("3.5", "m"), ("千克", "q"), ("计算", "v"), ("。", "x"));
        Assert.Equal("", reckoned.Single().Metric);
        var paid = FigureTestKit.WithTags("企业按每单0.04元的标准缴费。",
            ("企业", "n"), ("按", "p"), ("每单", "r"), ("0.04", "m"), ("元", "q"), ("的", "uj"), ("标准", "n"), ("缴费", "v"), ("。", "x"));
        Assert.Equal("缴费标准", paid.Single().Metric);
        // A ratio applied by 按 is a proportion, not a score: its terms measure what comes before 按.
        var slope = FigureTestKit.WithTags("坡道坡度按1比12设置。",
            ("坡道", "n"), ("坡度", "n"), ("按", "p"), ("1", "m"), ("比", "p"), ("12", "m"), ("设置", "v"), ("。", "x"));
        Assert.All(slope, f => Assert.Equal((FigureKind.RATIO, "坡道坡度"), (f.Kind, f.Metric)));
        Assert.Equal(2, slope.Length);
    }

    [Fact]
    public void A_threshold_of_a_group_counted_after_it_measures_what_comes_before_and_a_modal_is_no_part_of_a_metric()
    {
        // 下潜 深度 超过 1万米 的 有 9次: 有 is no noun the threshold quantifies (but 有期徒刑 is one word).
        var dives = FigureTestKit.WithTags("下潜深度超过1万米的有9次。",
            ("下潜", "v"), ("深度", "n"), ("超过", "v"), ("1", "m"), ("万米", "m"), ("的", "uj"), ("有", "v"), ("9", "m"), ("次", "q"), ("。", "x"));
        Assert.Equal("下潜深度", dives.First().Metric);
        var terms = FigureTestKit.WithTags("分别被判处3年至10年不等的有期徒刑。",
            ("分别", "d"), ("被", "p"), ("判处", "v"), ("3", "m"), ("年", "q"), ("至", "p"), ("10", "m"), ("年", "q"), ("不等", "a"), ("的", "uj"), ("有期徒刑", "n"), ("。", "x"));
        Assert.Equal("有期徒刑", terms.Single().Metric);
        var talks = FigureTestKit.WithTags("组阁谈判可能持续2至3周。",
            ("组阁", "v"), ("谈判", "vn"), ("可能", "v"), ("持续", "vd"), ("2", "m"), ("至", "p"), ("3", "m"), ("周", "q"), ("。", "x"));
        Assert.Equal("组阁谈判持续", talks.Single().Metric);
    }

    [Fact]
    public void A_total_or_a_span_alone_names_no_measure_nor_does_a_body_named_again()
    {
        // 全年 达 2.1亿次: no measure is named (not 全年); 合计 after a count is the count's measure again.
        var visits = FigureTestKit.WithTags("访问量首次超过纸本借阅，全年达2.1亿次。",
            ("访问量", "n"), ("首次", "m"), ("超过", "v"), ("纸本", "n"), ("借阅", "v"), ("，", "x"), ("全年", "n"), ("达", "v"), ("2.1", "m"), ("亿次", "m"), ("。", "x"));
        Assert.Equal("", visits.Last().Metric);
        // 该 船厂 新接 订单: the yard named again is no part of what it ordered.
        var orders = FigureTestKit.WithTags("该船厂新接订单32艘、合计286万载重吨。",
            ("该", "r"), ("船厂", "n"), ("新接", "v"), ("订单", "n"), ("32", "m"), ("艘", "q"), ("、", "x"), ("合计", "v"), ("286", "m"), ("万", "m"), ("载重吨", "n"), ("。", "x"));
        Assert.Equal(["新接订单", "新接订单"], orders.Select(f => f.Metric));
    }

    [Fact]
    public void A_quoted_name_opening_a_metric_keeps_its_quotation_marks() =>
        Assert.Equal("“五一”假期", FigureTestKit.Single("“五一”假期5天，全市运送乘客1260万人次。", "5天").Metric);   // not 五一”假期

    [Fact]
    public void A_closing_quote_or_a_rise_to_a_level_is_no_part_of_the_metric_and_a_bound_inside_a_noun_is()
    {
        Assert.Equal("上证指数", FigureTestKit.Single("上证指数收报3356.8点。", "3356.8点").Metric);   // not 上证指数收报
        Assert.Equal("失业率", FigureTestKit.Single("2月失业率升至4.1%。", "4.1%").Metric);   // not 失业率升至
        Assert.Equal("地级及以上城市", FigureTestKit.Single("全国共有339个地级及以上城市。", "339个").Metric);   // not 地级
    }

    [Fact]
    public void A_time_word_inside_another_word_or_a_name_is_none()
    {
        Assert.Equal("过去24小时", FigureTestKit.Single("过去24小时最大降雨量出现在青山镇，达到286.5毫米。", "286.5毫米").Period);   // not 现在 of 出现在
        Assert.Equal("", FigureTestKit.Single("今日头条的月活跃用户达到3.5亿。", "3.5亿").Period);   // a platform's name
        Assert.Equal("", FigureTestKit.Single("他因此前往现场，现场有200人。", "200人").Period);   // 因此 前往
        Assert.Equal("", FigureTestKit.Single("两个城市的气温不同日均相差5℃。", "5℃").Period);   // 不同 日均
    }

    [Fact]
    public void Where_what_a_figure_counts_sets_out_from_is_its_subject() =>
        Assert.Equal("甲市", FigureTestKit.Attached("今年以来从甲市始发的中欧班列已开行168列。", ("甲市", EntityType.LOC), ("中", EntityType.LOC), ("欧", EntityType.LOC)).Single(f => f.Unit == "列").Subject);

    [Fact]
    public void A_place_abbreviation_split_from_its_pair_gives_both_as_the_subject() =>
        Assert.Equal("中欧", FigureTestKit.Attached("中欧班列今年共开行8200列。", ("中", EntityType.LOC), ("欧", EntityType.LOC)).Single(f => f.Value == "8200").Subject);   // not 欧

    [Fact]
    public void The_benbaoxun_that_opens_a_report_and_the_qian_that_closes_a_date_are_no_part_of_a_metric()
    {
        Assert.Equal("高校毕业生", FigureTestKit.Single("本报讯 今年全国高校毕业生预计达1222万人。", "1222万人").Metric);   // not 本报讯 今年全国高校毕业生
        Assert.Equal("为毕业生提供岗位信息", FigureTestKit.Single("力争6月底前为毕业生提供岗位信息超过1000万条。", "1000万条").Metric);   // not 前为…
    }

    [Fact]
    public void A_span_after_lianxu_is_a_time_adverbial_with_no_metric() =>
        Assert.Equal("", FigureTestKit.Single("全省税收连续五年年均增收100亿元。", "五年").Metric);

    [Fact]
    public void Adverbs_that_are_words_of_their_own_are_left_out_of_a_metric()
    {
        const string text = "股价也上升3.9元。";
        Assert.Equal("股价上升", WithWords(text, [0, 2, 3, 5, 9, 10]).Single().Metric);   // 股价 也 上升 3.9元 。
        Assert.Equal("股价也上升", FigureTestKit.Single(text, "3.9元").Metric);   // without words, nothing is cut
        // 已 (already) and 则 (then) too.
        Assert.Equal("矿区采出矿石", WithWords("矿区已采出矿石4万吨。", [0, 2, 3, 5, 7, 10, 11]).Single().Metric);   // 矿区 已 采出 矿石 4万吨 。
        Assert.Equal("工业用水减供", WithWords("工业用水则减供5%。", [0, 2, 4, 5, 7, 9, 10]).Single().Metric);      // 工业 用水 则 减供 5% 。
        // Not 就 of 就地 (on the spot), which jieba splits off.
        Assert.Equal("菜籽就地加工率", WithWords("菜籽就地加工率达60%。", [0, 2, 3, 7, 8, 11, 12]).Single().Metric);  // 菜籽 就 地加工率 达 60% 。
    }

    [Theory]
    [InlineData("增速比上半年提高0.6个百分点。", new[] { 0, 2, 3, 6, 8, 16, 17 }, "增速提高")]       // 增速 比 上半年 提高 …: the base leaves
    [InlineData("产值比去年同期增长12%。", new[] { 0, 2, 3, 5, 7, 9, 12, 13 }, "产值增长")]
    [InlineData("比去年同期增长12%。", new[] { 0, 1, 3, 5, 7, 10, 11 }, "比去年同期增长")]           // nothing before the base: it stays
    public void A_comparison_s_base_is_left_out_of_what_changed(string text, int[] cuts, string metric) =>
        Assert.Equal(metric, WithWords(text, cuts).Single().Metric);

    [Fact]
    public void A_place_that_names_a_time_zone_is_not_the_subject()
    {
        Assert.Equal("", Attached("比特币价格在甲城时间下午3时前后跌破7.2万美元。", ("甲城", EntityType.LOC)).Single(f => f.Kind == FigureKind.MONEY).Subject);
        // Nor what the lead is about for the figures of later sentences.
        var later = Attached("币市昨日遭遇抛售，价格在甲城时间下午3时跌破7万美元。\n数据显示，约34万名交易者被强制平仓。", ("甲城", EntityType.LOC));
        Assert.Equal("", later.Single(f => f.Unit == "名").Subject);
    }

    [Fact]
    public void A_place_where_or_whence_a_body_acts_is_not_the_subject()
    {
        // 在 after other words of its clause locates the act; the body named before is what the figures are about.
        var abroad = Attached("甲汽车今年出口增长12%。公司计划明年在乙国再开80家门店。", ("甲汽车", EntityType.ORG), ("乙国", EntityType.LOC));
        Assert.Equal("甲汽车", abroad.Single(f => f.Value == "80").Subject);
        // 在 opening its clause sets the scene: the place is the subject.
        Assert.Equal("乙国", Attached("在乙国，门店增加到80家。", ("乙国", EntityType.LOC)).Single().Subject);
        // 来自 names an origin.
        var origin = Attached("甲港今年吞吐量增长9%。来自乙国的货物占比约35%。", ("甲港", EntityType.LOC), ("乙国", EntityType.LOC));
        Assert.NotEqual("乙国", origin.Single(f => f.Value == "35").Subject);
    }

    [Fact]
    public void Some_of_a_kind_that_opens_its_clause_is_the_subject()
    {
        var figures = FigureTestKit.WithTags("部分平台已将抽成比例下调至27%，并承诺强制休息20分钟。",
            ("部分", "n"), ("平台", "n"), ("已将", "d"), ("抽成", "v"), ("比例", "n"), ("下调", "v"), ("至", "p"), ("27%", "x"), ("，", "x"),
            ("并", "c"), ("承诺", "v"), ("强制", "vn"), ("休息", "v"), ("20分钟", "x"), ("。", "x"));
        Assert.Equal(["部分平台", "部分平台"], figures.Select(f => f.Subject));
        Assert.DoesNotContain("平台", figures[0].Metric);   // the metric starts after its subject
        // Without a noun between its predicate and the figure the run is what is measured, not whose it is.
        var metric = FigureTestKit.WithTags("部分农户收入增长5%。", ("部分", "n"), ("农户", "n"), ("收入", "n"), ("增长", "v"), ("5%", "x"), ("。", "x")).Single();
        Assert.Equal("", metric.Subject);
        // A noun run with no determiner is left alone: it mostly refers back (公司, 法院) or is the metric's own noun.
        Assert.Equal("", FigureTestKit.WithTags("法院共发出司法建议47份。", ("法院", "n"), ("共", "d"), ("发出", "v"), ("司法", "n"), ("建议", "n"), ("47份", "x"), ("。", "x")).Single().Subject);
        // But a field's departments are a body.
        Assert.Equal("交通运输部门", FigureTestKit.WithTags("交通运输部门出动除雪机械230台。",
            ("交通运输", "n"), ("部门", "n"), ("出动", "v"), ("除雪", "v"), ("机械", "n"), ("230台", "x"), ("。", "x")).Single().Subject);
        // Some of a kind that opens the sentence and releases its figures is theirs.
        var released = FigureTestKit.WithTags("某电商平台公布，当天平台成交额增长两成。",
            ("某", "r"), ("电商", "n"), ("平台", "n"), ("公布", "v"), ("，", "x"), ("当天", "t"), ("平台", "n"), ("成交额", "n"), ("增长", "v"), ("两成", "m"), ("。", "x"));
        Assert.Equal("某电商平台", released.Single().Subject);
    }

    [Fact]
    public void A_place_that_describes_the_person_after_it_is_not_the_subject()
    {
        var figures = Attached("甲国选手王小明以6∶4战胜乙国的李大山，他今年已获3个冠军。",
            ("甲国", EntityType.LOC), ("王小明", EntityType.PER), ("乙国", EntityType.LOC), ("李大山", EntityType.PER));
        Assert.Equal([("6", "王小明"), ("4", "李大山"), ("3", "王小明")], figures.Where(f => f.Kind == FigureKind.COUNT).Select(f => (f.Value, f.Subject)));
        // Joined by a conjunction, the place is a name of its own.
        Assert.Equal("甲国", Attached("甲国和王小明共有5项专利。", ("甲国", EntityType.LOC), ("王小明", EntityType.PER)).Single().Subject);
        // A nation tagged as a team (ORG) before an athlete's role describes the athlete too; before other words it is a name.
        Assert.Equal("许小妍", Attached("甲国选手许小妍以24秒28夺冠。", ("甲国", EntityType.ORG), ("许小妍", EntityType.PER)).Single().Subject);
        Assert.Equal("甲公司", Attached("甲公司董事长许小妍说，公司营收增长5%。", ("甲公司", EntityType.ORG), ("许小妍", EntityType.PER)).Single().Subject);
        // So does a team before a player's role, with the position played (中单选手) or as its captain or mainstay.
        Assert.Equal("林小凡", Attached("乙战队中单选手林小凡在4局比赛中拿下27次击杀。", ("乙战队", EntityType.ORG), ("林小凡", EntityType.PER)).Single(f => f.Unit == "次").Subject);
        Assert.Equal("林小澈", Attached("丙队队长林小澈今年第七次参赛，共完成12场比赛。", ("丙队", EntityType.ORG), ("林小澈", EntityType.PER)).Single(f => f.Unit == "场").Subject);
    }

    [Fact]
    public void The_day_a_match_report_is_about_holds_for_its_later_figures_until_another_time()
    {
        const string text = "公开赛战报\n新华社某地1月25日电 王小明今天在公开赛中战胜对手。\n据统计，王小明发球直接得24分，对手才17分。\n李大山以7∶5获胜。\n李大山昨天曾以3∶6失利。\n赛后李大山得到50分。";
        var figures = Attached(text, ("王小明", EntityType.PER), ("李大山", EntityType.PER));
        Assert.Equal("今天", figures.Single(f => f.Value == "24").Period);          // whoever the sentence names
        Assert.Equal("今天", figures.Single(f => f.Value == "7").Period);
        Assert.Equal("昨天", figures.Single(f => f.Value == "3").Period);
        Assert.Equal("", figures.Single(f => f.Value == "50").Period);              // another day was stated since
    }

    [Fact]
    public void The_day_a_place_opens_is_not_when_its_later_figures_hold()
    {
        const string text = "新院区启用\n新华社某地5月18日电 县医院新院区今天正式启用。\n新院区开放床位1200张，门诊楼地上12层。";
        Assert.All(FigureTestKit.Find(text).Where(f => f.Kind != FigureKind.DATE), f => Assert.Equal("", f.Period));
        Assert.Equal(2, FigureTestKit.Find(text).Count(f => f.Kind != FigureKind.DATE));
    }

    [Fact]
    public void The_day_of_a_listing_holds_when_the_sentence_after_the_lead_states_no_time()
    {
        // The lead sets the day's occasion with no figure, so the sentence after it is read as the lead too; it states no time,
        // so the lead's day and what it reports (a listing) hold for the later figures.
        const string text = "2023年11月21日 周二\n今天，甲科技公司在科创板挂牌上市。该公司此次发行4200万股。\n开盘后，该股收盘报51.2元。";
        Assert.Equal("今天", FigureTestKit.Find(text).Single(f => f.Unit == "元").Period);
    }

    [Fact]
    public void An_ordinal_that_labels_a_stage_carries_no_context()
    {
        const string text = "甲队今天在第三轮比赛中以3∶1战胜乙队。";
        var stage = Attached(text, ("甲队", EntityType.ORG), ("乙队", EntityType.ORG)).Single(f => f.Kind == FigureKind.ORDINAL);
        Assert.Equal(("轮", "", "", ""), (stage.Unit, stage.Metric, stage.Subject, stage.Period));
    }

    [Fact]
    public void The_other_side_of_a_score_is_the_other_side_of_the_match_the_report_states()
    {
        var meeting = Attached("先进行的甲队与乙队之战毫无悬念。\n甲队最终以3∶0获胜。", ("甲队", EntityType.ORG), ("乙队", EntityType.ORG));
        Assert.Equal([("3", "甲队"), ("0", "乙队")], meeting.Select(f => (f.Value, f.Subject)));
        var beaten = Attached("王小明没费周折，击败了上海选手李大山。\n王小明在6∶12落后时追了上来。",
            ("王小明", EntityType.PER), ("上海", EntityType.LOC), ("李大山", EntityType.PER));
        Assert.Equal([("6", "王小明"), ("12", "李大山")], beaten.Select(f => (f.Value, f.Subject)));
    }

    [Fact]
    public void A_score_that_names_nobody_is_written_from_the_side_of_the_last_score()
    {
        const string text = "王小明以24∶22险胜李大山。\n在21∶14和21∶13先胜两局后，她再得两分。";
        var figures = Attached(text, ("王小明", EntityType.PER), ("李大山", EntityType.PER));
        Assert.Equal(["王小明", "李大山", "王小明", "李大山", "王小明", "李大山", "王小明", "王小明"], figures.Select(f => f.Subject));
    }

    [Fact]
    public void The_report_s_day_is_not_the_period_of_a_record_points_or_a_rank()
    {
        const string text = "公开赛战报\n新华社某地1月25日电 甲队今天在决赛中战胜乙队。\n甲队以3∶1获胜，以2胜1负积6分的成绩排名第三。";
        var figures = Attached(text, ("甲队", EntityType.ORG), ("乙队", EntityType.ORG));
        Assert.Equal("今天", figures.Single(f => f.Value == "3" && f.Metric == "比分").Period);
        Assert.All(figures.Where(f => f.Unit is "胜" or "负" or "分" || f.Kind == FigureKind.ORDINAL), f => Assert.Equal("", f.Period));
    }

    [Fact]
    public void The_time_of_a_sentence_ending_in_a_semicolon_holds_up_to_the_full_stop()
    {
        const string text = "甲省救灾工作有序。\n自去年以来，甲省救助职工40万人次；对413家企业发放贷款；受益职工13万人。\n该省困难企业有2400家。";
        var figures = FigureTestKit.Find(text);
        Assert.Equal(["自去年以来", "自去年以来", "自去年以来", ""], figures.Select(f => f.Period));
    }

    [Fact]
    public void The_minutes_at_which_a_match_s_events_happen_measure_nothing_but_hold_on_its_day()
    {
        const string text = "公开赛战报\n新华社某地1月25日电 甲队今天在决赛中战胜乙队。\n开场不到15分钟，甲队即以2∶0领先。\n先是10分钟时，王小明射门得手；\n王小明又于66分钟和68分钟连进两球。";
        var figures = Attached(text, ("甲队", EntityType.ORG), ("乙队", EntityType.ORG), ("王小明", EntityType.PER));
        Assert.Equal(4, figures.Count(f => f.Unit == "分钟"));
        Assert.All(figures.Where(f => f.Unit == "分钟"), f => Assert.Equal(("", "", "今天"), (f.Metric, f.Subject, f.Period)));
        Assert.Equal("王小明", figures.Single(f => f.Unit == "球").Subject);
        Assert.Equal("甲队", Attached("甲队今天训练了90分钟。", ("甲队", EntityType.ORG)).Single().Subject);   // a span, not a moment
    }

    [Fact]
    public void A_stated_rank_measures_a_ranking_and_points_after_ji_the_points_held()
    {
        var record = Attached("甲队以2胜1负积4分的成绩排名第三。", ("甲队", EntityType.ORG));
        Assert.Equal(("积分", "排名"), (record.Single(f => f.Unit == "分").Metric, record.Single(f => f.Kind == FigureKind.ORDINAL).Metric));
        Assert.Equal("排名", Attached("乙队列第二，丙队排第五。", ("乙队", EntityType.ORG), ("丙队", EntityType.ORG)).Last().Metric);
        // A change of rank states the new one (the modern golds: 升至第五位 is a 排名; the 1998 dev gold left it empty).
        Assert.Equal("排名", Attached("丙队则从第三升至第二。", ("丙队", EntityType.ORG)).Last().Metric);
        // What the standing is among may come between (居全国第二位); a list follows its word; a place (第三名) is a rank.
        Assert.Equal("排名", Attached("甲省总量居全国第二位。", ("甲省", EntityType.LOC)).Single(f => f.Kind == FigureKind.ORDINAL).Metric);
        Assert.Equal(["排名", "排名"], Attached("乙队、丙队分列第二、第三。", ("乙队", EntityType.ORG), ("丙队", EntityType.ORG)).Select(f => f.Metric));
        Assert.Equal("排名", Attached("李四以2小时11分获得第三名。", ("李四", EntityType.PER)).Single(f => f.Kind == FigureKind.ORDINAL).Metric);
        // A group opened by 全 or 各 between them (居全省地级市第三, 居西部各省第二), or a short one after a two-character word (位居女双第二);
        // what the standing is among is not whom the rank is about.
        var county = Attached("丁川市工信局介绍，今年全市新增企业40家，总数居全省地级市第三。", ("丁川市工信局", EntityType.ORG)).Single(f => f.Kind == FigureKind.ORDINAL);
        Assert.Equal(("排名", "丁川市"), (county.Metric, county.Subject));
        Assert.Equal("戊市", Attached("戊市去年举办展会80场，居西部各省第二。", ("戊市", EntityType.LOC)).Single(f => f.Kind == FigureKind.ORDINAL).Subject);
        Assert.Equal("排名", Attached("王五位居女双第二。", ("王五", EntityType.PER)).Single(f => f.Kind == FigureKind.ORDINAL).Metric);
        Assert.Equal("己川市", Attached("记者从己川市农业局了解到，全市今年新增茶园2万亩，茶园总面积居全省第一。", ("己川市农业局", EntityType.ORG)).Single(f => f.Kind == FigureKind.ORDINAL).Subject);
        // A world ranking the sentence speaks of names what is ranked, as a medal table does (below).
        Assert.Equal("世界排名", Attached("在最新世界排名中，李四升至第五位。", ("李四", EntityType.PER)).Single(f => f.Kind == FigureKind.ORDINAL).Metric);
        // A rank's 排名 is no amount's after it.
        Assert.NotEqual("排名", Attached("甲队领先第二名乙队7分。", ("甲队", EntityType.ORG), ("乙队", EntityType.ORG)).Single(f => f.Unit == "分").Metric);
    }

    [Fact]
    public void A_level_score_is_a_score_of_both_sides_of_the_match()
    {
        const string text = "王小明以6∶4击败李大山。\n决胜盘双方从2平打到4平，王小明又以6∶3获胜。";
        var figures = Attached(text, ("王小明", EntityType.PER), ("李大山", EntityType.PER));
        var level = figures.Where(f => f.Start > text.IndexOf('\n') && f.Unit.Length == 0 && text[f.End - 1] == '平').ToList();
        Assert.Equal([("2", "比分", "王小明、李大山"), ("4", "比分", "王小明、李大山")], level.Select(f => (f.Value, f.Metric, f.Subject)));
        Assert.Equal("李大山", figures.Last().Subject);
        Assert.Empty(FigureTestKit.Find("两队战平。").Where(f => f.Metric == "比分"));
    }

    [Fact]
    public void An_agent_a_causee_or_a_venue_is_not_the_subject()
    {
        var passive = Attached("王小明战胜了李大山。\n李大山一度领先，被王小明追了上来，最后以4∶6丢了这一盘。", ("李大山", EntityType.PER), ("王小明", EntityType.PER));
        Assert.Equal([("4", "李大山"), ("6", "王小明")], passive.Select(f => (f.Value, f.Subject)));
        var causee = Attached("李大山发挥出色，迫使王小明疲于奔命，以6∶4扳回一盘。", ("李大山", EntityType.PER), ("王小明", EntityType.PER));
        Assert.Equal("李大山", causee.First().Subject);
        var venue = Attached("王小明今天在甲城举行的公开赛中奋力拼杀，以6∶4获胜。", ("王小明", EntityType.PER), ("甲城", EntityType.LOC));
        Assert.Equal("王小明", venue.First().Subject);
    }

    [Fact]
    public void A_time_or_turn_in_a_series_is_a_label_with_no_context()
    {
        foreach (var (text, span) in new[] { ("这是乙国首次发行债券。", "首次"), ("乙国粮食产量连续第五年增长。", "第五年"), ("今年第11号台风在乙国登陆。", "第11号") })
        {
            var figure = Attached(text, ("乙国", EntityType.LOC)).Single(f => text.Substring(f.Start, f.End - f.Start) == span);
            Assert.Equal(("", "", ""), (figure.Metric, figure.Subject, figure.Period));
        }
        // 首个 ranks what it qualifies, as the seed's 首个跨省域高新区 does.
        Assert.NotEqual("", Attached("乙区是全国首个跨省域示范区。", ("乙区", EntityType.LOC)).Single().Metric);
        // Unless a remark on what was just told counts it in a series (这是…的第三个冠军).
        var remark = Attached("乙队以3比1取胜，这是乙队队史上的第三个联赛冠军。", ("乙队", EntityType.ORG)).Single(f => f.Unit == "个");
        Assert.Equal(("", "", ""), (remark.Metric, remark.Subject, remark.Period));
    }

    [Fact]
    public void A_short_form_of_an_organisation_named_in_full_before_is_written_in_full()
    {
        const string text = "甲市交通运输局今年整顿车站。\n甲市交通局共调整了26项收费。";
        var figures = Attached(text, ("甲市交通运输局", EntityType.ORG), ("甲市交通局", EntityType.ORG));
        Assert.Equal("甲市交通运输局", figures.Single(f => f.Unit == "项").Subject);
        // The body's own name after the place it opens with.
        Assert.Equal("新加坡住房发展局", Attached("新加坡住房发展局今天整顿市场。\n住房局共推出1.9万个单位。",
            ("新加坡住房发展局", EntityType.ORG), ("住房局", EntityType.ORG)).Single(f => f.Unit == "个").Subject);
        // Not a different body that shares the first characters and the last (甲市公安局 is no short form of 甲市交通运输局).
        Assert.Equal("甲市公安局", Attached("甲市交通运输局今年整顿车站。\n甲市公安局共破案26起。",
            ("甲市交通运输局", EntityType.ORG), ("甲市公安局", EntityType.ORG)).Single(f => f.Unit == "起").Subject);
        // A place or body named again by its tail is the one named in full; not where the rest is only a place (甲台中桥商场 … 中桥商场).
        Assert.Equal("甲州国际陆港", Attached("班列今天从甲州国际陆港驶出。\n陆港累计开行班列285列。",
            ("甲州国际陆港", EntityType.LOC), ("陆港", EntityType.LOC)).Single(f => f.Unit == "列").Subject);
        Assert.Equal("中桥商场", Attached("邢台中桥商场今天开业。\n中桥商场共有商户120家。",
            ("邢台中桥商场", EntityType.LOC), ("中桥商场", EntityType.LOC)).Single(f => f.Unit == "家").Subject);
        // A team is named by its country and 队 throughout: 中国队 stays as written after 中国游泳队.
        Assert.Equal("中国队", Attached("中国游泳队今天出征。\n中国队共获得7枚金牌。",
            ("中国游泳队", EntityType.ORG), ("中国队", EntityType.ORG)).Single(f => f.Unit == "枚").Subject);
    }

    [Fact]
    public void A_chain_of_places_before_a_person_describes_the_person()
    {
        var figure = Attached("甲县乙镇市民王小明等4人递交了申请。", ("甲县", EntityType.LOC), ("乙镇", EntityType.LOC), ("王小明", EntityType.PER)).Single();
        Assert.Equal("王小明", figure.Subject);
    }

    [Fact]
    public void A_headline_with_a_note_in_brackets_is_not_the_lead()
    {
        const string text = "甲队夺得冠军（附图片２张）\n本报某地3月5日电 甲队今天在决赛中战胜乙队。\n甲队以2∶1获胜。";
        var figures = Attached(text, ("甲队", EntityType.ORG), ("乙队", EntityType.ORG));
        Assert.Equal("今天", figures.Single(f => f.Value == "2" && f.Metric == "比分").Period);
    }

    [Fact]
    public void A_rank_after_a_word_of_ranking_is_about_the_name_right_before_it()
    {
        var figure = Attached("棋协公布等级分新秀王小明排名第一", ("棋协", EntityType.ORG), ("王小明", EntityType.PER)).Single(f => f.Kind == FigureKind.ORDINAL);
        Assert.Equal("王小明", figure.Subject);
    }

    [Fact]
    public void A_rank_among_each_of_a_kind_is_a_ranking_of_the_name_before_it()
    {
        var first = Attached("其中柳溪区筹集房源3860套，数量居各区县第一。", ("柳溪区", EntityType.LOC)).Single(f => f.Kind == FigureKind.ORDINAL);
        Assert.Equal(("排名", "柳溪区"), (first.Metric, first.Subject));
        var top = Attached("石浦市新登记经营主体2.38万户，居各县（市、区）首位。", ("石浦市", EntityType.LOC)).Single(f => f.Kind == FigureKind.ORDINAL);
        Assert.Equal(("排名", "石浦市"), (top.Metric, top.Subject));
        // A word of ranking right before the rank still counts when 各 stands further back.
        Assert.Equal("排名", FigureTestKit.Single("中国游客约652万人次，在各国家和地区中排名第二。", "第二").Metric);
    }

    [Fact]
    public void An_autonomous_county_named_in_an_office_is_what_gai_xian_refers_to()
    {
        var figures = Attached("记者从青川彝族自治县林业局获悉，今年春季该县计划完成造林3.2万亩。", ("青川彝族自治县林业局", EntityType.ORG));
        var planted = figures.Single(f => f.Unit == "亩");
        Assert.Equal(("青川彝族自治县", "计划完成造林"), (planted.Subject, planted.Metric));
    }

    [Fact]
    public void A_national_body_s_branch_is_named_for_the_division_quan_shi_refers_to()
    {
        // 国家税务总局|泉州市|税务局: the division after the national body's name, not the body's opening words.
        var figures = Attached("国家税务总局泉州市税务局介绍，今年前三季度全市新增减税降费38.6亿元。", ("国家税务总局泉州市税务局", EntityType.ORG));
        Assert.Equal("泉州市", figures.Single(f => f.Unit == "元").Subject);
        Assert.Equal("嘉兴市", Attached("人民银行嘉兴市中心支行介绍，截至9月末，全市普惠小微贷款余额1260亿元。", ("人民银行嘉兴市中心支行", EntityType.ORG)).Single(f => f.Unit == "元").Subject);
    }

    [Fact]
    public void A_banner_named_in_an_office_is_what_quan_qi_refers_to()
    {
        // Inner Mongolia's banners are counties with longer names; 全旗 refers back to one as 全县 does.
        var figures = Attached("查干诺尔前旗林业和草原局介绍，今年全旗完成防沙治沙48万亩。", ("查干诺尔前旗林业和草原局", EntityType.ORG));
        Assert.Equal("查干诺尔前旗", figures.Single(f => f.Unit == "亩").Subject);
    }

    [Fact]
    public void A_count_of_places_is_about_the_place_before_it_even_after_a_preposition()
    {
        var figure = Attached("该商场向甲市19个县、市、区的顾客赠送年货。", ("甲市", EntityType.LOC)).Single();
        Assert.Equal("甲市", figure.Subject);
    }

    [Fact]
    public void The_whole_country_is_the_subject_when_the_sentence_names_nothing_else()
    {
        Assert.Equal("全国", Attached("据水利部统计，目前全国仍有7000多万人战斗在工地。", ("水利部", EntityType.ORG)).Single().Subject);
        Assert.Equal("我国", FigureTestKit.Single("我国大幅度降低关税，平均降幅达26%。", "26%").Subject);
        Assert.Equal("", FigureTestKit.Single("该省产量占全国的两成。", "两成").Subject);        // governed: the share of the country
        // A report whose lead speaks of 全国 and names no one is about the country in its later paragraphs too.
        const string report = "记者从税务总局获悉，今年一季度，全国办理退税1236亿元。\n截至4月15日，已有超过1.1亿人完成申报。";
        Assert.Equal("全国", Attached(report, ("税务总局", EntityType.ORG)).Single(f => f.Unit == "人").Subject);
        // 全国 before a competition names it (全国排球联赛): its teams, not the country, are the subject.
        const string text = "全国联赛战罢，两支球队全胜。";
        var document = new Document("a.txt", text);
        new SentenceStage(new SentenceSplitter()).Process(document);
        int[] cuts = [0, 2, 4, 6, 7, 9, 11, 13, 14];   // 全国 联赛 战罢 ， 两支 球队 全胜 。
        string[] pos = ["n", "n", "v", "x", "m", "n", "v", "x"];
        document.SetTokens([.. cuts.Zip(cuts.Skip(1), (a, b) => (a, b)).Select((c, k) => new Token(c.a, c.b, pos[k]))]);
        new FigureStage(FigureTestKit.Resources).Process(document);
        Assert.Equal("", document.Figures.Single().Subject);
    }

    [Fact]
    public void Who_releases_the_figures_is_not_what_they_are_about()
    {
        Assert.Equal("", Attached("海关总署13日公布，出口增长5%。", ("海关总署", EntityType.ORG)).Single(f => f.Kind == FigureKind.PERCENT).Subject);
        Assert.Equal("", Attached("民航局数据显示，旅客运输量增长6%。", ("民航局", EntityType.ORG)).Single().Subject);
        Assert.Equal("", Attached("运输署资料显示，专线小巴路线约370条。", ("运输署", EntityType.ORG)).Single().Subject);
        // The nation's measure (全国粮食产量) is the nation's, where the release names it.
        Assert.Equal("全国", Attached("统计局今天发布数据，全国粮食产量达1.4万亿斤。", ("统计局", EntityType.ORG)).Single().Subject);
        // A company or hospital that releases its own figures is what they are about; only offices report on others.
        Assert.Equal("甲科技", Attached("甲科技今天发布年报，营收增长12%。", ("甲科技", EntityType.ORG)).Single(f => f.Kind == FigureKind.PERCENT).Subject);
        // Nor after an adverb (初步统计), nor when it forecasts.
        Assert.Equal("", Attached("据县应急管理局初步统计，农作物受灾3万亩。", ("县应急管理局", EntityType.ORG)).Single(f => f.Unit == "亩").Subject);
        Assert.Equal("全国", Attached("邮政局预计，明年全国快递业务量将达到1950亿件。", ("邮政局", EntityType.ORG)).Single(f => f.Unit == "件").Subject);
        // A body that does what the figure counts is still its subject.
        Assert.Equal("甲公司", Attached("甲公司今年营收增长12%。", ("甲公司", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void A_source_a_report_learns_from_that_is_no_office_is_what_it_is_about()
    {
        const string text = "甲港航线再增两条。记者从甲港集团获悉，今年前三季度货物吞吐量2.1亿吨。\n集装箱吞吐量增长9%。";
        var figures = Attached(text, ("甲港集团", EntityType.ORG));
        Assert.Equal("甲港集团", figures.Single(f => f.Kind == FigureKind.PERCENT).Subject);
        // An office that releases figures reports on others.
        var office = Attached(text.Replace("甲港集团", "甲市统计局"), ("甲市统计局", EntityType.ORG));
        Assert.Equal("", office.Single(f => f.Kind == FigureKind.PERCENT).Subject);
    }

    [Fact]
    public void A_national_body_s_office_for_a_division_reports_on_that_division()
    {
        const string text = "中国人民银行宁波市分行13日发布数据，7月末贷款余额3.27万亿元。今年前7个月，全市新增住房贷款186亿元。";
        var figures = Attached(text, ("中国人民银行宁波市分行", EntityType.ORG));
        Assert.All(figures.Where(f => f.Kind == FigureKind.MONEY), f => Assert.Equal("宁波市", f.Subject));
        Assert.Equal("嘉兴", Attached("国家统计局嘉兴调查队今天发布数据，居民收入增长5%。", ("国家统计局嘉兴调查队", EntityType.ORG)).Single(f => f.Kind == FigureKind.PERCENT).Subject);
        // A division no gazetteer knows, by its shape.
        Assert.Equal("澄州市", Attached("澄州市住房公积金管理中心日前发布年度报告，实缴职工52.3万人。", ("澄州市住房公积金管理中心", EntityType.ORG)).Single().Subject);
        // An office the report learns from reports on its place.
        Assert.Equal("澄州市", Attached("本报讯 记者从澄州市住房公积金管理中心获悉，今年工作有序推进。\n全年发放贷款1.12万笔。",
            ("澄州市住房公积金管理中心", EntityType.ORG)).Single(f => f.Unit == "笔").Subject);
        // The national body itself reports on others.
        Assert.Equal("", Attached("国家统计局今天发布数据，居民收入增长5%。", ("国家统计局", EntityType.ORG)).Single(f => f.Kind == FigureKind.PERCENT).Subject);
        // A city office's branch for a district reports on the district, and 全区 refers back to it.
        var branch = Attached("记者从澄州市公安局滨江区分局获悉，今年以来，全区破获电诈案件86起。", ("澄州市公安局滨江区分局", EntityType.ORG));
        Assert.Equal("滨江区", branch.Single(f => f.Unit == "起").Subject);
        // Not a branch named for no division (分局 after an office without a level before it).
        Assert.Equal("澄州市", Attached("记者从澄州市公安局交警分局获悉，全市新增信号灯40套。", ("澄州市公安局交警分局", EntityType.ORG)).Single(f => f.Unit == "套").Subject);
    }

    [Fact]
    public void A_weather_office_or_research_institute_that_releases_figures_is_not_what_they_are_about()
    {
        var cold = Attached("澜江省气象台今天发布寒潮预警，最低气温将降至零下9℃。", ("澜江省气象台", EntityType.ORG)).Single(f => f.Unit == "℃");
        Assert.Equal("澜江省", cold.Subject);
        var dive = Attached("记者从海渊研究所获悉，本航次共完成下潜42次。", ("海渊研究所", EntityType.ORG)).Single();
        Assert.Equal("", dive.Subject);
    }

    [Fact]
    public void A_word_of_time_tagged_alone_is_no_subject()
    {
        Assert.Equal("全省", Attached("当周全省报告手足口病聚集疫情16起。", ("周", EntityType.PER)).Single(f => f.Unit == "起").Subject);
    }

    [Fact]
    public void Bodies_of_a_kind_tagged_as_one_are_no_subject()
    {
        // 全县养老院: every home of the county, which stands for them.
        const string whole = "澄水县民政局介绍，全县养老院去年收住老人1300余人。";
        Assert.Equal("澄水县", Attached(whole, ("澄水县民政局", EntityType.ORG), ("养老院", EntityType.ORG)).Single(f => f.Unit == "人").Subject);
        // 36所职业学校: what the count counts, not who holds it.
        const string counted = "甲省技能大赛设36所职业学校分赛场。";
        var figures = Attached(counted, ("甲省", EntityType.LOC), ("职业学校", EntityType.ORG));
        Assert.All(figures.Where(f => f.Kind == FigureKind.COUNT), f => Assert.NotEqual("职业学校", f.Subject));
    }

    [Fact]
    public void A_body_named_by_its_level_alone_speaks_for_the_whole_division()
    {
        const string text = "省水利厅提出，今年全省新增节水灌溉面积要达到85万亩，较去年多出约12%。";
        var figures = Attached(text, ("省水利厅", EntityType.ORG));
        Assert.All(figures.Where(f => f.Kind != FigureKind.DATE), f => Assert.Equal("全省", f.Subject));
    }

    [Fact]
    public void The_whole_province_is_the_province_a_body_is_named_from()
    {
        var figure = Attached("河北省教育厅发布统计公报。全省在校生1386万人。", ("河北省教育厅", EntityType.ORG)).Single();
        Assert.StartsWith("河北", figure.Subject);
        Assert.NotEqual("河北省教育厅", figure.Subject);
        // A city a gazetteer knows keeps its level, as the golds write a city's figures (周口市, not 周口).
        Assert.Equal("周口市", Attached("周口市农业农村局25日通报，今年全市新建高标准农田86.4万亩。", ("周口市农业农村局", EntityType.ORG)).Single(f => f.Unit == "亩").Subject);
    }

    [Fact]
    public void The_whole_county_is_the_county_named_before_it_even_before_a_person()
    {
        // 桐溪县 describes the magistrate after it, so it is no subject of its own, but it still names what 全县 stands for.
        const string text = "桐溪县县长范某在会上作报告。去年，全县粮食产量达到41.3万吨。";
        var figure = Attached(text, ("桐溪县", EntityType.LOC), ("范某", EntityType.PER)).Single(f => f.Unit == "吨");
        Assert.Equal("桐溪县", figure.Subject);
    }

    [Fact]
    public void The_datelines_place_named_with_its_level_in_the_body_is_a_place_the_tagger_may_miss()
    {
        const string text = "本报青梧5月2日电 受暴雨影响，青梧市平均降雨量98毫米。全市转移群众3200人。";
        var figures = Attached(text);
        Assert.Equal("青梧市", figures.Single(f => f.Unit == "毫米").Subject);
        Assert.Equal("青梧市", figures.Single(f => f.Unit == "人").Subject);
        // The dateline alone names no subject (GUIDELINES F9), nor does 青梧市场.
        Assert.Equal("", Attached("本报青梧5月2日电 受暴雨影响，平均降雨量98毫米。").Single(f => f.Unit == "毫米").Subject);
        Assert.Equal("", Attached("本报青梧5月2日电 青梧市场蔬菜日均上市98吨。").Single(f => f.Unit == "吨").Subject);
    }

    [Fact]
    public void A_division_the_tagger_missed_that_opens_a_clause_of_the_lead_is_what_its_level_refers_to()
    {
        // 岚汀区 untagged (a name no gazetteer lists), 苓川县 cut to the body after it: 全区 and 全县 stand for them.
        var drill = Attached("本报讯 岚汀区日前举办农机展，体验区内设展位40个。全区共签约农机订单300余台。");
        Assert.All(drill, f => Assert.Equal("岚汀区", f.Subject));
        var county = Attached("2026年5月2日\n本报讯 记者从苓川县文旅局获悉，今年1至9月全县接待游客68万人次。", ("县文旅局", EntityType.ORG));
        Assert.Equal("苓川县", county.Single(f => f.Unit == "人次").Subject);
        Assert.Equal("苓川县", Attached("今年1至7月，苓川县开展技能培训。全县培训5.3万人次。").Single(f => f.Unit == "人次").Subject);
        // A sentence of the lead's paragraph after the lead.
        Assert.Equal("苓川县", Attached("今天是全国科普日。记者从苓川县科协获悉，全县科普场馆接待8.6万人次。", ("川县科协", EntityType.ORG)).Single(f => f.Unit == "人次").Subject);
        // Not a time word before a level (今年市级…), nor a part of a city (主城区).
        Assert.Equal("全市", Attached("今年市级财政投入资金3亿元。全市新建学校12所。").Single(f => f.Unit == "所").Subject);
        Assert.Equal("全区", Attached("本报讯 主城区日前完成管网改造。全区新增管网42公里。").Single(f => f.Unit == "公里").Subject);
    }

    [Fact]
    public void A_body_the_tagger_left_that_opens_the_lead_is_what_its_references_stand_for()
    {
        // No mention at all: 市图书馆 and the base open their leads as what the report comes from.
        var library = Attached("市图书馆近日发布年度阅读报告。去年全馆接待读者86万人次。\n目前全馆藏书210万册。");
        Assert.All(library.Where(f => f.Kind != FigureKind.DATE), f => Assert.Equal("市图书馆", f.Subject));
        var panda = Attached("青岚山大熊猫繁育基地传来喜讯，今年已有3只幼仔降生。\n基地目前圈养大熊猫40只。");
        Assert.Equal("青岚山大熊猫繁育基地", panda.Single(f => f.Value == "40").Subject);
        // Any name before a day in digits and a word of releasing (远舟汽车1日公布…), for the figures after the lead too.
        var maker = Attached("新华社深圳2月1日电 远舟汽车1日公布产销快报，1月销量8.6万辆。\n远舟汽车去年海外收入约120亿美元。");
        Assert.All(maker.Where(f => f.Kind is FigureKind.COUNT or FigureKind.MONEY), f => Assert.Equal("远舟汽车", f.Subject));
        // Not a body that is only the start of a longer phrase (市图书馆馆长…).
        Assert.NotEqual("市图书馆", Attached("市图书馆馆长表示，全市今年新建书屋12个。").Single().Subject);
    }

    [Fact]
    public void The_division_the_leads_whole_refers_to_holds_in_later_paragraphs()
    {
        // 全市 in the lead stands for 岚州市, the city the bureau is named from; the report is about that city throughout.
        const string text = "岚州市统计局今天发布人口公报。去年全市常住人口为512万人。\n从年龄构成看，60岁以上人口占19.3%。";
        var figure = Attached(text, ("岚州市统计局", EntityType.ORG)).Single(f => f.Value == "19.3");
        Assert.Equal("岚州市", figure.Subject);
    }

    [Fact]
    public void Ranks_dealt_out_respectively_are_each_their_own_names()
    {
        var teams = Attached("甲队以11金位列金牌榜首位，乙队和丙队分列第二、第三。", ("甲队", EntityType.ORG), ("乙队", EntityType.ORG), ("丙队", EntityType.ORG));
        Assert.Equal("乙队", teams.Single(f => f.Value == "2").Subject);
        Assert.Equal("丙队", teams.Single(f => f.Value == "3").Subject);
        // A place that describes a listed name stands between; 分获 ranks as 分列 does.
        var boats = Attached("甲国“海燕号”夺冠，乙国“南风号”和丙国“蓝鲸号”分获第二、第三名。", ("甲国", EntityType.LOC), ("乙国", EntityType.LOC), ("丙国", EntityType.LOC));
        var second = boats.Single(f => f.Value == "2");
        Assert.Equal(("排名", "“南风号”"), (second.Metric, second.Subject));
        Assert.Equal("“蓝鲸号”", boats.Single(f => f.Value == "3").Subject);
    }

    [Fact]
    public void An_office_named_by_its_level_alone_works_for_its_division()
    {
        // 市公安局 is 岳州市's police: its plans are the city's, in its own sentence and the sentences after it.
        const string police = "岳州市去年刑事警情下降12%。今年，市公安局计划新增智能交通信号灯400套。民警平均到场时间缩短至8分钟。";
        var figures = Attached(police, ("岳州市", EntityType.LOC), ("市公安局", EntityType.ORG));
        Assert.Equal("岳州市", figures.Single(f => f.Unit == "套").Subject);
        Assert.Equal("岳州市", figures.Single(f => f.Unit == "分钟").Subject);
        // With no city named, the whole city; a hospital or a company named by its level reports on itself.
        Assert.Equal("全市", Attached("市发展改革委拟调整居民水价。低保家庭每月可免费用水5立方米。", ("市发展改革委", EntityType.ORG)).Single().Subject);
        Assert.Equal("市自来水公司", Attached("市自来水公司介绍，公司累计投入管网改造资金12.3亿元。", ("市自来水公司", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void The_whole_of_a_division_the_text_never_names_is_the_subject()
    {
        // 全市 stands for the city the report never names, in its clause, in the paragraph after it and in later paragraphs.
        const string text = "市中级人民法院今天发布工作报告。2024年，全市法院共受理案件21万件，审结20万件。结案率为94%。\n其中，劳动争议案件1.2万件。";
        var figures = Attached(text, ("市中级人民法院", EntityType.ORG)).Where(f => f.Kind != FigureKind.DATE).ToList();
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.Equal("全市", f.Subject));
        // A city named before it is what it stands for, a municipality (北京) and a body named from an unknown county (清溪县…) too.
        Assert.Equal("北京", Attached("北京新建公园。全市公园总数达到1100个。", ("北京", EntityType.LOC)).Single().Subject);
        Assert.Equal("清溪县", Attached("记者从清溪县农业农村局了解到，今年全县种植水稻26万亩。", ("清溪县农业农村局", EntityType.ORG)).Single().Subject);
        // A county's name may be one character.
        Assert.Equal("单县", Attached("单县发展和改革局28日介绍，今年全县光伏装机容量达到46.8万千瓦。", ("单县发展和改革局", EntityType.ORG)).Single(f => f.Unit == "千瓦").Subject);
        // Also when its name reads as a run of province abbreviations (云 and 川): 云川区 is no gazetteer's, but the body is named from it.
        Assert.Equal("云川区", Attached("云川区公办小学课后服务全覆盖。全区93所小学开展课后服务。", ("云川区公办小学", EntityType.ORG)).Single().Subject);
        // 县里 at a clause's head refers back as 全县 does; 城市里 is no such word.
        Assert.Equal("松岭县", Attached("松岭县召开农业会议。今年以来，县里新建农田3万亩。", ("松岭县", EntityType.LOC)).Single().Subject);
        Assert.Null(LevelAnaphora.FindColloquial("很多人在城市里买房", 0, 9));
        Assert.Equal(5, LevelAnaphora.FindColloquial("今年以来，县里新建", 0, 9));
        // A town's 镇上 at a clause's head, and 全街道 for a subdistrict (街道), refer back the same way.
        Assert.Equal("柳湾镇", Attached("桐川县柳湾镇是竹编之乡。桐川县文旅局介绍，镇上现有竹编作坊46家。", ("桐川县", EntityType.LOC), ("柳湾镇", EntityType.LOC), ("桐川县文旅局", EntityType.ORG)).Single().Subject);
        Assert.Equal("青石街道", Attached("桐川市经信局消息，青石街道今年新建口袋公园5个。全街道绿化覆盖率达到41%。", ("桐川市经信局", EntityType.ORG), ("青石街道", EntityType.LOC)).Single(f => f.Kind == FigureKind.PERCENT).Subject);
        Assert.Null(LevelAnaphora.Find("全街道路面翻新", 0, 7));
        // The place a document is about stands behind it, of a level no gazetteer knows (义乌 is a county-level 市).
        const string yiwu = "义乌小商品走俏\n本报讯义乌商户越来越多。\n义乌的市场很大。\n义乌人善于经商。\n去年全市出口增长9%。";
        Assert.Equal("义乌", Attached(yiwu, ("义乌", EntityType.LOC)).Single(f => f.Kind == FigureKind.PERCENT).Subject);
    }

    [Fact]
    public void An_age_is_the_persons_and_whom_a_player_serves_is_not_the_subject()
    {
        var figures = Attached("效力于甲城队的22岁中场李四将以7500万欧元转会，合同期为5年。", ("甲城队", EntityType.ORG), ("李四", EntityType.PER));
        Assert.All(figures, f => Assert.Equal("李四", f.Subject));
        // 位于 locates what the figure is about rather than governing it.
        Assert.Equal("乙区", Attached("位于乙区的枢纽网络时延控制在20毫秒以内。", ("乙区", EntityType.LOC)).Single().Subject);
    }

    [Fact]
    public void A_person_quoted_is_no_subject_unless_speaking_of_himself()
    {
        var farm = Attached("甲县乳业牧场规模较大。场长王五介绍，牧场占地约1800亩。", ("甲县", EntityType.LOC), ("王五", EntityType.PER)).Single();
        Assert.Equal("甲县", farm.Subject);
        var trader = Attached("来自汕头的陈先生说，他在此做了3年生意。", ("汕头", EntityType.LOC), ("陈先生", EntityType.PER)).Single();
        Assert.Equal("陈先生", trader.Subject);
    }

    [Fact]
    public void Figures_about_an_event_that_opens_its_sentence_or_that_a_word_refers_back_to_are_the_events()
    {
        const string text = "青川杯围棋公开赛昨天在甲市闭幕，共有来自9个国家的128名棋手参加。决赛中，王五执白获胜，获得冠军奖金80万元。本届比赛历时12天。";
        var figures = Attached(text, ("甲市", EntityType.LOC), ("王五", EntityType.PER));
        Assert.Equal("青川杯围棋公开赛", figures.Single(f => f.Unit == "名").Subject);
        Assert.Equal("王五", figures.Single(f => f.Unit == "元").Subject);
        Assert.Equal("青川杯围棋公开赛", figures.Single(f => f.Unit == "天").Subject);   // 本届比赛
        // A category within an event, or an event others take part in further in, is no subject.
        var runners = Attached("乙城马拉松今天开跑，其中全程马拉松1.5万人。", ("乙城", EntityType.LOC)).Single();
        Assert.Equal("乙城马拉松", runners.Subject);
        Assert.Equal("王五", Attached("王五参加了全国游泳冠军赛，夺得3枚金牌。", ("王五", EntityType.PER)).Single().Subject);
        // A project that opens its sentence is one too, and 该工程 refers back to it.
        var project = Attached("甲山引水工程日前全线贯通。该工程全长约664公里。", ("甲山", EntityType.LOC)).Single();
        Assert.Equal("甲山引水工程", project.Subject);
        // After its length (为期3天的…), and the word for the event alone refers back to it.
        var festival = Attached("为期3天的海风音乐节日前在甲市落幕。音乐节共有42组乐队登台。", ("甲市", EntityType.LOC));
        Assert.All(festival, f => Assert.Equal("海风音乐节", f.Subject));
        // After a short opening clause and its edition (no part of its name), and 本届 after the event's length.
        var race = Attached("中秋佳节，第九届乙湖帆船赛今天在甲市开赛，共有32艘帆船参赛。为期4天的本届赛事共设6个组别。", ("甲市", EntityType.LOC));
        Assert.All(race.Where(f => f.Kind != FigureKind.ORDINAL), f => Assert.Equal("乙湖帆船赛", f.Subject));
        // A clause of its own before it that is longer is about something else.
        Assert.Equal("甲市", Attached("甲市今年的旅游收入大幅增长，乙湖帆船赛吸引游客12万人次。", ("甲市", EntityType.LOC)).Single().Subject);
        // After a day and a time of day in digits.
        Assert.Equal("2024甲城马拉松", Attached("17日7时30分，2024甲城马拉松鸣枪开跑，3万名跑者参赛。乙市交警全程保障。", ("乙市", EntityType.LOC)).Single(f => f.Unit == "名").Subject);
        // A year written with 年 before it is its time, no part of its name.
        Assert.Equal("甲城马拉松", Attached("2024年甲城马拉松今天鸣枪开跑，3万名跑者参赛。", ("乙市", EntityType.LOC)).Single(f => f.Unit == "名").Subject);
        // A series' stop is the event reported, and 本站比赛 refers back to it.
        var stop = Attached("跳水世界杯丙城站3日开赛。本站比赛为期3天，共有来自22个国家和地区的158名运动员参赛。", ("丙城", EntityType.LOC));
        Assert.All(stop.Where(f => f.Kind != FigureKind.DATE), f => Assert.Equal("跳水世界杯丙城站", f.Subject));
    }

    [Fact]
    public void Festivals_fairs_and_exhibitions_are_events_and_a_shopping_season_named_by_its_date_is_none()
    {
        // An exhibition named with its city is the event's, not the city's; last year's fair is the same fair.
        var fair = Attached("第九届甲州书展昨天开幕，设展位420个。去年书展吸引读者5万人次。", ("甲州", EntityType.LOC));
        Assert.All(fair.Where(f => f.Kind != FigureKind.ORDINAL), f => Assert.Equal("甲州书展", f.Subject));
        Assert.Equal("乙县农民丰收节", Attached("乙县农民丰收节今天开幕，展销农特产品90多种。", ("乙县", EntityType.LOC)).Single().Subject);
        Assert.Equal("丙城花灯游园会", Attached("丙城花灯游园会昨晚开园，吸引市民2.6万人次。", ("丙城", EntityType.LOC)).Single().Subject);
        // “618”购物节, 双11购物节: a time of year, not an event.
        Assert.NotEqual("“618”购物节", Attached("“618”购物节今天收官，甲市网络零售额增长12%。", ("甲市", EntityType.LOC)).Single(f => f.Unit == "%").Subject);
        Assert.NotEqual("双11购物节", Attached("双11购物节今天收官，甲市网络零售额增长12%。", ("甲市", EntityType.LOC)).Single(f => f.Unit == "%").Subject);
    }

    [Fact]
    public void An_event_a_paragraph_s_first_sentence_says_is_held_is_what_the_paragraph_reports()
    {
        // Wherever the sentence names it: after a report's source, after 该市.
        Assert.Equal("龙舟邀请赛", Attached("乙县文体局日前介绍，3日在丁湖举行的龙舟邀请赛共有48支队伍参赛。", ("乙县文体局", EntityType.ORG)).Single(f => f.Unit == "支").Subject);
        Assert.Equal("花灯游园会", Attached("记者从甲市文旅局获悉，该市花灯游园会昨晚开园，吸引市民2.6万人次。", ("甲市文旅局", EntityType.ORG)).Single(f => f.Unit == "人次").Subject);
        // After a dateline, and with an end of four characters (自行车赛).
        Assert.Equal("环岛公路自行车赛", Attached("本报丙州5月3日电 2日，第八届环岛公路自行车赛鸣枪开赛，共有530名骑手参赛。").Single(f => f.Unit == "名").Subject);
        // 全省 is part of a name; 该县's project is the county's.
        Assert.Equal("全省青少年田径锦标赛", Attached("全省青少年田径锦标赛今天开幕，共有17支代表队参赛。").Single(f => f.Unit == "支").Subject);
        Assert.Equal("乙县", Attached("记者从乙县水利局了解到，该县污水管网工程日前完工。工程总投资1.3亿元。", ("乙县水利局", EntityType.ORG)).Single(f => f.Unit == "元").Subject);
    }

    [Fact]
    public void A_quoted_name_opens_an_event_s_name_after_its_holder_but_not_after_a_division()
    {
        Assert.Equal("“远山”巡回演唱会", Attached("歌手丁一“远山”巡回演唱会昨晚在甲市开唱，现场观众4.2万人。", ("丁一", EntityType.PER), ("甲市", EntityType.LOC)).Single().Subject);
        Assert.Equal("戊乡“三月三”篮球邀请赛", Attached("戊乡“三月三”篮球邀请赛今天开赛，共有26支村队参赛。", ("戊乡", EntityType.LOC)).Single().Subject);
    }

    [Fact]
    public void An_events_entrants_audience_tickets_and_purse_are_the_events()
    {
        // Not the team or the place an earlier sentence or clause names.
        const string text = "丁湖龙舟邀请赛今天开赛。甲队夺得首日冠军。来自12个国家和地区的36支队伍参赛，到场观众约4.5万人次。";
        var figures = Attached(text, ("甲队", EntityType.ORG));
        Assert.All(figures.Where(f => f.Kind != FigureKind.DATE && f.Unit != "日"), f => Assert.Equal("丁湖龙舟邀请赛", f.Subject));
        Assert.Equal("丁湖龙舟邀请赛", Attached("丁湖龙舟邀请赛今天开赛。乙市特区政府为赛事投入2亿元，来自23个国家和地区的176名选手参赛。", ("乙市", EntityType.LOC)).Single(f => f.Unit == "名").Subject);
        // A purse with no winner named is the event's; a prize the sentence's winner takes is the winner's.
        Assert.Equal("丁湖龙舟邀请赛", Attached("丁湖龙舟邀请赛今天开赛。甲队夺得首日冠军。单项冠军可获奖金5万元。", ("甲队", EntityType.ORG)).Single(f => f.Unit == "元").Subject);
        Assert.Equal("甲队", Attached("丁湖龙舟邀请赛今天开赛。甲队夺得首日冠军，获得冠军奖金5万元。", ("甲队", EntityType.ORG)).Single(f => f.Unit == "元").Subject);
    }

    [Fact]
    public void The_quotes_of_a_short_quoted_word_end_no_clause()
    {
        const string text = "甲考察队乘“雪龙2”号破冰船于21日返回乙市，历时161天。";
        Assert.Equal("甲考察队", Attached(text, ("甲考察队", EntityType.ORG), ("乙市", EntityType.LOC)).Single(f => f.Unit == "天").Subject);
    }

    [Fact]
    public void Craft_products_and_platforms_named_in_quotes_are_what_their_figures_are_about()
    {
        // A name that ends in 号, with the place it belongs to before it left out.
        var boat = Attached("甲国“海鸥号”以61小时夺得冠军。", ("甲国", EntityType.LOC)).Single();
        Assert.Equal("“海鸥号”", boat.Subject);
        // A word for its kind after it belongs to the name, even across the clause the quotes make.
        var platform = Attached("乙馆发布消息，“云书”平台新增古籍1.3万部。平台上线以来访问量突破2亿人次。", ("乙馆", EntityType.LOC));
        Assert.All(platform, f => Assert.Equal("“云书”平台", f.Subject));
        var liner = Attached("载有2130名乘客的“海澜号”邮轮靠泊甲港。", ("甲港", EntityType.LOC));
        Assert.Equal("“海澜号”邮轮", liner.Single().Subject);
        // A word for its kind before it does not, and 该芯片 refers back to it.
        var chip = Attached("丙公司近日发布芯片“衡星2号”。该芯片集成约300亿个晶体管。", ("丙公司", EntityType.ORG)).Single(f => f.Unit == "个");
        Assert.Equal("“衡星2号”", chip.Subject);
        // A slogan in quotes is no name.
        Assert.Equal("丁市", Attached("丁市基本形成“15分钟充电圈”，建成充电桩2.3万个。", ("丁市", EntityType.LOC)).Single().Subject);
        // A storm named after 台风 is what its strength is about, not where it makes landfall.
        var storm = Attached("今年第9号台风“白鹭”今天在甲省乙市沿海登陆，登陆时中心附近最大风力14级。", ("甲省", EntityType.LOC), ("乙市", EntityType.LOC));
        Assert.Equal("“白鹭”", storm.Single(f => f.Unit == "级").Subject);
    }

    [Fact]
    public void A_source_the_reporter_learns_from_and_a_brigade_that_releases_a_report_are_no_subjects()
    {
        const string learnt = "记者从市统计局获悉，截至去年末，甲市常住人口为980万人。全年出生人口6.2万人。";
        Assert.All(Attached(learnt, ("统计局", EntityType.ORG), ("甲市", EntityType.LOC)).Where(f => f.Kind != FigureKind.DATE), f => Assert.Equal("甲市", f.Subject));
        const string brigade = "市消防救援支队日前发布年度报告。去年全市共接警3.4万次。\n报告显示，电气火灾占38.6%。";
        Assert.All(Attached(brigade, ("市消防救援支队", EntityType.ORG)), f => Assert.Equal("全市", f.Subject));
        // An office named with its place reports on the place; 中国's figures are 全国's, as the text says.
        Assert.Equal("新加坡", Attached("新加坡统计局近日公布，一季度共接获诈骗案268宗。", ("新加坡统计局", EntityType.ORG)).Single(f => f.Unit == "宗").Subject);
        Assert.Equal("全国", Attached("中国汽车工业协会今天发布数据，7月全国新能源汽车销量98.4万辆。", ("中国汽车工业协会", EntityType.ORG)).Single(f => f.Unit == "辆").Subject);
        // Nor is an office that releases them with others.
        Assert.Equal("", Attached("甲委等部门近日公布，小麦最低收购价为每50公斤119元。", ("甲委", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void Words_of_expectation_and_a_trailing_particle_are_no_part_of_a_metric()
    {
        // 省级|将|压减|一般性|支出|5%|以上|。
        Assert.Equal("省级压减一般性支出", WithWords("省级将压减一般性支出5%以上。", [0, 2, 3, 5, 8, 10, 12, 14, 15]).Single().Metric);
        Assert.Equal("每年节约药品费用", FigureTestKit.Single("预计每年节约药品费用约37亿元。", "约37亿元").Metric);
        Assert.Equal("研发投入占营业收入", FigureTestKit.Single("研发投入预计占营业收入的40%。", "40%").Metric);
        Assert.Equal("居民人均预期寿命", FigureTestKit.Single("居民人均预期寿命提高到79.2岁。", "79.2岁").Metric);
        // Verbs that hold a level (控制在, 压缩到) and the 把 before what is held.
        Assert.Equal("平均接通时间", FigureTestKit.Single("热线将新增坐席，并把平均接通时间压缩到15秒。", "15秒").Metric);
        Assert.Equal("管网漏损率", FigureTestKit.Single("到2027年管网漏损率将控制在8%以内。", "8%").Metric);
        // A time held to a level is measured, not a moment of a match (90分钟内, 于66分钟).
        Assert.Equal("旅客通关时间", FigureTestKit.Single("旅客通关时间可控制在30分钟以内。", "30分钟").Metric);
        Assert.Equal("学生在校午餐时间", FigureTestKit.Single("学生在校午餐时间不少于20分钟。", "20分钟").Metric);
        // 分红总额|约|占|全年|净利润|的|三成
        Assert.Equal("分红总额占全年净利润", WithWords("分红总额约占全年净利润的三成。", [0, 4, 5, 6, 8, 11, 12, 14, 15]).Single().Metric);
        // 可 stays, a word of its own or not: it is part of 可支配收入 (人均|可|支配|收入|达到|4.6万元|。).
        Assert.Equal("人均可支配收入", WithWords("人均可支配收入达到4.6万元。", [0, 2, 3, 5, 7, 9, 14, 15]).Single().Metric);
        // 县|财政|为此|安排|资金|1380|万元|。: what the money is for is said before, no part of the measure.
        Assert.Equal("县财政安排资金", WithWords("县财政为此安排资金1380万元。", [0, 1, 3, 5, 7, 9, 13, 15]).Single().Metric);
    }

    [Fact]
    public void Those_who_take_part_are_named_with_the_verb_first()
    {
        Assert.Equal("参赛桨手", FigureTestKit.Single("共有1100余名桨手参赛。", "1100余名").Metric);
        Assert.Equal("报考考生", FigureTestKit.Single("今年共有5830名考生报考。", "5830名").Metric);
        Assert.Equal("进场用人单位", FigureTestKit.Single("共有612家用人单位进场。", "612家").Metric);
        Assert.Equal("上榜高校", FigureTestKit.WithTags("共有1520所高校上榜。", ("共有", "v"), ("1520", "m"), ("所", "q"), ("高校", "n"), ("上榜", "v"), ("。", "x")).Single().Metric);
    }

    [Fact]
    public void Counted_things_that_do_what_their_clause_says_are_named_with_the_predicate_first()
    {
        Assert.Equal("执行新价格的医疗机构", FigureTestKit.WithTags("全市186家医疗机构执行新价格，",
            ("全市", "n"), ("186", "m"), ("家", "q"), ("医疗机构", "n"), ("执行", "v"), ("新", "a"), ("价格", "n"), ("，", "x")).Single().Metric);
        Assert.Equal("延误的进出港航班", FigureTestKit.WithTags("16个进出港航班延误。", ("16", "m"), ("个", "q"), ("进出港", "n"), ("航班", "n"), ("延误", "v"), ("。", "x")).Single().Metric);
        // An adverb opens the predicate too; a word for people the segmenter calls a verb is the noun.
        Assert.Equal("暂停土方作业的建筑工地", FigureTestKit.WithTags("132处建筑工地暂停土方作业。",
            ("132", "m"), ("处", "q"), ("建筑工地", "n"), ("暂停", "d"), ("土方", "n"), ("作业", "n"), ("。", "x")).Single().Metric);
        Assert.Equal("参加决赛的选手", FigureTestKit.WithTags("12名选手参加决赛。", ("12", "m"), ("名", "q"), ("选手", "v"), ("参加", "v"), ("决赛", "n"), ("。", "x")).Single().Metric);
        // A count's noun comes before a verb, not after a measurement the verb reaches.
        Assert.Equal("卫星", FigureTestKit.WithTags("将3颗卫星送入高度约600公里的轨道。", ("将", "p"), ("3", "m"), ("颗", "q"), ("卫星", "n"), ("送入", "v"), ("高度", "n"),
            ("约", "d"), ("600", "m"), ("公里", "q"), ("的", "uj"), ("轨道", "n"), ("。", "x")).First().Metric);
        // Not before a clause goes on, nor a noun the segmenter calls a verb, nor counts of events or points, nor other measures.
        Assert.Equal("医疗机构执行新价格", FigureTestKit.WithTags("186家医疗机构执行新价格的情况",
            ("186", "m"), ("家", "q"), ("医疗机构", "n"), ("执行", "v"), ("新", "a"), ("价格", "n"), ("的", "uj"), ("情况", "n")).Single().Metric);
        Assert.Equal("家庭用电需求", FigureTestKit.WithTags("满足67万户家庭用电需求。", ("满足", "v"), ("67", "m"), ("万户", "m"), ("家庭", "n"), ("用电", "n"), ("需求", "v"), ("。", "x")).Single().Metric);
        Assert.Equal("岗位推荐", FigureTestKit.WithTags("提供3次岗位推荐。", ("提供", "v"), ("3", "m"), ("次", "q"), ("岗位", "n"), ("推荐", "v"), ("。", "x")).Single().Metric);
        // A count that names nothing before it in its clause counts those that do what follows it.
        Assert.Equal("已脱贫", FigureTestKit.WithTags("其中1722户已脱贫。", ("其中", "r"), ("1722", "m"), ("户", "q"), ("已", "d"), ("脱贫", "v"), ("。", "x")).Single().Metric);
        // What they are classed as, after 为 (glued to the unit by jieba's plain cut); and a share of them likewise.
        Assert.Equal("临时加场", FigureTestKit.WithTags("其中9场为临时加场。", ("其中", "r"), ("9", "m"), ("场为", "x"), ("临时", "b"), ("加场", "n"), ("。", "x")).Single().Metric);
        Assert.Equal("由社会力量运营", FigureTestKit.WithTags("其中8家由社会力量运营。", ("其中", "r"), ("8", "m"), ("家", "q"), ("由", "p"), ("社会", "n"), ("力量", "n"), ("运营", "vn"), ("。", "x")).Single().Metric);
        // Who the counted make up is no part of them; whom something is done to names nothing before the count.
        Assert.Equal("专家", FigureTestKit.WithTags("由7名专家组成专家组。", ("由", "p"), ("7", "m"), ("名", "q"), ("专家", "n"), ("组成", "v"), ("专家组", "n"), ("。", "x")).Single().Metric);
        Assert.DoesNotContain("对", FigureTestKit.WithTags("对112栋建筑挂牌督办。", ("对", "p"), ("112", "m"), ("栋", "q"), ("建筑", "n"), ("挂牌", "v"), ("督办", "v"), ("。", "x")).Single().Metric);
        Assert.Equal("来自省外", FigureTestKit.WithTags("人才中，近四成来自省外。", ("人才", "n"), ("中", "f"), ("，", "x"), ("近", "d"), ("四成", "m"), ("来自", "v"), ("省外", "s"), ("。", "x")).Single().Metric);
        // Without a token layer nothing is reordered.
        Assert.Equal("跑者参加", FigureTestKit.Single("共有3万名跑者参加。", "3万名").Metric);
    }

    [Fact]
    public void What_a_result_is_won_with_measures_a_time_a_tally_or_what_came_before()
    {
        Assert.Equal("成绩", FigureTestKit.Attached("国内选手王振宇以2小时13分05秒名列第四。", ("王振宇", EntityType.PER)).Single(f => f.Kind == FigureKind.DURATION).Metric);
        Assert.Equal("奖牌", FigureTestKit.Attached("浙江队以11金7银5铜位列金牌榜首位。", ("浙江队", EntityType.ORG)).Single(f => f.Value == "11").Metric);
        // A range's spread (不等) is no noun: what follows it is, else what precedes it.
        Assert.Equal("有期徒刑", FigureTestKit.Single("其余8名被告人分别被判处3年至10年不等的有期徒刑。", "3年至10年").Metric);
        Assert.DoesNotContain("不", FigureTestKit.Single("票价由480港元至1880港元不等。", "480港元至1880港元").Metric);
        Assert.Equal("成绩", FigureTestKit.Attached("程昊以47秒12夺冠。", ("程昊", EntityType.PER)).Single(f => f.Kind == FigureKind.DURATION).Metric);
        Assert.Equal("奖牌", FigureTestKit.Attached("中国队已收获5金3银1铜。", ("中国队", EntityType.ORG)).Single(f => f.Value == "3").Metric);
        // Nor a band's 区间, nor the 里 of 8天里.
        Assert.DoesNotContain("区间", FigureTestKit.Single("工业增速将保持在4%至5%区间。", "4%至5%").Metric);
        Assert.DoesNotContain("里", FigureTestKit.Single("春节档8天里，影院日均放映场次超过50万。", "8天").Metric);
        // "Another" names nothing.
        Assert.DoesNotContain("另", FigureTestKit.Single("另有74部正在施工。", "74部").Metric);
    }

    [Fact]
    public void A_quoting_verb_is_no_part_of_a_metric()
    {
        const string text = "运价指数报2160点。";
        var figure = WithWords(text, [0, 2, 4, 5, 10, 11]).Single();
        Assert.Equal("运价指数", figure.Metric);
        // Nor the whole division opening it, which is the subject (全国|居民|消费|价格|指数|同比|下降|0.2%), nor a Latin gloss in brackets.
        var prices = WithWords("全国居民消费价格指数（CPI）同比下降0.2%。", [0, 2, 4, 6, 8, 10, 11, 14, 15, 17, 19, 23, 24]).Single();
        Assert.Equal(("居民消费价格指数同比下降", "全国"), (prices.Metric, prices.Subject));
        Assert.Equal("出国（境）深造", FigureTestKit.Single("出国（境）深造215人。", "215人").Metric);
        // Nor 约合 (about, converted), which the qualifier reads.
        Assert.Equal("出口额", FigureTestKit.Single("去年出口额约合17.4亿美元。", "17.4亿美元").Metric);
        // Nor the bound of the figure before it (60岁以上 老年人).
        Assert.Equal("老年人接种", FigureTestKit.Single("60岁以上老年人接种5.6万剂次。", "5.6万剂次").Metric);
        // 日均 before an amount 约 keeps from being a rate stays whole.
        Assert.Equal("日均", FigureTestKit.Single("接待读者312万人次，日均约8600人次。", "约8600人次").Metric);
        // Nor the preposition 在 before it, a word of its own (在|海拔|4000米), but the 在 of 在校生 stays.
        Assert.Equal("海拔", WithWords("在海拔4000米。", [0, 1, 3, 8, 9]).Single().Metric);
        Assert.Equal("在校生", WithWords("在校生1386万人。", [0, 3, 9, 10]).Single().Metric);
    }

    [Fact]
    public void A_stage_of_a_race_is_a_label()
    {
        var stage = FigureTestKit.Single("第五赛段比赛昨天结束。", "第五赛段");
        Assert.Equal(("", ""), (stage.Metric, stage.Subject));
    }

    [Fact]
    public void A_work_named_after_a_word_for_a_work_is_what_its_figures_are_about()
    {
        const string text = "今年全国票房95亿元。其中，动画电影《甲乙》以48.6亿元的票房位列档期第一。";
        var film = Attached(text, ("全国", EntityType.LOC)).Single(f => f.Value == "4860000000");
        Assert.Equal(("甲乙", "今年"), (film.Subject, film.Period));      // the lead's time still holds
        // A report that shows figures is no work.
        Assert.Equal("", Attached("《甲调查》显示，受访者平均花费为24.6万元。", ("乙市", EntityType.LOC)).Single().Subject);
    }

    [Fact]
    public void The_sides_of_an_exchange_rate_have_no_subject()
    {
        var rate = Attached("甲国央行宣布加息后，1美元兑149.8日元，在岸人民币收于1美元兑人民币7.07元。", ("甲国", EntityType.LOC));
        Assert.Equal(4, rate.Length);
        Assert.All(rate, f => Assert.Equal("", f.Subject));
        // 承兑 accepts a bill: no rate.
        Assert.Equal("乙银行", Attached("乙银行办理银行承兑汇票192亿元。", ("乙银行", EntityType.ORG)).Single().Subject);
    }

    [Fact]
    public void A_persons_age_measures_nothing_and_is_the_persons()
    {
        var age = Attached("昨天决赛中，20岁的中国棋手王五执黑获胜。", ("中国", EntityType.LOC), ("王五", EntityType.PER)).Single(f => f.Unit == "岁");
        Assert.Equal(("", "王五", ""), (age.Metric, age.Subject, age.Period));
        Assert.Equal("", FigureTestKit.Single("他共拿下12次助攻，年仅19岁。", "19岁").Metric);
        // An average age measures one.
        Assert.Equal("受访者平均年龄", FigureTestKit.Single("受访者平均年龄为31.5岁。", "31.5岁").Metric);
    }

    [Theory]
    [InlineData("全市60岁及以上人口占18.2%。", "60岁", Qualifier.Over)]
    [InlineData("全县16至59岁的劳动年龄人口为21万人。", "16至59岁", Qualifier.Exact)]
    [InlineData("今年全区为65岁以上户籍老人免费体检。", "65岁", Qualifier.Over)]
    [InlineData("年满70周岁的人员，每人每月再增加20元。", "70周岁", Qualifier.Over)]
    public void An_age_that_bounds_a_group_only_says_who_is_counted(string text, string span, Qualifier qualifier)
    {
        var age = FigureTestKit.Single(text, span);
        Assert.Equal((qualifier, "", "", ""), (age.Qualifier, age.Metric, age.Subject, age.Period));
    }

    [Fact]
    public void The_nation_of_an_earlier_sentence_carries()
    {
        const string text = "协会今天发布数据，7月全国新能源汽车销量达98万辆。1至7月，新能源汽车累计销量达593万辆。";
        Assert.Equal("全国", Attached(text, ("协会", EntityType.ORG)).Single(f => f.Value == "5930000").Subject);
    }

    [Fact]
    public void A_bare_amount_after_the_highest_measures_what_the_clause_before_names()
    {
        Assert.Equal("网络购物类诈骗占比", FigureTestKit.Single("其中网络购物类诈骗占比最高，达31.5%。", "31.5%").Metric);
        Assert.Equal("最大小时雨强", FigureTestKit.Single("最大小时雨强出现在东关镇，达86.2毫米。", "86.2毫米").Metric);
        // The place that holds the highest is the subject.
        var rent = FigureTestKit.Attached("其中东湖区租金最高，达每平方米95元。", ("东湖区", EntityType.LOC)).Single();
        Assert.Equal(("租金", "东湖区"), (rent.Metric, rent.Subject));
    }

    [Fact]
    public void The_verb_or_total_that_leads_to_an_amount_is_no_part_of_its_metric()
    {
        Assert.Equal("销售彩票", FigureTestKit.WithTags("全市共销售彩票58亿元。",
            ("全市", "n"), ("共", "d"), ("销售", "v"), ("彩票", "n"), ("58", "m"), ("亿元", "m"), ("。", "x")).Single().Metric);
        Assert.Equal("营业收入", FigureTestKit.Single("该公司实现营业收入12亿元。", "12亿元").Metric);
        // A word that only starts like one stays whole, and so does the design golds' 累计.
        Assert.Equal("共享单车投放量", FigureTestKit.WithTags("共享单车投放量达3万辆。",
            ("共享", "v"), ("单车", "n"), ("投放量", "n"), ("达", "v"), ("3", "m"), ("万辆", "m"), ("。", "x")).Single().Metric);
        Assert.Equal("累计接待游客", FigureTestKit.Single("景区累计接待游客26万人次。", "26万人次").Metric);
        // Nor a body already named, a plan or a time that opens it.
        Assert.Equal("新增城镇就业", FigureTestKit.Single("全市力争新增城镇就业5万人。", "5万人").Metric);
        Assert.Equal("文创产品销售额", FigureTestKit.WithTags("该馆文创产品销售额达120万元。",
            ("该馆", "r"), ("文创", "n"), ("产品", "n"), ("销售额", "n"), ("达", "v"), ("120", "m"), ("万元", "m"), ("。", "x")).Single().Metric);
        Assert.Equal("地区生产总值", FigureTestKit.Single("全县地区生产总值完成320亿元。", "320亿元").Metric);
        Assert.Equal("出口收入", FigureTestKit.Single("全年出口收入有望达到120亿元。", "120亿元").Metric);
        Assert.Equal("蜂蜜总产量", FigureTestKit.WithTags("该县今年蜂蜜总产量达860吨。",
            ("该县", "r"), ("今年", "t"), ("蜂蜜", "n"), ("总产量", "n"), ("达", "v"), ("860", "m"), ("吨", "q"), ("。", "x")).Single().Metric);
    }

    [Fact]
    public void A_season_right_after_its_year_is_one_period_with_it()
    {
        Assert.Equal("今年春季", FigureTestKit.Single("今年春季全县共发放蚕种2.35万张。", "2.35万张").Period);
        Assert.Equal("2024年暑期", FigureTestKit.Single("2024年暑期游泳馆接待游客186万人次。", "186万人次").Period);
        // Alone it is a name's or a length's, no period.
        Assert.NotEqual("春季", FigureTestKit.Single("春季招聘会吸引386家企业参加。", "386家").Period);
    }

    [Fact]
    public void Who_takes_part_is_counted_with_the_verb_of_taking_part()
    {
        var race = FigureTestKit.Find("来自23个国家和地区的3200名跑者参赛。");
        Assert.Equal(["参赛国家和地区", "参赛跑者"], race.Select(f => f.Metric));
        // Not a clause that ends otherwise.
        Assert.Equal("队伍", FigureTestKit.Single("本届比赛有36支队伍，比上届多6支。", "36支").Metric);
    }

    [Fact]
    public void A_share_stated_with_its_verb_measures_the_share()
    {
        Assert.Equal("电气原因引发的火灾占比", FigureTestKit.Single("电气原因引发的火灾占38.6%。", "38.6%").Metric);
        Assert.Equal("老年人口占比", FigureTestKit.Single("全市老年人口占比为21%。", "21%").Metric); // written so already
    }

    [Fact]
    public void Where_a_level_lies_or_starts_from_is_no_part_of_its_metric()
    {
        Assert.Equal("夜间最低气温", FigureTestKit.Single("夜间最低气温在零下12℃。", "零下12℃").Metric);
        Assert.Equal("票价", FigureTestKit.Single("票价从120元降至80元。", "120元").Metric);
        Assert.Equal("单程航行时间", FigureTestKit.Single("单程航行时间由原来的3小时缩短至2小时。", "3小时").Metric);
    }

    [Fact]
    public void A_change_that_names_no_measure_is_of_the_amount_before_it()
    {
        Assert.Equal("营业收入同比增长", FigureTestKit.Single("该公司去年营业收入128亿元，同比增长3.1%。", "3.1%").Metric);
        var quarters = FigureTestKit.Find("一季度地区生产总值同比增长5.3%，二季度增长4.7%。").Where(f => f.Kind == FigureKind.PERCENT);
        Assert.Equal(["地区生产总值同比增长", "地区生产总值增长"], quarters.Select(f => f.Metric));
        // Less the verb or total that led to the amount.
        Assert.Equal("快递业务量同比增长", FigureTestKit.Single("全省快递业务量累计完成98亿件，同比增长21%。", "21%").Metric);
        // An absolute change only of an amount in its unit; never of a share.
        Assert.Equal("参与商户较首轮增加", FigureTestKit.Single("参与商户3200家，较首轮增加1900家。", "1900家").Metric);
        Assert.Equal("提高", FigureTestKit.Single("队伍获得金牌12枚，提高1公斤。", "1公斤").Metric);
        Assert.DoesNotContain("占", FigureTestKit.Single("华人企业占全市企业总数的15%，比五年前增加3个百分点。", "3个百分点").Metric);
    }

    [Fact]
    public void Respectively_deals_a_list_out_to_what_was_named_before_it()
    {
        var bank = FigureTestKit.Find("去年营业收入412亿元，净利润136亿元，同比分别增长3.1%和5.4%。").Where(f => f.Kind == FigureKind.PERCENT);
        Assert.Equal(["营业收入同比增长", "净利润同比增长"], bank.Select(f => f.Metric));
        var incomes = FigureTestKit.Find("城镇居民和农村居民人均可支配收入分别达到46580元和23710元，分别增长4.8%和6.9%。").ToList();
        Assert.Equal(["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"], incomes.Select(f => f.Metric));
        // Two nouns of one length alone are split too.
        Assert.Equal(["煤炭占比", "矿石占比"], FigureTestKit.Find("货运量中，煤炭和矿石分别占31%和24%。").Select(f => f.Metric));
        // Modifiers of one length enumerated with 、 share the head of the last.
        Assert.Equal(["小学生近视率", "初中生近视率", "高中生近视率"], FigureTestKit.Find("小学生、初中生、高中生近视率分别为30.1%、70.2%和81.5%。").Select(f => f.Metric));
        Assert.Equal(["城镇居民人均消费支出", "农村居民人均消费支出"], FigureTestKit.Find("城镇、农村居民人均消费支出分别为3.1万元和1.9万元。").Select(f => f.Metric));
        // Nouns that do not run parallel are not split, and 分别 is no part of what they measure.
        Assert.DoesNotContain(FigureTestKit.Find("汽车、摩托车产量分别达到30万辆和50万辆。"), f => f.Metric.Contains("汽车托车", StringComparison.Ordinal));
        var vehicles = FigureTestKit.Find("汽车和摩托车产量分别达到30万辆和50万辆。");
        Assert.All(vehicles, f => Assert.DoesNotContain("摩托车产量", f.Metric.Replace("汽车和摩托车产量", "")));
        Assert.All(vehicles, f => Assert.DoesNotContain("分别", f.Metric));
    }

    [Fact]
    public void A_forecast_or_plan_runs_on_to_its_sentences_later_clauses()
    {
        const string text = "县农业农村局预计总产量可达98万吨，平均亩产约3700斤，比去年增加两成左右。";
        Assert.All(FigureTestKit.Find(text), f => Assert.Equal(Qualifier.Target, f.Qualifier));
        Assert.Equal(Qualifier.Target, FigureTestKit.Single("公司拟向全体股东每10股派发现金红利3.5元。", "3.5元").Qualifier);
        // Not past a clause that says what is already so, nor a zone's planned area (规划面积), a fact about it.
        Assert.Equal(Qualifier.Exact, FigureTestKit.Single("全省计划植树5000万株，目前已有约210万人次参与，栽植苗木1860万株。", "1860万株").Qualifier);
        Assert.Equal(Qualifier.Exact, FigureTestKit.Single("园区规划面积3.6平方公里，已入驻企业1370家。", "3.6平方公里").Qualifier);
        // A weather forecast too.
        Assert.Equal(Qualifier.Target, FigureTestKit.Single("据气象部门预报，本周最低气温在零下26℃左右。", "零下26℃").Qualifier);
        // Not what is already done, nor a target range set (利率目标区间) or the share of a goal met.
        Assert.NotEqual(Qualifier.Target, FigureTestKit.Single("预计全年增长5%，前三季度已增长4.8%。", "4.8%").Qualifier);
        Assert.NotEqual(Qualifier.Target, FigureTestKit.Single("美联储将联邦基金利率目标区间下调50个基点。", "50个基点").Qualifier);
        Assert.NotEqual(Qualifier.Target, FigureTestKit.Single("公司已完成全年销量目标的86%。", "86%").Qualifier);
    }

    [Theory]
    [InlineData("报名人数为68.3万人，比去年增加1.7万人。", new[] { 0, 2, 4, 5, 11, 12, 13, 15, 17, 22, 23 }, "报名人数比去年增加")]
    // After a change, a second change is of the same measure (A_change_that_names_no_measure_is_of_the_amount_before_it).
    [InlineData("价格比上周下降86元，比春节前下跌6%。", new[] { 0, 2, 3, 5, 7, 10, 11, 12, 15, 17, 19, 20 }, "价格比春节前下跌")]
    // A difference against a base (高出, 偏多) as a change is: 莲藕 批发价 为 每斤 12元 ， 比 上周 高出 2元 。
    [InlineData("莲藕批发价为每斤12元，比上周高出2元。", new[] { 0, 2, 5, 6, 8, 11, 12, 13, 15, 17, 19, 20 }, "莲藕批发价比上周高出")]
    [InlineData("月降雨量为86毫米，较常年偏多两成。", new[] { 0, 1, 4, 5, 9, 10, 11, 13, 15, 17, 18 }, "月降雨量较常年偏多")]
    // Not against a record: its margin is no level's difference. 成绩 为 3分05秒 ， 比 原 纪录 快 1.2秒 。
    [InlineData("成绩为3分05秒，比原纪录快1.2秒。", new[] { 0, 2, 3, 8, 9, 10, 11, 13, 14, 18, 19 }, "比原纪录快")]
    public void A_change_against_a_base_after_a_level_is_that_levels_change(string text, int[] cuts, string metric) =>
        Assert.Equal(metric, WithWords(text, cuts).Last().Metric);

    [Fact]
    public void The_level_a_change_reaches_measures_what_changed() =>
        Assert.Equal("基准利率", Attached("英国央行将基准利率下调25个基点至4.75%。", ("英国央行", EntityType.ORG)).Last().Metric);

    [Fact]
    public void A_stray_one_character_direction_is_no_subject()
    {
        var figure = Attached("新线北起甲市，南至乙镇，全长120公里。", ("甲市", EntityType.LOC), ("南", EntityType.LOC), ("乙镇", EntityType.LOC)).Single();
        Assert.NotEqual("南", figure.Subject);
    }

    [Fact]
    public void An_organisation_of_an_earlier_paragraph_is_not_the_subject()
    {
        const string text = "全市经济运行平稳\n本报讯全市经济运行平稳。\n甲大学的专家出席了发布会。\n全市新增就业岗位3万个。";
        Assert.Equal("全市", Attached(text, ("甲大学", EntityType.ORG)).Single().Subject);
        // In its own paragraph the sentence before still says who the figure is about.
        Assert.Equal("甲大学", Attached("本报讯全市经济运行平稳。\n甲大学举办招聘会。会上提供岗位3000个。", ("甲大学", EntityType.ORG)).Single().Subject);
    }

    /// <summary>The figures of <paramref name="text"/> segmented into words at <paramref name="cuts"/> (a segmenter's stand-in).</summary>
    private static ImmutableArray<Figure> WithWords(string text, int[] cuts)
    {
        var document = new Document("a.txt", text);
        new SentenceStage(new SentenceSplitter()).Process(document);
        document.SetTokens([.. cuts.Zip(cuts.Skip(1), (a, b) => new Token(a, b, ""))]);
        new FigureStage(FigureTestKit.Resources).Process(document);
        return document.Figures;
    }
}
