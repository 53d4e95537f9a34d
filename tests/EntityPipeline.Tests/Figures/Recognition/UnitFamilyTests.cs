using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Figures.Recognition;

/// <summary>
/// The measure words of news by family (Data/units.tsv, session 37's unit audit): what each gives after a number, and the
/// words and names whose characters would otherwise read as one.
/// </summary>
public sealed class UnitFamilyTests
{
    [Theory]
    // livestock, fisheries, farming
    [InlineData("去年全县向江中放流鱼苗300万尾。", "300万尾", "3000000", "尾")]
    [InlineData("合作社蛋鸡存栏已达8万羽。", "8万羽", "80000", "羽")]
    [InlineData("每亩播下种子2万粒。", "2万粒", "20000", "粒")]
    [InlineData("基地今年销售鲜切花1.2亿枝。", "1.2亿枝", "120000000", "枝")]
    [InlineData("花卉市场节前售出盆栽3万盆。", "3万盆", "30000", "盆")]
    [InlineData("农资站调运化肥2000袋。", "2000袋", "2000", "袋")]
    [InlineData("全区学校开设课后服务课程1400余门。", "1400余门", "1400", "门")]
    // health and medicine
    [InlineData("检测试剂储备达到50万人份。", "50万人份", "500000", "人份")]
    [InlineData("医院全年开展手术1.5万例次。", "1.5万例次", "15000", "例次")]
    [InlineData("社区已为老人接种疫苗2000针。", "2000针", "2000", "针")]
    [InlineData("药店当日售出退烧药1200盒。", "1200盒", "1200", "盒")]
    [InlineData("血站全年采集血液12万单位。", "12万单位", "120000", "单位")]
    // inspections, services, shipping
    [InlineData("市场监管部门抽检食品3200批次。", "3200批次", "3200", "批次")]
    [InlineData("全年开展安全检查5轮次。", "5轮次", "5", "轮次")]
    [InlineData("火炬传递共设200棒。", "200棒", "200", "棒")]
    [InlineData("热线全年受理诉求8万件次。", "8万件次", "80000", "件次")]
    [InlineData("港口完成吞吐量300万个标准箱。", "300万个标准箱", "3000000", "标准箱")]   // GUIDELINES F9: a measure noun after 个
    [InlineData("口岸当月出口水果800柜。", "800柜", "800", "柜")]
    [InlineData("抗旱期间全县新打机井120眼。", "120眼", "120", "眼")]
    [InlineData("热线上月接听来电6.3万通。", "6.3万通", "63000", "通")]
    [InlineData("县医院新增床位400床。", "400床", "400", "床")]
    [InlineData("茶园春茶采摘标准为一芽2叶。", "2叶", "2", "叶")]
    [InlineData("最低工资标准分为三档。", "三档", "3", "档")]
    // culture, sport, politics
    [InlineData("这部电视剧共有40集。", "40集", "40", "集")]
    [InlineData("展览共展出书画作品120幅。", "120幅", "120", "幅")]
    [InlineData("歌手在演唱会上演唱了25首歌曲。", "25首", "25", "首")]
    [InlineData("调查报告共有120页。", "120页", "120", "页")]
    [InlineData("作文不少于800字。", "800字", "800", "字")]
    [InlineData("议案以152票赞成获得通过。", "152票", "152", "票")]
    [InlineData("比赛共进行12回合。", "12回合", "12", "回合")]
    [InlineData("新建的球场设有18洞。", "18洞", "18", "洞")]
    [InlineData("她最后一枪打出10.9环。", "10.9环", "10.9", "环")]
    [InlineData("主队再得三分贝蒂斯队仍落后。", "三分", "3", "分")]    // 分贝 is no unit before a team's name
    // computing
    [InlineData("手机主摄像头达到5000万像素。", "5000万像素", "50000000", "像素")]
    [InlineData("大模型日均调用量超过10万亿Token。", "10万亿Token", "10000000000000", "Token")]
    public void Counts_things_by_their_classifier(string text, string span, string value, string unit) =>
        AssertFigure(text, span, value, unit, FigureKind.COUNT);

