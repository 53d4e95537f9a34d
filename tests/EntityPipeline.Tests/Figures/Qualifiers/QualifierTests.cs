using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Figures.Qualifiers;

public sealed class QualifierTests
{
    [Theory]
    [InlineData("全县人口接近80万人。", "80万人", Qualifier.Approx)]          // 接近 is a word: outside the span
    [InlineData("全县人口约80万人。", "约80万人", Qualifier.Approx)]          // 约 touches the number: inside
    [InlineData("全县人口近80万人。", "近80万人", Qualifier.Approx)]
    [InlineData("客流增长20%左右。", "20%", Qualifier.Approx)]
    [InlineData("夜间受理的诉求约占全天的7%。", "7%", Qualifier.Approx)]       // 约占 and the whole before the share
    [InlineData("诉求约占全天，其中的7%在夜间。", "7%", Qualifier.Exact)]       // not across a clause
    [InlineData("蓄水不足正常水平的两成。", "两成", Qualifier.Under)]           // any bound word before the whole
    [InlineData("发件量约为平日的2倍。", "2倍", Qualifier.Approx)]
    [InlineData("阳性率高于上周的6.9%。", "6.9%", Qualifier.Exact)]          // a comparison's base is not bounded
    [InlineData("工程正式通水后可惠及沿线11个市县。", "11个", Qualifier.Target)]
    [InlineData("今年计划实施绿道项目43个，总投资约58.5亿元。", "约58.5亿元", Qualifier.Target)]     // a plan runs to the sentence's end
    [InlineData("县自然资源和规划局昨天出让两宗用地，总面积9.2公顷。", "9.2公顷", Qualifier.Exact)]     // 规划 in a body's name plans nothing
    [InlineData("公司已完成全年计划的约78%，其中电池占比超过九成。", "九成", Qualifier.Over)]          // a plan's share met is a fact
    [InlineData("热线将新增坐席6个，并把平均接通时间压缩到15秒以内。", "15秒", Qualifier.Target)]      // 将 and a verb of reaching
    [InlineData("平台承诺司机连续接单4小时后强制休息20分钟。", "20分钟", Qualifier.Target)]
    [InlineData("风电场投产后每年可提供电能约16亿千瓦时，每年减少排放约130万吨。", "约130万吨", Qualifier.Target)]
    [InlineData("15至59岁人口约占72%。", "72%", Qualifier.Approx)]
    [InlineData("若90分钟内打成平局，以点球决胜负。", "90分钟", Qualifier.Under)]   // …内 after a span of time
    [InlineData("新药3周内见效。", "3周", Qualifier.Under)]
    [InlineData("讲座共3小时内容丰富。", "3小时", Qualifier.Exact)]                  // 内容 is a word
    [InlineData("利润超过5000万元。", "5000万元", Qualifier.Over)]
    [InlineData("利润超5000万元。", "超5000万元", Qualifier.Over)]
    [InlineData("营业面积逾2万平方米。", "逾2万平方米", Qualifier.Over)]
    [InlineData("参会人数在1000人以上。", "1000人", Qualifier.Over)]
    [InlineData("新增就业岗位3000余个。", "3000余个", Qualifier.Over)]
    [InlineData("实现全年5%的预期目标有基础。", "5%", Qualifier.Target)]                    // the goal named after the figure
    [InlineData("该厅预计，四季度工业增速回升，全年投资增长12%。", "12%", Qualifier.Target)]     // a forecast verb opening the sentence
    [InlineData("气象部门预计，未来24小时仍有暴雨。", "24小时", Qualifier.Exact)]             // not the span the forecast covers
    [InlineData("居民人均预期寿命提高到79.2岁。", "79.2岁", Qualifier.Exact)]                // 预期寿命 is life expectancy, no plan
    [InlineData("夜间气温不到10摄氏度。", "10摄氏度", Qualifier.Under)]
    [InlineData("从市区出发在两小时车程内可达。", "两小时", Qualifier.Under)]     // 在…内 frames a bound
    [InlineData("误差控制在5毫米以内。", "5毫米", Qualifier.Under)]
    [InlineData("全区规划建设200个充电站。", "200个", Qualifier.Target)]       // a plan
    [InlineData("到2030年，绿化覆盖率将达到45%。", "45%", Qualifier.Target)]  // a goal year and a verb of reaching
    [InlineData("到2030年，绿化覆盖率将达到45%。", "2030年", Qualifier.Exact)]  // the goal year itself is exact
    [InlineData("两地通勤时间将由90分钟缩短至30分钟。", "90分钟", Qualifier.Exact)]   // where the change starts
    [InlineData("两地通勤时间将由90分钟缩短至30分钟。", "30分钟", Qualifier.Target)]  // where it is to end
    [InlineData("到2030年，车程将由90分钟缩短至40分钟。", "90分钟", Qualifier.Exact)]   // a starting point under a goal year
    [InlineData("到2030年，车程将由90分钟缩短至40分钟。", "40分钟", Qualifier.Target)]
    [InlineData("到2027年，全省将建成充电桩5万个。", "5万个", Qualifier.Target)]        // 将 under a goal year, no verb of reaching
    [InlineData("车程将缩短至40分钟。目前已开通铁路超过900公里。", "900公里", Qualifier.Over)] // 将 of the previous sentence does not reach this one
    [InlineData("2020年，全省建成充电桩5万个。", "5万个", Qualifier.Exact)]
    [InlineData("不到八点，他就到了。", "八点", Qualifier.Under)]
    [InlineData("去年粮食产量为620万吨。", "620万吨", Qualifier.Exact)]
    [InlineData("全市常住人口首次突破1000万人。", "1000万人", Qualifier.Over)]             // 突破: past the mark
    [InlineData("单笔补贴不超过5万元。", "5万元", Qualifier.Under)]                        // a cap
    [InlineData("单笔补贴将不超过5万元。", "5万元", Qualifier.Target)]                     // a cap in a plan: target overrides (F5)
    [InlineData("公司拟回购不低于1亿元的股份。", "1亿元", Qualifier.Target)]
    [InlineData("每户不超过3000元。", "3000元", Qualifier.Under)]
    [InlineData("每年培训不少于40学时。", "40学时", Qualifier.Over)]                     // 不少于 is a floor, not 少于
    [InlineData("室内温度不得低于18℃。", "18℃", Qualifier.Over)]                          // what must not be passed: the other side
    [InlineData("每天上网时长不能超过2小时。", "2小时", Qualifier.Under)]
    [InlineData("充满一次电约需40分钟。", "40分钟", Qualifier.Approx)]
    [InlineData("订单金额约合人民币30亿元。", "30亿元", Qualifier.Approx)]
    [InlineData("截至2022年底，全省城镇化率达到79.9%。", "79.9%", Qualifier.Exact)]        // 截至: a fact as of a date
    [InlineData("全省城镇化率达到79.9%。", "79.9%", Qualifier.Exact)]                       // 达到 alone states a fact, not a goal
    // GUIDELINES F5: a forecast is a target; 将 as the future auxiliary of the verb that governs the figure
    [InlineData("研究所认为，明后两年出口将增加300亿美元。", "300亿美元", Qualifier.Target)]
    [InlineData("代表团将派出两名裁判。", "两名", Qualifier.Target)]
    [InlineData("运载火箭点火升空，将4颗卫星送入预定轨道。", "4颗", Qualifier.Exact)]   // right before the figure 将 is a 把
    [InlineData("飞船将把两吨物资送上空间站。", "两吨", Qualifier.Target)]
    [InlineData("这条公路将甲、乙3个乡镇连在一起。", "3个", Qualifier.Exact)]          // a list between: 将 moves things
    [InlineData("这种影响将波及该国全部50个州。", "50个", Qualifier.Exact)]              // the figure is far from 将's verb
    [InlineData("新线将连接沿途12个车站。", "12个", Qualifier.Exact)]                      // what the plan reaches, not a forecast value
    [InlineData("全县将投入3亿元建设新校区。", "3亿元", Qualifier.Target)]
    [InlineData("工厂已将产量提高到5万吨。", "5万吨", Qualifier.Exact)]                  // 已将: what was done
    [InlineData("工厂将产量提高了5万吨。", "5万吨", Qualifier.Exact)]                   // 了: what was done
    [InlineData("全县人口将近80万人。", "80万人", Qualifier.Approx)]                      // 将近 = nearly
    public void Reads_the_qualifier_from_the_words_around_the_figure(string text, string span, Qualifier qualifier) =>
        Assert.Equal(qualifier, FigureTestKit.Single(text, span).Qualifier);