    [Theory]
    [InlineData("新房面积为98㎡。", "98㎡", "98", "平方米", FigureKind.AREA)]             // GUIDELINES F9: one spelling per unit
    [InlineData("他家的房子有90平方。", "90平方", "90", "平方米", FigureKind.AREA)]
    [InlineData("山火已烧毁森林2.5万英亩。", "2.5万英亩", "25000", "英亩", FigureKind.AREA)]
    [InlineData("农场今年种植大豆3000垧。", "3000垧", "3000", "垧", FigureKind.AREA)]
    [InlineData("飞机在3万英尺高空巡航。", "3万英尺", "30000", "英尺", FigureKind.LENGTH)]
    [InlineData("颗粒直径小于2.5微米。", "2.5微米", "2.5", "微米", FigureKind.LENGTH)]
    [InlineData("新款芯片采用3nm工艺。", "3nm", "3", "纳米", FigureKind.LENGTH)]
    [InlineData("这颗恒星距地球4.2光年。", "4.2光年", "4.2", "光年", FigureKind.LENGTH)]
    [InlineData("收购的野生天麻每个重5钱以上。", "5钱", "5", "钱", FigureKind.WEIGHT)]
    [InlineData("游客在古镇平均住宿2晚。", "2晚", "2", "晚", FigureKind.DURATION)]
    [InlineData("拍卖的钻石重10.5克拉。", "10.5克拉", "10.5", "克拉", FigureKind.WEIGHT)]   // not 10.5克
    [InlineData("西瓜亩产达到8000市斤。", "8000市斤", "8000", "斤", FigureKind.WEIGHT)]
    [InlineData("港口当年出口大米120万公吨。", "120万公吨", "1200000", "吨", FigureKind.WEIGHT)]
    [InlineData("工地本月浇筑混凝土2万方。", "2万方", "20000", "立方米", FigureKind.QUANTITY)]
    [InlineData("储罐可存放燃油5000加仑。", "5000加仑", "5000", "加仑", FigureKind.QUANTITY)]
    [InlineData("今年大豆产量预计达到45亿蒲式耳。", "45亿蒲式耳", "4500000000", "蒲式耳", FigureKind.QUANTITY)]
    [InlineData("管道设计压力为10兆帕。", "10兆帕", "10", "兆帕", FigureKind.QUANTITY)]
    [InlineData("混凝土强度达到50MPa。", "50MPa", "50", "兆帕", FigureKind.QUANTITY)]
    [InlineData("他的收缩压达到160毫米汞柱。", "160毫米汞柱", "160", "毫米汞柱", FigureKind.QUANTITY)]   // not 160毫米
    [InlineData("夜间噪声不得超过55分贝。", "55分贝", "55", "分贝", FigureKind.QUANTITY)]                 // not 55分
    [InlineData("这条1000千伏特高压线路投运。", "1000千伏", "1000", "千伏", FigureKind.QUANTITY)]
    [InlineData("新手机电池容量为5000mAh。", "5000mAh", "5000", "毫安时", FigureKind.QUANTITY)]
    [InlineData("储能电站容量为200兆瓦时。", "200兆瓦时", "200", "兆瓦时", FigureKind.QUANTITY)]
    [InlineData("处理器主频为3.2GHz。", "3.2GHz", "3.2", "吉赫", FigureKind.QUANTITY)]
    [InlineData("安装包大小为500MB。", "500MB", "500", "MB", FigureKind.QUANTITY)]
    [InlineData("大气二氧化碳浓度达到420ppm。", "420ppm", "420", "ppm", FigureKind.QUANTITY)]
    [InlineData("发动机最大功率为300马力。", "300马力", "300", "马力", FigureKind.QUANTITY)]
    [InlineData("最高气温达到38°C。", "38°C", "38", "℃", FigureKind.QUANTITY)]
    [InlineData("铁路货运周转量达到3.2万亿吨公里。", "3.2万亿吨公里", "3200000000000", "吨公里", FigureKind.QUANTITY)]   // not 吨
    [InlineData("电厂年发电量四十五亿千瓦时。", "四十五亿千瓦时", "4500000000", "千瓦时", FigureKind.QUANTITY)]   // 千 starts the unit
    [InlineData("村里架设了十千伏线路。", "十千伏", "10", "千伏", FigureKind.QUANTITY)]
    [InlineData("这次雷击的电流峰值为96千安。", "96千安", "96", "千安", FigureKind.QUANTITY)]       // 千 starts the unit
    [InlineData("接地装置的电阻应小于4欧姆。", "4欧姆", "4", "欧姆", FigureKind.QUANTITY)]
    [InlineData("抽检的甜橙平均糖度为13.5度。", "13.5度", "13.5", "度", FigureKind.QUANTITY)]       // 度, 道 and 段 follow digits only
    [InlineData("这套试卷共有30多道题。", "30多道", "30", "道", FigureKind.COUNT)]
    [InlineData("监控镜头拍下了野猪活动影像320段。", "320段", "320", "段", FigureKind.COUNT)]
    public void Measures_with_physical_units(string text, string span, string value, string unit, FigureKind kind) =>
        AssertFigure(text, span, value, unit, kind);

    [Theory]
    [InlineData("列车最高速度为350km/h。", "350km/h", "350", "公里/小时", FigureKind.RATE)]
    [InlineData("瞬时风速达到32m/s。", "32m/s", "32", "米/秒", FigureKind.RATE)]
    [InlineData("患者空腹血糖为7.8mmol/L。", "7.8mmol/L", "7.8", "毫摩尔/升", FigureKind.RATE)]
    [InlineData("宽带下载速度达到1000Mbps。", "1000Mbps", "1000", "Mbps", FigureKind.RATE)]
    [InlineData("内存带宽达到800GB/s。", "800GB/s", "800", "GB/秒", FigureKind.RATE)]
    [InlineData("这款车综合油耗为5.8升/百公里。", "5.8升/百公里", "5.8", "升/百公里", FigureKind.RATE)]
    [InlineData("工作人员年剂量不超过20毫希沃特。", "20毫希沃特", "20", "毫希沃特", FigureKind.QUANTITY)]
    [InlineData("门票售价为15万韩币。", "15万韩币", "150000", "韩元", FigureKind.MONEY)]
    [InlineData("电价每度上涨了3便士。", "3便士", "3", "便士", FigureKind.MONEY)]
    [InlineData("公司去年净利润为12亿瑞郎。", "12亿瑞郎", "1200000000", "瑞士法郎", FigureKind.MONEY)]
    [InlineData("汽油价格上涨了15美分。", "15美分", "15", "美分", FigureKind.MONEY)]
    [InlineData("项目耗资3000亿印度卢比。", "3000亿印度卢比", "300000000000", "卢比", FigureKind.MONEY)]
    [InlineData("工程造价为30亿列伊。", "30亿列伊", "3000000000", "列伊", FigureKind.MONEY)]   // not 30亿列
    [InlineData("他在国外读了两个学期。", "两个学期", "2", "学期", FigureKind.DURATION)]
    [InlineData("这座老桥已屹立3个世纪。", "3个世纪", "3", "世纪", FigureKind.DURATION)]
    [InlineData("网络时延低于20ms。", "20ms", "20", "毫秒", FigureKind.DURATION)]
    [InlineData("橙子的收购价为每公斤约6元。", "每公斤约6元", "6", "元/千克", FigureKind.RATE)]   // 每 before 约 makes a rate
    [InlineData("社区今年新增AED 40台。", "40台", "40", "台", FigureKind.COUNT)]
    [InlineData("景区新增AED40台。", "40台", "40", "台", FigureKind.COUNT)]                  // digits glued to an acronym count what it names
    [InlineData("新能源车每辆奖励约800元。", "约800元", "800", "元", FigureKind.MONEY)]           // a verb between: an amount
    public void Reads_rates_currencies_and_spans(string text, string span, string value, string unit, FigureKind kind) =>
        AssertFigure(text, span, value, unit, kind);

    [Theory]
    [InlineData("故事里有一只九尾狐。")]                  // 尾, 包, 字, 环, 双, 洞, 伏 and 门 follow digits only
    [InlineData("商家须履行三包义务。")]
    [InlineData("车辆在十字路口停下。")]
    [InlineData("车辆驶上北三环主路。")]
    [InlineData("他本赛季拿下多次三双。")]
    [InlineData("老街旁的三洞桥修缮一新。")]
    [InlineData("三门峡的游客购买了门票。")]                // nor 门 after a Chinese numeral
    [InlineData("今年三伏天格外漫长。")]
    [InlineData("各地游客从四面八方赶来。")]
    [InlineData("这支队伍首尾相连。")]                    // nor does 首 make them first
    [InlineData("新闻登上了网站首页。")]
    [InlineData("这部电影累计2亿票房。")]                 // a character that makes a word with the unit's
    [InlineData("2025环岛自行车赛将于下月举行。")]
    [InlineData("这批5500大卡动力煤已运抵电厂。")]
    [InlineData("部队隶属第一集团军。")]
    [InlineData("他还要支付剩余10万尾款。")]
    [InlineData("他在六枝特区工作多年。")]
    [InlineData("画作每平方尺售价上涨。")]
    [InlineData("他一眼就认出了老同学。")]               // 眼, 通, 钱, 叶 and 床 follow digits only
    [InlineData("他打了一通电话就走了。")]
    [InlineData("一叶知秋。")]
    [InlineData("图书馆周5晚上延时开放。")]              // 周5晚上 is Friday evening, no night counted
    [InlineData("申请人为第一档收入家庭。")]              // 第一档 names a tier, not a rank
    [InlineData("他一度想放弃学业。")]                    // 度, 道 and 段 follow digits only
    [InlineData("湖边的花海成了一道风景线。")]
    [InlineData("两位九段高手在决赛相遇。")]
    [InlineData("电竞比赛WAR3项目今晚开赛。")]             // a classifier that starts a word is no count after an acronym
    public void Finds_no_figure_where_a_word_or_name_holds_the_unit(string text) =>
        Assert.Empty(FigureTestKit.Find(text));

    private static void AssertFigure(string text, string span, string value, string unit, FigureKind kind)
    {
        var figure = FigureTestKit.Single(text, span);
        Assert.Equal((value, unit, kind), (figure.Value, figure.Unit, figure.Kind));
    }
}