    // Session 37's audit of the cue words news uses for approximations, bounds and goals (GUIDELINES F5, and its closest rule where it is silent).
    [Theory]
    // approx: adverbs of rounding, also a few characters before the figure of the verb they modify
    [InlineData("合同金额约莫3亿元。", "3亿元", Qualifier.Approx)]
    [InlineData("工程耗资约摸2亿元。", "2亿元", Qualifier.Approx)]
    [InlineData("两县面积大致相当，均为800平方公里。", "800平方公里", Qualifier.Exact)]     // not across a clause
    [InlineData("会场大约能容纳800人。", "800人", Qualifier.Approx)]
    [InlineData("全市约有外来务工人员12万人。", "12万人", Qualifier.Approx)]
    [InlineData("水库蓄水约可保障全城居民90天用水。", "90天", Qualifier.Approx)]
    // over: floors and marks passed
    [InlineData("老张今年四十岁出头。", "四十岁", Qualifier.Over)]
    [InlineData("这样的案例不止3起。", "3起", Qualifier.Over)]
    [InlineData("现场观众不下5000人。", "5000人", Qualifier.Over)]
    [InlineData("每个村至少3名网格员。", "3名", Qualifier.Over)]
    [InlineData("完成改造至少需要3天。", "3天", Qualifier.Over)]
    [InlineData("每户起码要准备2000元。", "2000元", Qualifier.Over)]
    [InlineData("客房价格每晚300元起。", "每晚300元", Qualifier.Over)]          // a price things start from
    [InlineData("产品定价200元起来卖。", "200元", Qualifier.Exact)]               // 起来 is no floor
    [InlineData("电影票房破10亿元。", "10亿元", Qualifier.Over)]
    [InlineData("他打破了3项纪录。", "3项", Qualifier.Exact)]                     // 打破 breaks records
    [InlineData("警方侦破5起案件。", "5起", Qualifier.Exact)]
    [InlineData("沪指收盘重新站上3000点。", "3000点", Qualifier.Over)]
    [InlineData("风力大于8级时停止作业。", "8级", Qualifier.Over)]
    [InlineData("开馆时间不早于9时。", "9时", Qualifier.Over)]
    // under: caps and marks not reached
    [InlineData("每人至多购买2件。", "2件", Qualifier.Under)]
    [InlineData("每人顶多带5公斤行李。", "5公斤", Qualifier.Under)]
    [InlineData("换新补贴每台最高800元。", "800元", Qualifier.Under)]                // the cap of an allotment or a term
    [InlineData("创业者可申请最高30万元的贴息贷款。", "30万元", Qualifier.Under)]
    [InlineData("图书单次借阅期限最长为60天。", "60天", Qualifier.Under)]
    [InlineData("住房面积小于60平方米的家庭可申请。", "60平方米", Qualifier.Under)]
    [InlineData("股价盘中跌破10元。", "10元", Qualifier.Under)]
    [InlineData("本月涨幅未超过1%。", "1%", Qualifier.Under)]                     // 未 reverses 超过
    [InlineData("当日成交额没有超过100亿元。", "100亿元", Qualifier.Under)]
    [InlineData("增幅未达到5%。", "5%", Qualifier.Under)]
    [InlineData("上涨幅度不及1%。", "1%", Qualifier.Under)]
    [InlineData("材料须不晚于18时提交。", "18时", Qualifier.Under)]
    [InlineData("学校周边200米范围内禁止设摊。", "200米", Qualifier.Under)]
    [InlineData("配送员须在5公里内送达。", "5公里", Qualifier.Under)]            // 内 after a distance
    [InlineData("力争在未来5年内建成门店80家。", "5年", Qualifier.Under)]        // the span a plan is carried out in
    [InlineData("计划把审批时间压缩到15天以内。", "15天", Qualifier.Target)]      // the span a plan reaches
    // target: goals and forecasts
    [InlineData("确保粮食产量稳定在600万吨以上。", "600万吨", Qualifier.Target)]
    [InlineData("机构预测今年全球经济增长3.1%。", "3.1%", Qualifier.Target)]
    [InlineData("分析师预估三季度营收约120亿元。", "约120亿元", Qualifier.Target)]
    [InlineData("公司打算明年招聘500人。", "500人", Qualifier.Target)]
    [InlineData("新机场可望年吞吐旅客3000万人次。", "3000万人次", Qualifier.Target)]
    // no bound: a comparison's base, a maximum or minimum as such, a bound adverb of another figure
    [InlineData("增幅低于2021年的3.2%。", "2021年", Qualifier.Exact)]
    [InlineData("每次最多可借10本书。", "10本", Qualifier.Exact)]
    [InlineData("门票价格最低50元，最高200元。", "50元", Qualifier.Exact)]
    [InlineData("景区单日客流最高达3.2万人次。", "3.2万人次", Qualifier.Exact)]   // a peak reached, not a cap
    [InlineData("全区已完成全年目标任务的76%。", "76%", Qualifier.Exact)]           // a share of a plan met
    [InlineData("全市改造管网42公里，占年度计划60公里的70%。", "70%", Qualifier.Exact)]
    [InlineData("截至5月底，全县已采收春茶860吨，占今年预计总产量的64%。", "64%", Qualifier.Exact)]
    [InlineData("景区单日客流最高4.2万人次。", "4.2万人次", Qualifier.Exact)]
    [InlineData("至少有3家银行的5名员工受到处分。", "5名", Qualifier.Exact)]
    [InlineData("这条河全长300公里上下游都有工厂。", "300公里", Qualifier.Exact)]     // 上下游 is a word
    [InlineData("气温在30℃上下。", "30℃", Qualifier.Approx)]
    public void Reads_the_cue_words_of_news(string text, string span, Qualifier qualifier) =>
        Assert.Equal(qualifier, FigureTestKit.Single(text, span).Qualifier);

    [Fact]
    public void Further_from_the_figure_将_forecasts_only_as_a_word_of_its_own_before_a_verb_adverb_or_preposition()
    {
        // The qualifier of the sentence's last figure.
        static Qualifier Of(params (string Word, string Pos)[] words) =>
            FigureTestKit.WithTags(string.Concat(words.Select(w => w.Word)), words)[^1].Qualifier;
        Assert.Equal(Qualifier.Target, Of(("今年", "t"), ("热线", "n"), ("将", "d"), ("新增", "v"), ("专家", "n"), ("坐席", "n"), ("6个", "x"), ("。", "x")));
        Assert.Equal(Qualifier.Target, Of(("全市", "n"), ("将", "d"), ("在", "p"), ("林区", "n"), ("设立", "v"), ("检查站", "n"), ("215个", "x"), ("。", "x")));
        // 把: 将 before the object of a change already made.
        Assert.Equal(Qualifier.Exact, Of(("央行", "n"), ("本月初", "t"), ("将", "d"), ("基准利率", "n"), ("下调", "v"), ("25个基点", "x"), ("。", "x")));
        // 即将 is no 将 of its own; a verb of extent counts what is there already.
        Assert.Equal(Qualifier.Exact, Of(("球员", "n"), ("即将", "d"), ("以", "p"), ("7500万欧元", "x"), ("加", "v"), ("2000万欧元", "x"), ("浮动", "vn"), ("条款", "n"), ("加盟", "v"), ("。", "x")));
        Assert.Equal(Qualifier.Exact, Of(("新线", "n"), ("将", "d"), ("服务", "v"), ("沿线", "n"), ("13个", "x"), ("省区市", "n"), ("。", "x")));
        // An earlier clause's 将 holds for the clauses it joins, unless one says what is already so or how things spread.
        Assert.Equal(Qualifier.Target, Of(("全市", "n"), ("将", "d"), ("在", "p"), ("林区", "n"), ("设立", "v"), ("检查站", "n"), ("，", "x"), ("投入", "v"), ("护林员", "n"), ("3400名", "x"), ("。", "x")));
        Assert.Equal(Qualifier.Exact, Of(("全市", "n"), ("将", "d"), ("在", "p"), ("林区", "n"), ("设立", "v"), ("检查站", "n"), ("，", "x"), ("已", "d"), ("投入", "v"), ("护林员", "n"), ("3400名", "x"), ("。", "x")));
        Assert.Equal(Qualifier.Exact, Of(("二月", "t"), ("将", "d"), ("先", "d"), ("推出", "v"), ("新房", "n"), ("，", "x"), ("分布", "v"), ("在", "p"), ("8个", "x"), ("市镇", "n"), ("。", "x")));
    }

    [Fact]
    public void Near_before_a_span_a_superlative_follows_names_the_latest_ones()
    {
        Assert.Equal(Qualifier.Exact, FigureTestKit.Single("执行到位金额为近5年最高。", "近5年").Qualifier);
        Assert.Equal(Qualifier.Exact, FigureTestKit.Single("汇率创近4个月新高。", "近4个月").Qualifier);
        Assert.Equal(Qualifier.Approx, FigureTestKit.Single("近两年来，全县新建学校10所。", "近两年").Qualifier);
        // 来 running on in its clause: the latest years.
        Assert.Equal(Qualifier.Exact, FigureTestKit.Single("这是该厂近八年来第三次获奖。", "近八年").Qualifier);
        Assert.Equal(Qualifier.Exact, FigureTestKit.Single("销量为近三年来的高位。", "近三年").Qualifier);
        Assert.Equal(Qualifier.Approx, FigureTestKit.Single("他把成绩提高了近1分钟。", "近1分钟").Qualifier);
    }
}
