using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Figures;
using EntityPipeline.Processing;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Figures;

public sealed class FigureStageTests
{
    [Theory]
    // text, start, end, kind, value, value_max, unit, qualifier
    [InlineData("全市森林覆盖率约为三成。", 9, 11, FigureKind.PERCENT, "30", "", "%", Qualifier.Approx)]          // 成 → %, 约为 outside the span
    [InlineData("百分之三十五的居民乘坐公交出行。", 0, 6, FigureKind.PERCENT, "35", "", "%", Qualifier.Exact)]
    [InlineData("该县去年财政收入逾3.2亿元。", 8, 14, FigureKind.MONEY, "320000000", "", "元", Qualifier.Over)]  // 逾 inside the span
    [InlineData("新建的环湖公路全长约12.5公里。", 9, 16, FigureKind.LENGTH, "12.5", "", "公里", Qualifier.Approx)]
    [InlineData("湿地公园占地一千二百亩，向市民免费开放。", 6, 11, FigureKind.AREA, "1200", "", "亩", Qualifier.Exact)]
    [InlineData("码头全年装卸粮食3,500吨。", 8, 14, FigureKind.WEIGHT, "3500", "", "吨", Qualifier.Exact)]
    [InlineData("水库新增蓄水6000立方米。", 6, 13, FigureKind.QUANTITY, "6000", "", "立方米", Qualifier.Exact)]
    [InlineData("开发区已入驻企业200多家。", 8, 13, FigureKind.COUNT, "200", "", "家", Qualifier.Over)]          // 多 inside the number
    [InlineData("老张在山区小学教书两年半。", 9, 12, FigureKind.DURATION, "2.5", "", "年", Qualifier.Exact)]
    [InlineData("这台计算机的峰值速度为每秒200万亿次。", 11, 19, FigureKind.RATE, "200000000000000", "", "次/秒", Qualifier.Exact)]
    [InlineData("该港出口额是十年前的2.5倍。", 10, 14, FigureKind.RATIO, "2.5", "", "倍", Qualifier.Exact)]
    [InlineData("这是全省第三个获此称号的县。", 4, 7, FigureKind.ORDINAL, "3", "", "个", Qualifier.Exact)]
    [InlineData("新机搭载6.8英寸屏幕。", 4, 9, FigureKind.LENGTH, "6.8", "", "英寸", Qualifier.Exact)]
    [InlineData("电池容量为6100毫安时。", 5, 12, FigureKind.QUANTITY, "6100", "", "毫安时", Qualifier.Exact)]
    [InlineData("全区累计接种14.2万剂次。", 6, 13, FigureKind.COUNT, "142000", "", "剂次", Qualifier.Exact)]
    [InlineData("当天出让4宗涉宅地块。", 4, 6, FigureKind.COUNT, "4", "", "宗", Qualifier.Exact)]
    [InlineData("租金已连续4个季度下降。", 5, 9, FigureKind.DURATION, "4", "", "季度", Qualifier.Exact)]
    [InlineData("登陆时中心附近最大风力14级。", 11, 14, FigureKind.QUANTITY, "14", "", "级", Qualifier.Exact)]   // wind and earthquakes
    [InlineData("某县发生5.6级地震。", 4, 8, FigureKind.QUANTITY, "5.6", "", "级", Qualifier.Exact)]
    [InlineData("近海有7级东南风。", 3, 5, FigureKind.QUANTITY, "7", "", "级", Qualifier.Exact)]              // a wind named by its direction
    [InlineData("记录到的余震中最大一次为3.9级。", 12, 16, FigureKind.QUANTITY, "3.9", "", "级", Qualifier.Exact)]   // the quakes named before
    [InlineData("出口连续第七年增长。", 4, 7, FigureKind.ORDINAL, "7", "", "年", Qualifier.Exact)]            // the N-th year or day
    [InlineData("大桥为双向六车道。", 5, 8, FigureKind.COUNT, "6", "", "车道", Qualifier.Exact)]
    [InlineData("停运列车152趟。", 4, 8, FigureKind.COUNT, "152", "", "趟", Qualifier.Exact)]
    [InlineData("华文课程平均6课时。", 6, 9, FigureKind.COUNT, "6", "", "课时", Qualifier.Exact)]
    [InlineData("蜂蜜卖出8.6万瓶。", 4, 9, FigureKind.COUNT, "86000", "", "瓶", Qualifier.Exact)]
    [InlineData("日均订单量52万单。", 5, 9, FigureKind.COUNT, "520000", "", "单", Qualifier.Exact)]
    [InlineData("每周直飞航班112班。", 6, 10, FigureKind.COUNT, "112", "", "班", Qualifier.Exact)]
    [InlineData("她全场轰出9记ACE球。", 5, 7, FigureKind.COUNT, "9", "", "记", Qualifier.Exact)]
    [InlineData("美元指数一度跌至100.2，国债收益率下跌。", 8, 13, FigureKind.QUANTITY, "100.2", "", "", Qualifier.Exact)]   // a level with no unit
    [InlineData("千人口献血率为12.1。", 7, 11, FigureKind.QUANTITY, "12.1", "", "", Qualifier.Exact)]
    [InlineData("此后一周内，网签量大增。", 2, 4, FigureKind.DURATION, "1", "", "周", Qualifier.Under)]          // 后 before it is no pointer
    [InlineData("门票按九折出售。", 3, 5, FigureKind.PERCENT, "90", "", "%", Qualifier.Exact)]                     // a price cut to tenths
    [InlineData("会员享受7.5折优惠。", 4, 8, FigureKind.PERCENT, "75", "", "%", Qualifier.Exact)]
    [InlineData("全场商品八五折销售。", 4, 7, FigureKind.PERCENT, "85", "", "%", Qualifier.Exact)]                 // two digits side by side: hundredths
    [InlineData("这款车百公里油耗6升。", 8, 10, FigureKind.QUANTITY, "6", "", "升", Qualifier.Exact)]                 // 百公里 is the basis, no figure
    [InlineData("现场大约30名观众。", 4, 7, FigureKind.COUNT, "30", "", "名", Qualifier.Approx)]                  // 大约 a word outside the span (F2)
    [InlineData("对个人处50元以上200元以下罚款。", 4, 15, FigureKind.MONEY, "50", "200", "元", Qualifier.Exact)]     // bounds on both sides: one range
    [InlineData("这条鱼1米多长。", 3, 6, FigureKind.LENGTH, "1", "", "米", Qualifier.Over)]                          // 多 after the unit, ending there (not 三吨多种)
    [InlineData("两人多次获奖。", 0, 2, FigureKind.COUNT, "2", "", "人", Qualifier.Exact)]                           // 多 that starts a word
    [InlineData("现场来了千把人。", 4, 7, FigureKind.COUNT, "1000", "", "人", Qualifier.Approx)]                    // 把 after a bare power of ten: about
    [InlineData("共1260套房源接受申请。", 1, 6, FigureKind.COUNT, "1260", "", "套", Qualifier.Exact)]              // homes counted, no tier
    [InlineData("第48周病例占比上升。", 0, 4, FigureKind.ORDINAL, "48", "", "周", Qualifier.Exact)]             // or week
    [InlineData("帆船第三航段结束。", 2, 6, FigureKind.ORDINAL, "3", "", "航段", Qualifier.Exact)]              // a stage of a race
    [InlineData("古城遗址第三阶段发掘结束。", 4, 8, FigureKind.ORDINAL, "3", "", "阶段", Qualifier.Exact)]          // or of a project
    [InlineData("今年第11号台风登陆。", 2, 6, FigureKind.ORDINAL, "11", "", "号", Qualifier.Exact)]              // the N-th numbered one
    [InlineData("2021年5月4日，跨江大桥建成通车。", 0, 9, FigureKind.DATE, "2021-05-04", "", "", Qualifier.Exact)]
    [InlineData("会议定于下午3点半开始。", 4, 9, FigureKind.DATE, "T15:30", "", "", Qualifier.Exact)]      // clock, 下午 adds 12 hours
    [InlineData("大促当天晚8点开启。", 4, 7, FigureKind.DATE, "T20:00", "", "", Qualifier.Exact)]          // 晚 alone adds 12 hours too
    [InlineData("晚会今晚8点开始。", 4, 6, FigureKind.DATE, "T20:00", "", "", Qualifier.Exact)]              // 今晚's 晚 as well
    [InlineData("商场最晚10点关门。", 4, 7, FigureKind.DATE, "T10:00", "", "", Qualifier.Exact)]              // 最晚: at the latest
    [InlineData("新线建设周期为3至5年。", 7, 11, FigureKind.DURATION, "3", "5", "年", Qualifier.Exact)]        // a range
    [InlineData("客运量同比增长12%-15%。", 7, 14, FigureKind.PERCENT, "12", "15", "%", Qualifier.Exact)]
    [InlineData("上世纪80年代，小镇开始办厂。", 3, 7, FigureKind.DATE, "198X", "", "", Qualifier.Exact)]        // a decade
    [InlineData("大坝已连续运行六个多月。", 7, 11, FigureKind.DURATION, "6", "", "月", Qualifier.Over)]
    [InlineData("水位超过了1869年的纪录。", 5, 10, FigureKind.DATE, "1869", "", "", Qualifier.Exact)]       // an old year is still a year
    [InlineData("这座古墓距今约2100年。", 6, 12, FigureKind.DURATION, "2100", "", "年", Qualifier.Approx)]   // 距今 counts years
    [InlineData("村口的银杏树龄1300年。", 7, 12, FigureKind.DURATION, "1300", "", "年", Qualifier.Exact)]
    [InlineData("公司披露2024年度业绩快报。", 4, 10, FigureKind.DATE, "2024", "", "", Qualifier.Exact)]      // the year a report covers
    [InlineData("电池出货量96.4GWh。", 5, 12, FigureKind.QUANTITY, "96.4", "", "GWh", Qualifier.Exact)]     // energy and power symbols
    [InlineData("震中位于北纬31.25度。", 6, 12, FigureKind.QUANTITY, "31.25", "", "度", Qualifier.Exact)]      // a latitude
    [InlineData("这盘棋全局共247手。", 6, 10, FigureKind.COUNT, "247", "", "手", Qualifier.Exact)]              // moves of a go game
    [InlineData("他执黑以3目半获胜。", 4, 7, FigureKind.COUNT, "3.5", "", "目", Qualifier.Exact)]               // a go score's half point
    [InlineData("现场签约15.8亿迪拉姆。", 4, 12, FigureKind.MONEY, "1580000000", "", "迪拉姆", Qualifier.Exact)]
    [InlineData("新增装机40GW。", 4, 8, FigureKind.QUANTITY, "40", "", "吉瓦", Qualifier.Exact)]
    [InlineData("出口收入32亿纽元。", 4, 9, FigureKind.MONEY, "3200000000", "", "新西兰元", Qualifier.Exact)]  // one spelling per currency
    [InlineData("票价为1490元新台币。", 3, 11, FigureKind.MONEY, "1490", "", "新台币", Qualifier.Exact)]
    [InlineData("槽车外运4.2万车次。", 4, 10, FigureKind.COUNT, "42000", "", "车次", Qualifier.Exact)]
    [InlineData("出生率下降0.4个千分点。", 5, 12, FigureKind.PERCENT, "0.4", "", "千分点", Qualifier.Exact)]
    [InlineData("约三分之一的农户参加了合作社。", 0, 5, FigureKind.PERCENT, "33.3333", "", "%", Qualifier.Approx)]  // a fraction is a share
    [InlineData("全县四分之一的耕地种植茶叶。", 2, 6, FigureKind.PERCENT, "25", "", "%", Qualifier.Exact)]
    [InlineData("抽检不合格率为千分之五。", 7, 11, FigureKind.PERCENT, "5", "", "‰", Qualifier.Exact)]
    [InlineData("健身房每周三次开放夜场。", 3, 7, FigureKind.RATE, "3", "", "次/周", Qualifier.Exact)]          // 周三 here is no weekday
    // GUIDELINES F9: negatives, halves, mixed numerals, units, rates
    [InlineData("出口同比负3.5%。", 4, 9, FigureKind.PERCENT, "-3.5", "", "%", Qualifier.Exact)]
    [InlineData("利润增长-2.5%。", 4, 9, FigureKind.PERCENT, "-2.5", "", "%", Qualifier.Exact)]
    [InlineData("夜间最低气温零下5摄氏度。", 6, 12, FigureKind.QUANTITY, "-5", "", "℃", Qualifier.Exact)]
    [InlineData("白天气温28℃。", 4, 7, FigureKind.QUANTITY, "28", "", "℃", Qualifier.Exact)]
    [InlineData("这头牛重一吨半。", 4, 7, FigureKind.WEIGHT, "1.5", "", "吨", Qualifier.Exact)]
    [InlineData("围墙高两米半。", 3, 6, FigureKind.LENGTH, "2.5", "", "米", Qualifier.Exact)]
    [InlineData("全年接待游客3万2千人。", 6, 11, FigureKind.COUNT, "32000", "", "人", Qualifier.Exact)]
    [InlineData("新增岗位6万5000个。", 4, 11, FigureKind.COUNT, "65000", "", "个", Qualifier.Exact)]
    [InlineData("产品合格率提高了3成。", 8, 10, FigureKind.PERCENT, "30", "", "%", Qualifier.Exact)]
    [InlineData("约7.5成的受访者表示满意。", 0, 5, FigureKind.PERCENT, "75", "", "%", Qualifier.Approx)]
    [InlineData("展品中近六成为首次展出。", 3, 6, FigureKind.PERCENT, "60", "", "%", Qualifier.Approx)]         // 六成 为, not 成为
    [InlineData("误差控制在万分之三以内。", 5, 9, FigureKind.PERCENT, "0.03", "", "%", Qualifier.Under)]
    [InlineData("去年全省ＧＤＰ增长３·３％。", 9, 13, FigureKind.PERCENT, "3.3", "", "%", Qualifier.Exact)]
    [InlineData("他今年刚满18周岁。", 5, 9, FigureKind.DURATION, "18", "", "周岁", Qualifier.Exact)]
    [InlineData("牧场存栏奶牛2600多头。", 6, 12, FigureKind.COUNT, "2600", "", "头", Qualifier.Over)]
    [InlineData("加密货币总市值一天之内蒸发3800亿美元。", 7, 9, FigureKind.DURATION, "1", "", "天", Qualifier.Under)]
    [InlineData("台风中心最低气压915百帕。", 8, 13, FigureKind.QUANTITY, "915", "", "百帕", Qualifier.Exact)]
    [InlineData("春节假期首日，机场保障航班1486架次。", 4, 6, FigureKind.ORDINAL, "1", "", "日", Qualifier.Exact)]
    [InlineData("新药上市首年销售额达5亿元。", 4, 6, FigureKind.ORDINAL, "1", "", "年", Qualifier.Exact)]
    [InlineData("小麦最低收购价为每50公斤119元。", 8, 17, FigureKind.RATE, "119", "", "元/50千克", Qualifier.Exact)]
    [InlineData("全年发放贷款3.1万笔。", 6, 11, FigureKind.COUNT, "31000", "", "笔", Qualifier.Exact)]
    [InlineData("每个时段可预约7000人。", 7, 12, FigureKind.COUNT, "7000", "", "人", Qualifier.Exact)]           // 预约 is no 约
    [InlineData("水下潜泳用时仅5秒9。", 7, 10, FigureKind.DURATION, "5.9", "", "秒", Qualifier.Exact)]          // a race time's tenths
    [InlineData("他以1分05秒9夺冠。", 2, 8, FigureKind.DURATION, "65.9", "", "秒", Qualifier.Exact)]
    [InlineData("中国队以3分41秒56位列其后。", 4, 11, FigureKind.DURATION, "221.56", "", "秒", Qualifier.Exact)]  // 位列 ranks: no classifier
    [InlineData("灯会每晚18:00至22:00开放。", 4, 15, FigureKind.DATE, "T18:00/T22:00", "", "", Qualifier.Exact)]      // F9: one interval
    [InlineData("夜间22时至次日8时受理诉求。", 2, 10, FigureKind.DATE, "T22:00/T08:00", "", "", Qualifier.Exact)]      // overnight
    [InlineData("当天10时至12时车流最大。", 2, 9, FigureKind.DATE, "T10:00/T12:00", "", "", Qualifier.Exact)]
    [InlineData("受冷空气影响，12日夜间至13日全市降雪。", 7, 16, FigureKind.DATE, "XXXX-XX-12/XXXX-XX-13", "", "", Qualifier.Exact)]
    [InlineData("辽宁队暂列积分榜首位。", 8, 10, FigureKind.ORDINAL, "1", "", "位", Qualifier.Exact)]            // 首位 wherever it stands
    [InlineData("土蜂蜜和笋干位列前三。", 8, 10, FigureKind.COUNT, "3", "", "", Qualifier.Exact)]                  // the top of a ranking
    [InlineData("男单前十中没有外国选手。", 2, 4, FigureKind.COUNT, "10", "", "", Qualifier.Exact)]
    [InlineData("涉及金额约4260万澳门元。", 4, 13, FigureKind.MONEY, "42600000", "", "澳门元", Qualifier.Approx)]
    [InlineData("转售中位价为72.5万新元。", 6, 13, FigureKind.MONEY, "725000", "", "新元", Qualifier.Exact)]        // other currencies of the region
    [InlineData("收购价为每公斤165泰铢。", 4, 12, FigureKind.RATE, "165", "", "泰铢/千克", Qualifier.Exact)]
    [InlineData("集装箱运量28.5万标箱。", 5, 12, FigureKind.COUNT, "285000", "", "标箱", Qualifier.Exact)]         // containers counted, as written
    [InlineData("累计销售仿冒产品约37万箱。", 8, 13, FigureKind.COUNT, "370000", "", "箱", Qualifier.Approx)]
    [InlineData("他绕场跑了3圈。", 5, 7, FigureKind.COUNT, "3", "", "圈", Qualifier.Exact)]
    [InlineData("报名费为85马币。", 4, 8, FigureKind.MONEY, "85", "", "令吉", Qualifier.Exact)]
    [InlineData("新接订单合计286万载重吨。", 6, 13, FigureKind.WEIGHT, "2860000", "", "载重吨", Qualifier.Exact)]
    [InlineData("审批时间压缩到5个工作日。", 7, 12, FigureKind.DURATION, "5", "", "工作日", Qualifier.Exact)]   // GUIDELINES F9: the measure noun after 个
    [InlineData("累计出动送水车辆460余台次。", 8, 14, FigureKind.COUNT, "460", "", "台次", Qualifier.Over)]
    [InlineData("生产线年产能为3000万剂。", 7, 13, FigureKind.COUNT, "30000000", "", "剂", Qualifier.Exact)]
    [InlineData("去年借书263本。", 4, 8, FigureKind.COUNT, "263", "", "本", Qualifier.Exact)]
    [InlineData("图书外借量达到186.4万册次。", 7, 15, FigureKind.COUNT, "1864000", "", "册次", Qualifier.Exact)]
    [InlineData("铁路开行列车1.2万列次。", 6, 12, FigureKind.COUNT, "12000", "", "列次", Qualifier.Exact)]
    [InlineData("最高同时在线人数达到210万，创下纪录。", 10, 14, FigureKind.COUNT, "2100000", "", "", Qualifier.Exact)]
    [InlineData("新线设计时速350公里。", 6, 11, FigureKind.RATE, "350", "", "公里/小时", Qualifier.Exact)]
    [InlineData("机场日均225.5万人次。", 2, 12, FigureKind.RATE, "2255000", "", "人次/日", Qualifier.Exact)]         // 日均 touching the number, 日 as written (F9 lists no 日 → 天)
    [InlineData("申请材料齐全的，须在7日内作出决定。", 10, 12, FigureKind.DURATION, "7", "", "日", Qualifier.Under)]  // 日 counting days before 内: a limit, not the 7th
    [InlineData("确需施工的须提前3日公告。", 8, 10, FigureKind.DURATION, "3", "", "日", Qualifier.Exact)]             // and after 提前
    [InlineData("截至6日内地旅客增加。", 2, 4, FigureKind.DATE, "XXXX-XX-06", "", "", Qualifier.Exact)]               // 内地 is no bound
    [InlineData("4两以上的公蟹占六成。", 0, 2, FigureKind.WEIGHT, "4", "", "两", Qualifier.Over)]                    // 两 weighs after digits
    [InlineData("全市检查经营单位2130家次。", 8, 14, FigureKind.COUNT, "2130", "", "家次", Qualifier.Exact)]
    [InlineData("报考9.16万科次。", 2, 9, FigureKind.COUNT, "91600", "", "科次", Qualifier.Exact)]
    [InlineData("抽检食品32大类。", 4, 8, FigureKind.COUNT, "32", "", "大类", Qualifier.Exact)]
    [InlineData("研学团队规模为每团51人。", 7, 12, FigureKind.RATE, "51", "", "人/团", Qualifier.Exact)]             // per tour group
    [InlineData("上证指数报3386.52点。", 5, 13, FigureKind.QUANTITY, "3386.52", "", "点", Qualifier.Exact)]          // an index's points
    [InlineData("恒生指数升逾300点。", 5, 10, FigureKind.QUANTITY, "300", "", "点", Qualifier.Over)]                // after 升 too
    [InlineData("日均客运量420万人次。", 5, 11, FigureKind.COUNT, "4200000", "", "人次", Qualifier.Exact)]           // a noun between: a count
    [InlineData("城区每平方公里1.2万人。", 2, 12, FigureKind.RATE, "12000", "", "人/平方公里", Qualifier.Exact)]
    [InlineData("玉米收购价每吨4000元。", 5, 12, FigureKind.RATE, "4000", "", "元/吨", Qualifier.Exact)]
    [InlineData("原油期货报每桶80.5美元。", 5, 13, FigureKind.RATE, "80.5", "", "美元/桶", Qualifier.Exact)]   // a price per item
    [InlineData("金价每盎司1800美元。", 2, 11, FigureKind.RATE, "1800", "", "美元/盎司", Qualifier.Exact)]
    [InlineData("民宿每晚380元至680元。", 2, 13, FigureKind.RATE, "380", "680", "元/晚", Qualifier.Exact)]             // per night, a range
    [InlineData("额度提高到每月1800元。", 5, 12, FigureKind.RATE, "1800", "", "元/月", Qualifier.Exact)]
    [InlineData("补贴每人每月600元。", 2, 10, FigureKind.RATE, "600", "", "元/人/月", Qualifier.Exact)]            // items before times
    [InlineData("租金每月每平方米71.6元。", 2, 13, FigureKind.RATE, "71.6", "", "元/平方米/月", Qualifier.Exact)]
    [InlineData("收费每生每学期300元。", 2, 11, FigureKind.RATE, "300", "", "元/生/学期", Qualifier.Exact)]
    [InlineData("鸡蛋每台斤46元。", 2, 8, FigureKind.RATE, "46", "", "元/台斤", Qualifier.Exact)]
    [InlineData("全年优良天数为301天。", 7, 11, FigureKind.COUNT, "301", "", "天", Qualifier.Exact)]               // days counted
    [InlineData("存煤可用天数在20天以上。", 7, 10, FigureKind.DURATION, "20", "", "天", Qualifier.Over)]            // how long it lasts
    [InlineData("日均约8600人次。", 2, 9, FigureKind.COUNT, "8600", "", "人次", Qualifier.Approx)]             // 约 between: no rate
    [InlineData("赔付每件约1.2万元。", 2, 10, FigureKind.RATE, "12000", "", "元/件", Qualifier.Approx)]        // 每 before 约: a rate
    [InlineData("身高175cm。", 2, 7, FigureKind.LENGTH, "175", "", "厘米", Qualifier.Exact)]
    [InlineData("他跳过了2.3m。", 4, 8, FigureKind.LENGTH, "2.3", "", "米", Qualifier.Exact)]
    [InlineData("浓度为35微克。", 3, 7, FigureKind.WEIGHT, "35", "", "微克", Qualifier.Exact)]
    [InlineData("门票80港元。", 2, 6, FigureKind.MONEY, "80", "", "港元", Qualifier.Exact)]
    [InlineData("售价1200台币。", 2, 8, FigureKind.MONEY, "1200", "", "新台币", Qualifier.Exact)]
    [InlineData("当地气温高达98华氏度。", 6, 11, FigureKind.QUANTITY, "98", "", "℉", Qualifier.Exact)]
    [InlineData("身高180公分。", 2, 7, FigureKind.LENGTH, "180", "", "厘米", Qualifier.Exact)]
    [InlineData("重50公斤。", 1, 5, FigureKind.WEIGHT, "50", "", "千克", Qualifier.Exact)]
    [InlineData("售价$1.5亿。", 2, 7, FigureKind.MONEY, "150000000", "", "美元", Qualifier.Exact)]
    [InlineData("门票￥80。", 2, 5, FigureKind.MONEY, "80", "", "元", Qualifier.Exact)]
    // Dates (GUIDELINES F9): numeric forms, two-digit years, ranges as one EDTF interval
    [InlineData("通知于2024-03-15发布。", 3, 13, FigureKind.DATE, "2024-03-15", "", "", Qualifier.Exact)]
    [InlineData("通知于2024/3/15发布。", 3, 12, FigureKind.DATE, "2024-03-15", "", "", Qualifier.Exact)]
    [InlineData("通知于2024.03.15发布。", 3, 13, FigureKind.DATE, "2024-03-15", "", "", Qualifier.Exact)]
    [InlineData("2024年2月29日，系统升级。", 0, 10, FigureKind.DATE, "2024-02-29", "", "", Qualifier.Exact)]       // a leap day
    [InlineData("系统定于2月29日升级。", 4, 9, FigureKind.DATE, "XXXX-02-29", "", "", Qualifier.Exact)]         // a year not known may leap
    [InlineData("2023年2月29日，系统升级。", 0, 10, FigureKind.DATE, "2023-02", "", "", Qualifier.Approx)]     // 2023 did not: the month stands
    [InlineData("活动定于6月31日举行。", 4, 9, FigureKind.DATE, "XXXX-06", "", "", Qualifier.Approx)]
    [InlineData("08年的那场大雪令人难忘。", 0, 3, FigureKind.DATE, "2008", "", "", Qualifier.Exact)]
    [InlineData("98年5月，工厂投产。", 0, 5, FigureKind.DATE, "1998-05", "", "", Qualifier.Exact)]
    [InlineData("2019-2021年，产值翻番。", 0, 10, FigureKind.DATE, "2019/2021", "", "", Qualifier.Exact)]
    [InlineData("2019年至2021年，产值翻番。", 0, 11, FigureKind.DATE, "2019/2021", "", "", Qualifier.Exact)]
    [InlineData("2024—2025学年奖学金名单公布。", 0, 11, FigureKind.DATE, "2024/2025", "", "", Qualifier.Exact)]   // an academic or fiscal year
    [InlineData("新机将于本周五开售。", 4, 7, FigureKind.DATE, "XXXX-WXX-5", "", "", Qualifier.Exact)]           // 本 inside the span
    [InlineData("门诊周一至周五开放。", 2, 7, FigureKind.DATE, "XXXX-WXX-1/XXXX-WXX-5", "", "", Qualifier.Exact)]
    [InlineData("门诊每周一至周五开放。", 3, 8, FigureKind.DATE, "XXXX-WXX-1/XXXX-WXX-5", "", "", Qualifier.Exact)]   // every week's weekdays
    [InlineData("社团课每周五下午开展。", 4, 6, FigureKind.DATE, "XXXX-WXX-5", "", "", Qualifier.Exact)]           // a weekday of every week
    [InlineData("节后该馆每周一闭馆。", 5, 7, FigureKind.DATE, "XXXX-WXX-1", "", "", Qualifier.Exact)]
    [InlineData("2024/25财政年度赤字收窄。", 0, 11, FigureKind.DATE, "2024/2025", "", "", Qualifier.Exact)]
    [InlineData("2024-25赛季球队主场全胜。", 0, 9, FigureKind.DATE, "2024/2025", "", "", Qualifier.Exact)]        // a season over two years
    [InlineData("2023/24榨季糖价走高。", 0, 9, FigureKind.DATE, "2023/2024", "", "", Qualifier.Exact)]
    [InlineData("2025赛季揭幕战在即。", 0, 6, FigureKind.DATE, "2025", "", "", Qualifier.Exact)]                  // named by the year it opens in
    [InlineData("公司2026财年营收增长。", 2, 8, FigureKind.DATE, "2026", "", "", Qualifier.Exact)]
    [InlineData("2024届毕业生就业率为95%。", 0, 5, FigureKind.DATE, "2024", "", "", Qualifier.Exact)]            // the class of a year
    [InlineData("展会3月1日至15日举行。", 2, 10, FigureKind.DATE, "XXXX-03-01/XXXX-03-15", "", "", Qualifier.Exact)]
    [InlineData("2017年5-6月，工程完工。", 0, 9, FigureKind.DATE, "2017-05/2017-06", "", "", Qualifier.Exact)]
    [InlineData("1-7月，税收增长。", 0, 4, FigureKind.DATE, "XXXX-01/XXXX-07", "", "", Qualifier.Exact)]          // months with no year
    [InlineData("3月上旬，钢价回落。", 0, 4, FigureKind.DATE, "XXXX-03-01/XXXX-03-10", "", "", Qualifier.Exact)]   // a third of a month is its days
    [InlineData("2024年2月下旬，气温回升。", 0, 9, FigureKind.DATE, "2024-02-21/2024-02-29", "", "", Qualifier.Exact)]
    [InlineData("5月中旬至下旬，气温偏高。", 0, 7, FigureKind.DATE, "XXXX-05-11/XXXX-05-31", "", "", Qualifier.Exact)]   // thirds in a range
    [InlineData("7月下旬至8月上旬，高温持续。", 0, 9, FigureKind.DATE, "XXXX-07-21/XXXX-08-10", "", "", Qualifier.Exact)]
    [InlineData("四季度，出口回升。", 0, 3, FigureKind.DATE, "XXXX-10/XXXX-12", "", "", Qualifier.Exact)]            // a quarter with no year
    [InlineData("前三季度，出口回升。", 0, 4, FigureKind.DATE, "XXXX-01/XXXX-09", "", "", Qualifier.Exact)]
    [InlineData("第四季度营收12.9亿元。", 0, 4, FigureKind.DATE, "XXXX-10/XXXX-12", "", "", Qualifier.Exact)]       // 第 before a quarter: the dates'
    [InlineData("三季度末，存款余额回升。", 0, 4, FigureKind.DATE, "XXXX-09", "", "", Qualifier.Approx)]            // a quarter's end, as 年末
    [InlineData("2025年Q1营收增长。", 0, 7, FigureKind.DATE, "2025-01/2025-03", "", "", Qualifier.Exact)]           // business news' quarters
    [InlineData("2024年H2净利润下滑。", 0, 7, FigureKind.DATE, "2024-07/2024-12", "", "", Qualifier.Exact)]          // and halves
    [InlineData("2009年H1N1流感暴发。", 0, 5, FigureKind.DATE, "2009", "", "", Qualifier.Exact)]                    // a whole token only
    [InlineData("上午9时至下午5时开放。", 0, 9, FigureKind.DATE, "T09:00/T17:00", "", "", Qualifier.Exact)]           // each time its part of the day
    [InlineData("下午2时至5时开放。", 0, 7, FigureKind.DATE, "T14:00/T17:00", "", "", Qualifier.Exact)]              // the second in the first's afternoon
    [InlineData("晚上10点至2点施工。", 0, 8, FigureKind.DATE, "T22:00/T02:00", "", "", Qualifier.Exact)]             // unless that would run backwards
    [InlineData("前10个月，出口增长。", 0, 5, FigureKind.DATE, "XXXX-01/XXXX-10", "", "", Qualifier.Exact)]          // months of a year, as 前三季度
    [InlineData("物价连续第三个月放缓。", 4, 8, FigureKind.ORDINAL, "3", "", "月", Qualifier.Exact)]
    [InlineData("该党获得91席。", 4, 7, FigureKind.COUNT, "91", "", "席", Qualifier.Exact)]
    [InlineData("倒塌房屋1300余间。", 4, 10, FigureKind.COUNT, "1300", "", "间", Qualifier.Over)]
    [InlineData("网络时延控制在20毫秒以内。", 7, 11, FigureKind.DURATION, "20", "", "毫秒", Qualifier.Under)]
    [InlineData("二○○三年二月四日，大桥通车。", 0, 9, FigureKind.DATE, "2003-02-04", "", "", Qualifier.Exact)]   // ○ for 〇
    [InlineData("代表团二十三日抵达。", 3, 7, FigureKind.DATE, "XXXX-XX-23", "", "", Qualifier.Exact)]
    [InlineData("委员会周三批准了收购。", 3, 5, FigureKind.DATE, "XXXX-WXX-3", "", "", Qualifier.Exact)]    // a weekday (EDTF)
    [InlineData("展览星期日闭馆。", 2, 5, FigureKind.DATE, "XXXX-WXX-7", "", "", Qualifier.Exact)]
    [InlineData("会议于28日闭幕。", 3, 6, FigureKind.DATE, "XXXX-XX-28", "", "", Qualifier.Exact)]        // a day, no month or year
    public void Finds_one_figure_of_each_kind_with_exact_offsets(string text, int start, int end, FigureKind kind, string value, string valueMax, string unit, Qualifier qualifier)
    {
        var figure = FigureTestKit.Find(text).Single(f => f.Kind == kind);
        Assert.Equal((start, end), (figure.Start, figure.End));
        Assert.Equal(value, figure.Value);
        Assert.Equal(valueMax, figure.ValueMax);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("乘坐地铁3号线可直达机场。")]              // a number inside a name
    [InlineData("全市新建5G基站。")]                      // 5G
    [InlineData("《发展报告2024》正式发布。")]             // a number in a title
    [InlineData("“一网通办”让群众少跑腿。")]              // a slogan
    [InlineData("“三个转变”是工作重点。")]                // a quoted label that starts with a count
    [InlineData("京津冀三省一市要加强协作。")]              // a fixed formula: two numeral-classifier pairs
    [InlineData("街上新开了一家书店。")]                   // the indefinite 一 before a classifier
    [InlineData("今年上半年公司营收稳步增长。")]             // a time word with no numeral (F8), as 今年 is
    [InlineData("二期工程将于明年开工。")]                  // a project's phase
    [InlineData("首套房和二套房贷款利率均下调。")]           // tiers of homes
    [InlineData("这款三折叠手机很受欢迎。")]                // folds, no price cut
    [InlineData("公司拟每10股派发现金红利。")]              // the basis of a dividend
    [InlineData("每千人口床位数有所增加。")]                // the basis of a rate
    [InlineData("他获得男子100米冠军。")]                  // a race's name
    [InlineData("另有选手参加5公里健康跑。")]
    [InlineData("小学一年级新生入学。")]                    // a grade
    [InlineData("市第一人民医院发布报告。")]                // a hospital's name
    [InlineData("季后赛采取7场4胜制。")]                   // a play-off format
    [InlineData("流域治理三年行动收官。")]                  // a campaign's name
    [InlineData("县级城市72小时送达率提高。")]              // a rate's name
    [InlineData("谷时段每千瓦时电价较低。")]                // the basis of a price
    [InlineData("统计局首席统计师分析。")]                  // 首席 = chief
    [InlineData("几十家企业参加了招聘会。")]                // vague
    [InlineData("这件事三五年也做不完。")]                  // vague
    [InlineData("要进一步推进区域一体化，统一标准。")]        // lexicalised 一
    [InlineData("这是全国最大的湖泊之一。")]
    [InlineData("冰冻三尺，非一日之功。")]                  // an idiom
    [InlineData("2024年度优秀青年评选结果揭晓。")]          // a year that opens a name
    [InlineData("今年以来，该市经济稳中向好。")]             // a time word with no numeral
    [InlineData("该区推出百强企业名单。")]                  // 百 in a ranking label
    [InlineData("两岸陆地边界保持稳定。")]                  // 陆 is the financial form of 六 only among numerals
    [InlineData("每年入伍期间开展教育。")]                  // 伍 likewise
    [InlineData("他到任的第二天就下乡了。")]                 // 第二天 is "the next day", not an ordinal count
    [InlineData("村党支部第一书记到岗。")]                  // an ordinal inside a title
    [InlineData("服务走进千家万户。")]                      // an idiom of two numeral-classifier pairs
    [InlineData("邮局发行纪念首日封。")]                        // 首日封 is a stamp's cover, no first day
    [InlineData("今年首次献血者明显增多。")]                    // 首次献血者 are first-time donors, no occasion counted
    [InlineData("坚持三位一体的思路。")]
    [InlineData("学习十四届六中全会精神。")]                 // a numeral pair inside a name
    [InlineData("牢记“三大纪律八项注意”。")]                // a quoted slogan, all of it
    [InlineData("他四处奔波筹集资金。")]                    // a lexicalised word (Data/not_figures.tsv)
    [InlineData("学习“三个代表”重要思想，坚持三个代表。")]
    [InlineData("影片《决胜21点》今日上映。")]
    [InlineData("公司上半年业绩稳定。")]                   // 上半年 is no duration of half a year
    [InlineData("发布半年度报告。")]
    [InlineData("本期为第08065期，彩果为08092。")]          // codes with a leading zero
    [InlineData("这场大雪百年不遇。")]                      // an idiom (Data/not_figures.tsv)
    [InlineData("从第一天起他就在这里工作。")]               // 从 starts a time, not a change of rank
    [InlineData("他考上了第二大学。")]                      // a name
    [InlineData("这些数字和数据都很重要。")]
    [InlineData("他成了村里的万元户，收入有几万元。")]        // a lexicalised word; vague
    [InlineData("他一成为会员就享受优惠。")]                 // 一 成为: as soon as he becomes
    [InlineData("二手车交易日趋活跃。")]                     // 手 counts after digits only
    [InlineData("公司发布了半年报。")]                      // a half-year report (Data/not_figures.tsv)
    [InlineData("公司举行“2024年新品发布会”。")]            // a year that opens a quoted event name
    [InlineData("１９９６年甲城四国足球邀请赛今天开幕。")]      // a year and a count of countries inside an event name
    [InlineData("四国女足赛已全部结束。")]
    [InlineData("乘坐２０９／２１０次列车的旅客不多。")]          // train numbers
    [InlineData("３０１国道全线贯通。")]                          // a road's number
    [InlineData("他曾任科技组第二组长。")]                        // an ordinal inside a title
    [InlineData("平台系统升级到2.0，新增多项功能。")]                // a version, not a level
    [InlineData("她在女子59公斤级比赛中夺冠。")]                      // a weight class
    [InlineData("今年这一天恰逢周末，阳性率较前一周上升。")]          // one span pointed at is a time
    [InlineData("男子22人龙200米直道竞速决赛结束。")]                // a boat's crew and a race
    [InlineData("一二线城市房价上涨，五六月份雨水偏多。")]            // tiers and months, no range of counts
    [InlineData("他三五年内不会回来。")]                              // digits not one apart: an estimate
    [InlineData("再过三两天就结束了。")]                              // 两 after a Chinese numeral: a few, no weight
    [InlineData("2024两会期间代表建言献策。")]                        // 两会 is no weight
    public void Finds_no_figure_where_the_guidelines_say_there_is_none(string text) =>
        Assert.Empty(FigureTestKit.Find(text));

    [Theory]
    [InlineData("通知于2023-02-29发布。")]        // 2023 did not leap
    [InlineData("通知于2024/4/31发布。")]
    public void A_day_its_month_has_not_is_never_written_as_a_date(string text) =>
        Assert.DoesNotContain(FigureTestKit.Find(text), f => f.Kind == FigureKind.DATE && f.Value.Length >= 10);

    [Theory]
    [InlineData("排名第三的乙银行宣布合并。", "第三", "3", "")]
    [InlineData("丙队则从第三升至第二。", "第三", "3", "")]
    [InlineData("欧元将成为第二大资金来源。", "第二大", "2", "")]
    [InlineData("新银行将成为世界第二十二大银行。", "第二十二大", "22", "")]
    public void A_rank_is_an_ordinal_even_when_a_word_follows_it(string text, string span, string value, string unit)
    {
        var figure = FigureTestKit.Single(text, span);
        Assert.Equal((FigureKind.ORDINAL, value, unit), (figure.Kind, figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("他跑完全程用了4小时4分39秒。", "4小时4分39秒", "14679", "秒")]
    [InlineData("他以9秒98夺得冠军。", "9秒98", "9.98", "秒")]                                  // a race time's hundredths
    [InlineData("车手以2分10秒463夺冠。", "2分10秒463", "130.463", "秒")]                        // and a lap time's thousandths
    [InlineData("她游出2分06秒35的成绩。", "2分06秒35", "126.35", "秒")]
    [InlineData("他鏖战3小时39分31秒。", "3小时39分31秒", "13171", "秒")]
    [InlineData("他的成绩是4分39秒。", "4分39秒", "279", "秒")]                // 分 before seconds is minutes, not points
    [InlineData("工程历时1年3个月。", "1年3个月", "15", "月")]
    [InlineData("抢修持续了2天零5小时。", "2天零5小时", "53", "小时")]
    [InlineData("会议开了两小时三十分钟。", "两小时三十分钟", "150", "分钟")]
    public void A_span_of_time_in_several_units_is_one_duration_in_its_smallest_unit(string text, string span, string value, string unit)
    {
        var figure = Assert.Single(FigureTestKit.Find(text));
        Assert.Equal((span, FigureKind.DURATION, value, unit), (text[figure.Start..figure.End], figure.Kind, figure.Value, figure.Unit));
    }

    [Fact]
    public void A_traditional_text_gives_its_simplified_forms_figures_in_its_own_characters()
    {
        // Given one report in both scripts (units, qualifiers and rules are written in simplified characters: 萬畝, 約為, 不低於),
        // then both give the same figures, and what, whom and when are worded as the document writes them.
        const string simplified = "今年全县猕猴桃种植面积约为42.6万亩，预计总产量58万吨。每亩投入不低于3000元。";
        const string traditional = "今年全縣獼猴桃種植面積約為42.6萬畝，預計總產量58萬噸。每畝投入不低於3000元。";
        var plain = FigureTestKit.Find(simplified, 2024);
        var read = FigureTestKit.Find(traditional, 2024);
        Assert.Equal(3, plain.Length);
        Assert.Equal(plain.Select(f => (f.Start, f.End, f.Kind, f.Value, f.Unit, f.Qualifier)), read.Select(f => (f.Start, f.End, f.Kind, f.Value, f.Unit, f.Qualifier)));
        Assert.Equal(plain.Select(f => (f.Metric, f.Subject, f.Period)),
            read.Select(f => (CharFold.Simplify(f.Metric), CharFold.Simplify(f.Subject), CharFold.Simplify(f.Period))));
        var area = read.Single(f => f.Unit == "亩" && f.Value == "426000");
        Assert.Equal((Qualifier.Approx, "獼猴桃種植面積"), (area.Qualifier, area.Metric));
        Assert.Equal(Qualifier.Over, read.Single(f => f.Value == "3000").Qualifier);
    }

    [Fact]
    public void Units_of_a_span_of_time_that_grow_are_separate_figures()
    {
        Assert.Equal(["3", "2"], FigureTestKit.Find("他3小时跑了2天的路。").Select(f => f.Value));   // not one span: 天 is larger
        Assert.Equal(["2", "40"], FigureTestKit.Find("客队2分钟内连得40分。").Select(f => f.Value));
    }

    [Fact]
    public void Half_of_them_or_half_the_price_is_fifty_percent()
    {
        var price = FigureTestKit.Single("持学生证的游客购票享受半价。", "半价");
        Assert.Equal((FigureKind.PERCENT, "50", "%"), (price.Kind, price.Value, price.Unit));
        var figure = FigureTestKit.Single("年轻棋手占了半数席位。", "半数");
        Assert.Equal((FigureKind.PERCENT, "50", "%"), (figure.Kind, figure.Value, figure.Unit));
        var half = FigureTestKit.Single("今年销量已不足一半。", "一半");
        Assert.Equal((FigureKind.PERCENT, "50", Qualifier.Under), (half.Kind, half.Value, half.Qualifier));
    }

    [Fact]
    public void A_change_of_days_counted_is_a_count_too()
    {
        Assert.All(FigureTestKit.Find("今年优良天数为198天，比去年同期增加11天；重污染天数为4天，减少3天。"), f => Assert.Equal(FigureKind.COUNT, f.Kind));
        // Not a span of time in a clause after something else (施工期为120天，比原计划减少15天).
        Assert.Equal(FigureKind.DURATION, FigureTestKit.Single("施工期为120天，比原计划减少15天。", "15天").Kind);
    }

    [Fact]
    public void A_count_in_wan_needs_no_classifier_before_de_or_a_bound()
    {
        var fans = FigureTestKit.Single("粉丝超过50万的博主有12人。", "50万");
        Assert.Equal((FigureKind.COUNT, "500000", "", Qualifier.Over), (fans.Kind, fans.Value, fans.Unit, fans.Qualifier));
        var bound = FigureTestKit.Single("粉丝20万以上的账号有12个。", "20万");
        Assert.Equal((FigureKind.COUNT, "200000", Qualifier.Over), (bound.Kind, bound.Value, bound.Qualifier));
    }

    [Fact]
    public void Half_an_hour_ahead_is_a_duration_and_the_first_half_of_a_year_none()
    {
        var ahead = FigureTestKit.Single("图书馆周末比平时提前半小时开门。", "半小时");
        Assert.Equal((FigureKind.DURATION, "0.5", "小时"), (ahead.Kind, ahead.Value, ahead.Unit));
        Assert.Equal("0.5", FigureTestKit.Single("之后半年里客流稳步回升。", "半年").Value);
        Assert.Empty(FigureTestKit.Find("前半场双方互有攻守。"));
    }

    [Fact]
    public void More_than_a_share_or_a_multiple_takes_its_duo()
    {
        var share = FigureTestKit.Single("客流恢复至去年的九成多。", "九成多");
        Assert.Equal((FigureKind.PERCENT, "90", Qualifier.Over), (share.Kind, share.Value, share.Qualifier));
        Assert.Equal(Qualifier.Over, FigureTestKit.Single("销量增长了一倍多。", "一倍多").Qualifier);
    }

    [Theory]
    [InlineData("他投资近万元装修门面。", "近万元", Qualifier.Approx)]
    [InlineData("去年户均收入超万元。", "超万元", Qualifier.Over)]
    [InlineData("每次租金就达万元。", "万元", Qualifier.Exact)]
    public void Ten_thousand_alone_before_a_currency_is_an_amount(string text, string span, Qualifier qualifier)
    {
        var figure = FigureTestKit.Single(text, span);
        Assert.Equal((FigureKind.MONEY, "10000", "元", qualifier), (figure.Kind, figure.Value, figure.Unit, figure.Qualifier));
    }

    [Fact]
    public void A_hundred_million_alone_before_a_currency_is_an_amount()
    {
        var figure = FigureTestKit.Single("全县有产值超亿元的企业5家。", "超亿元");
        Assert.Equal((FigureKind.MONEY, "100000000", Qualifier.Over), (figure.Kind, figure.Value, figure.Qualifier));
    }

    [Theory]
    [InlineData("车上只有３００来个旅客。", "３００来个", "300", "个")]
    [InlineData("他二十来岁就当了厂长。", "二十来岁", "20", "岁")]
    public void Lai_after_a_round_number_is_about_that_many(string text, string span, string value, string unit)
    {
        var figure = FigureTestKit.Single(text, span);
        Assert.Equal((value, unit, Qualifier.Approx), (figure.Value, figure.Unit, figure.Qualifier));
    }

    [Fact]
    public void A_month_range_takes_its_year_from_its_first_month()
    {
        var period = FigureTestKit.Single("今年1月至9月，全市进出口增长。", "今年1月至9月", referenceYear: 2023);
        Assert.Equal("2023-01/2023-09", period.Value);
        Assert.Single(FigureTestKit.Find("今年1月至9月，全市进出口增长。", referenceYear: 2023));
        Assert.Equal("20", FigureTestKit.Single("建校20年来成果丰硕。", "20年").Value);    // twenty years, no year
    }

    [Fact]
    public void A_month_range_into_next_year_is_one_interval()
    {
        // 明年 gives the second month its year, and the first month is in the year before.
        Assert.Equal("2024-11/2025-04", FigureTestKit.Single("剧院从11月至明年4月上演新剧。", "11月至明年4月", referenceYear: 2024).Value);
        // With no year known, both stay unknown, as the golds write them.
        Assert.Equal("XXXX-11/XXXX-04", FigureTestKit.Single("剧院从11月至明年4月上演新剧。", "11月至明年4月").Value);
    }

    [Fact]
    public void Spans_of_years_beyond_the_calendar_make_one_range_and_no_goal()
    {
        // 约4500年至4800年 after 距今 is an age, one range of years; its 至4800年 is no year a goal is set for.
        const string text = "遗址距今约4500年至4800年，面积约36万平方米。其中最大的房址面积达186平方米。";
        var age = FigureTestKit.Single(text, "约4500年至4800年");
        Assert.Equal((FigureKind.DURATION, "4500", "4800", "年"), (age.Kind, age.Value, age.ValueMax, age.Unit));
        var house = FigureTestKit.Single(text, "186平方米");
        Assert.Equal((Qualifier.Exact, ""), (house.Qualifier, house.Period));
    }

    [Fact]
    public void A_score_gives_one_count_per_side_and_a_record_one_row_per_number()
    {
        var score = FigureTestKit.Find("主队3比1战胜客队。");
        Assert.Equal([("3", "比分"), ("1", "比分")], score.Select(f => (f.Value, f.Metric)));
        Assert.Equal(["3", "0"], FigureTestKit.Find("北京队以３∶０获胜。").Select(f => f.Value));
        var record = FigureTestKit.Find("球队本赛季3胜4平5负。");
        Assert.Equal([("3", "胜"), ("4", "平"), ("5", "负")], record.Select(f => (f.Value, f.Unit)));
        Assert.Equal([("1", "胜"), ("1", "负")], FigureTestKit.Find("主队本季一胜一负。").Select(f => (f.Value, f.Unit)));
        // A medal tally likewise; 金 alone counts nothing (二本院校 is a tier).
        Assert.Equal([("7", "金"), ("4", "银"), ("2", "铜")], FigureTestKit.Find("中国队共获得7金4银2铜。").Select(f => (f.Value, f.Unit)));
        Assert.Empty(FigureTestKit.Find("他考上了二本院校。"));
        Assert.Equal(["T14:30"], FigureTestKit.Find("比赛14:30开始。").Select(f => f.Value));      // a clock time, not a score
        Assert.Empty(FigureTestKit.Find("这件事十分重要。"));                                         // 十分 = very
        Assert.Empty(FigureTestKit.Find("经过一番努力，他成功了。"));                                  // 一番 = a bout of
        Assert.Equal("2", FigureTestKit.Single("十年间经济总量翻了两番。", "两番").Value);
    }

    [Theory]
    [InlineData("这种兰花一盆能卖三四百元呢。", "三四百元", "300", "400", "元")]
    [InlineData("每个摊位每天收入五六十元。", "五六十元", "50", "60", "元")]
    [InlineData("全村有一两千人外出务工。", "一两千人", "1000", "2000", "人")]
    [InlineData("每户养了五六头牛。", "五六头", "5", "6", "头")]
    [InlineData("他每周回家一两次。", "一两次", "1", "2", "次")]
    [InlineData("全村有三四成农户种茶。", "三四成", "30", "40", "%")]
    public void Two_chinese_digits_one_apart_are_a_range(string text, string span, string value, string max, string unit)
    {
        var figure = FigureTestKit.Single(text, span);
        Assert.Equal((value, max, unit), (figure.Value, figure.ValueMax, figure.Unit));
    }

    [Fact]
    public void A_modal_particle_after_a_figure_is_no_counted_noun() =>
        Assert.Equal("这种兰花一盆能卖", FigureTestKit.Single("这种兰花一盆能卖300元呢。", "300元").Metric);

    [Fact]
    public void A_year_before_an_event_is_a_date_when_a_break_or_a_verb_comes_first()
    {
        Assert.Equal("1998", FigureTestKit.Single("1998年，全国运动会在甲城举行。", "1998年").Value);
        Assert.Equal("1998", FigureTestKit.Single("1998年召开的运动会规模空前。", "1998年").Value);
        Assert.Equal("4", FigureTestKit.Single("共有四国选手参赛。", "四国").Value);
    }

    [Theory]
    [InlineData("甲选手直落三局获胜。", "三局", "3", "局")]
    [InlineData("乙队在第二盘先丢两局。", "两局", "2", "局")]
    [InlineData("本场比赛甲队打进3球。", "3球", "3", "球")]
    [InlineData("下半场甲队连下两城。", "两城", "2", "城")]
    [InlineData("车站新开５对旅客列车。", "５对", "5", "对")]
    [InlineData("去年该站发送大件货物６５０车。", "６５０车", "650", "车")]
    [InlineData("小组赛丙队３战皆负。", "３战", "3", "战")]
    [InlineData("她连得两分扳平比分。", "两分", "2", "分")]                  // points after a verb of scoring
    public void Counts_sets_games_goals_pairs_and_carloads(string text, string span, string value, string unit)
    {
        var figure = FigureTestKit.Single(text, span);
        Assert.Equal((FigureKind.COUNT, value, unit, ""), (figure.Kind, figure.Value, figure.Unit, unit is "局" or "城" ? figure.Metric : ""));
    }

    [Fact]
    public void A_city_whose_name_holds_a_numeral_and_a_unit_is_no_count()
    {
        Assert.Equal([("11", "对")], FigureTestKit.Find("七台河站每日开行的旅客列车增至11对。").Select(f => (f.Value, f.Unit)));
        Assert.Empty(FigureTestKit.Find("贵州省六盘水市和河南三门峡市签约。"));
        Assert.Empty(FigureTestKit.Find("记者从五台县获悉。"));
    }

    [Fact]
    public void A_draw_in_a_record_and_first_time_are_figures_but_not_a_war_or_a_score_with_dui()
    {
        Assert.Equal([("2", "胜"), ("1", "和")], FigureTestKit.Find("甲队２胜１和保持不败。").Select(f => (f.Value, f.Unit)));
        Assert.Equal([("1", "次")], FigureTestKit.Find("乙队首次进入决赛。").Select(f => (f.Value, f.Unit)));
        Assert.Equal(("ORDINAL", "局"), (FigureTestKit.Single("甲选手拿下第三局。", "第三局").Kind.ToString(), FigureTestKit.Single("甲选手拿下第三局。", "第三局").Unit));
        Assert.Empty(FigureTestKit.Find("二战结束后城市重建。"));                  // a war
        Assert.Empty(FigureTestKit.Find("县里启动四级应急响应，全市两级法院和三级医院参与。"));   // grades, not forces
        Assert.Empty(FigureTestKit.Find("地震发生后，该县应急响应为三级。"));
        Assert.Contains(FigureTestKit.Find("共记录到余震137次，其中最大为3.9级。"), f => f.Value == "3.9");   // past the figure before it
        Assert.Empty(FigureTestKit.Find("10年期国债收益率回落。"));               // a bond's term names it
        Assert.Empty(FigureTestKit.Find("比分是3对1。").Where(f => f.Unit == "对"));  // the sides of a score, not pairs
        Assert.Empty(FigureTestKit.Find("和平与发展是主题，我们和他们十分和睦。"));
    }

    [Fact]
    public void A_weekday_may_be_followed_by_a_clock_in_digits() =>
        Assert.Equal(["XXXX-WXX-5", "T10:00"], FigureTestKit.Find("新机将于本周五10时开售。").Select(f => f.Value));

    [Fact]
    public void The_dateline_gives_no_subject_and_no_period()
    {
        const string text = "新华社成都1月25日电（记者 王敏）共引进外资项目120个。";
        var figure = FigureTestKit.Single(text, "120个");
        Assert.Equal(("", ""), (figure.Subject, figure.Period));
        Assert.DoesNotContain("电", figure.Metric);                                   // the metric does not reach into it
        Assert.Equal("XXXX-01-25", FigureTestKit.Single(text, "1月25日").Value);    // the day itself is still a date
        Assert.Equal("四川", FigureTestKit.Single("新华社成都1月25日电 四川全年引进项目120个。", "120个").Subject);
        // A dateline that states its year is one too.
        Assert.Equal("", FigureTestKit.Single("新华社北京2025年1月14日电 共引进外资项目120个。", "120个").Subject);
        // So is one from a ship, in quotes.
        Assert.Equal("", FigureTestKit.Attached("新华社“海鹰3”号4月2日电 共布设站位82个。", ("新华社", EntityType.ORG)).Single(f => f.Value == "82").Subject);
    }

    [Theory]
    [InlineData("当日该股成交1200万股。", "当日")]
    [InlineData("几年来全县脱贫3557户。", "几年来")]
    [InlineData("今年秋季学期全区新增公办幼儿园9所。", "今年秋季学期")]             // a school term is a stretch of time, with its year
    [InlineData("香港国际机场2025年全年客运量达到5820万人次。", "2025年全年")]        // a time word after a date is one period with it
    [InlineData("参与本航段的38名科学家全部到岗。", "本航段")]                   // 参与 compares nothing
    [InlineData("本轮比赛中主队拿下两场。", "本轮")]
    [InlineData("该厂于2020年5月新建3条生产线。", "2020年5月")]      // 于 states when it happened
    [InlineData("短短几个月间就三次调整运行图。", "几个月间")]           // a span with a vague numeral is still a time
    [InlineData("他当年在决赛中打进3球。", "当年")]                     // back then
    [InlineData("2019年该厂投产，当年产值5亿元。", "2019年")]            // 当年 refers back to the year stated
    [InlineData("公司截至6月30日的中期业绩显示，上半年收入80亿元。", "上半年")]   // the half-year, nearer than the date
    [InlineData("全年出生人口902万人。", "全年")]
    public void A_time_word_before_the_figure_is_its_period(string text, string period) =>
        Assert.Equal(period, FigureTestKit.Find(text).Single(f => f.Kind != FigureKind.DATE).Period);

    [Theory]
    [InlineData("春运40天，铁路发送旅客4.8亿人次。", "4.8亿人次", "春运40天")]
    [InlineData("假期7天全国国内出游7.4亿人次。", "7.4亿人次", "假期7天")]
    [InlineData("工期40天，新建道路4.8公里。", "4.8公里", "")]                              // no holiday: a span of days is no period
    public void A_holiday_named_with_its_length_is_the_period(string text, string span, string period) =>
        Assert.Equal(period, FigureTestKit.Single(text, span).Period);

    [Fact]
    public void A_comparison_base_is_not_the_period()
    {
        Assert.Equal("今年前三季度", FigureTestKit.Single("今年前三季度，全市工业产值比去年同期增长8.4%。", "8.4%", referenceYear: 2023).Period);
        // 上年 is the year before the document's (比上年四季度加快).
        Assert.Equal("2022-10/2022-12", FigureTestKit.Single("增速比上年四季度加快0.3个百分点。", "上年四季度", referenceYear: 2023).Value);
        // A year's end is its December, approximately, 去年底 and 今年末 too (as the project golds write them), from the document's
        // year where it is known; 上年末, a comparison's base, is none.
        var end = FigureTestKit.Single("2025年末全国人口140528万人。", "2025年末");
        Assert.Equal(("2025-12", Qualifier.Approx), (end.Value, end.Qualifier));
        var lastYear = FigureTestKit.Single("截至去年底，全县人口20万人。", "去年底");
        Assert.Equal(("XXXX-12", Qualifier.Approx), (lastYear.Value, lastYear.Qualifier));
        Assert.Equal("2024-12", FigureTestKit.Single("截至去年末，全县人口20万人。", "去年末", referenceYear: 2025).Value);
        Assert.Equal("XXXX-12", FigureTestKit.Single("计划在今年底前建成。", "今年底").Value);
        Assert.Equal("2023-12", FigureTestKit.Single("去年年末全市常住人口921万人。", "去年年末", referenceYear: 2024).Value);
        Assert.DoesNotContain(FigureTestKit.Find("比上年末增加。"), f => f.Kind == FigureKind.DATE);
        Assert.Equal("", FigureTestKit.Single("全市工业产值比去年同期增长8.4%。", "8.4%").Period);
        Assert.Equal("去年", FigureTestKit.Single("去年全市工业产值增长8.4%。", "8.4%").Period);
    }

    [Fact]
    public void A_metric_starts_after_a_bullet_and_never_inside_a_word()
    {
        Assert.Equal("进出口总额", FigureTestKit.Single("+ 进出口总额3.2万亿元。", "3.2万亿元").Metric);
        // 首次超过, 14日收于: a label or a date right before the figure leaves the metric to what precedes it.
        Assert.Equal("海外业务收入", FigureTestKit.Single("期内海外业务收入首次超过30亿港元。", "30亿港元").Metric);
        Assert.Equal("甲指数", FigureTestKit.Single("甲指数14日收于8071.19点。", "8071.19点").Metric);
        Assert.EndsWith("运送旅客", FigureTestKit.Single("全国民航共运送旅客9020万人次，日均225.5万人次。", "日均225.5万人次").Metric);
        // 以…的票房位列第一: the noun after 的 up to the verb of ranking; a quote after a change is the level of what changed.
        Assert.Equal("票房", FigureTestKit.Single("影片《甲》以12.5亿元的票房位列档期第一。", "12.5亿元").Metric);
        Assert.StartsWith("甲币价格", FigureTestKit.Single("甲币价格同日下跌8.2%，报1650美元。", "1650美元").Metric);
        // A phrase longer than a metric is cut to its last words, never inside one: here every word is two characters.
        const string phrase = "该研究所依托国家重点实验室平台多年来累计转化各类科技成果";
        string text = phrase + "120项。";
        var document = new Document("m.txt", text);
        document.SetSentences([new Sentence(0, 0, text.Length)]);
        document.SetTokens([.. Enumerable.Range(0, phrase.Length / 2).Select(w => new Token(2 * w, 2 * w + 2, "")), new(phrase.Length, phrase.Length + 3, "")]);
        new FigureStage(FigureTestKit.Resources).Process(document);
        var metric = document.Figures.Single().Metric;
        Assert.EndsWith("科技成果", metric);
        Assert.Equal(0, (phrase.Length - metric.Length) % 2);
    }

    [Fact]
    public void A_url_s_percent_encoding_is_no_percentage() =>
        Assert.Empty(FigureTestKit.Find("原文链接：http://example.com/a%20b%28c%29.html"));

    [Fact]
    public void A_minus_sign_belongs_to_the_number_only_where_it_is_one()
    {
        Assert.Equal("3", FigureTestKit.Single("他肩负3项任务。", "3项").Value);            // 负 completes 肩负
        Assert.Equal("5", FigureTestKit.Single("型号A-5项目共5项。", "5项").Value);
        var range = FigureTestKit.Single("客运量同比增长12%-15%。", "12%-15%");
        Assert.Equal(("12", "15"), (range.Value, range.ValueMax));                       // a range, not a negative 15
    }

    [Fact]
    public void Resolves_this_year_only_from_a_year_the_text_ties_to_the_present()
    {
        // A year stated only as a past fact says nothing about when 今年 is (GUIDELINES F9: no date known, XXXX).
        const string text = "2019年该市常住人口达100万人。今年3月，新机场开工。";
        var figure = FigureTestKit.Single(text, "今年3月");
        Assert.Equal((18, 22), (figure.Start, figure.End));
        Assert.Equal("XXXX-03", figure.Value);
        // A year in the sentence that says 今年 does.
        Assert.Equal("2023-06", FigureTestKit.Single("今年6月，2023年度招商大会在该市召开。", "今年6月").Value);
    }

    [Fact]
    public void A_day_of_last_or_this_month_resolves_from_the_document_s_date()
    {
        static string[] Values(string text, DocumentDate date)
        {
            var document = new Document("a.txt", text);
            new SentenceStage(new SentenceSplitter()).Process(document);
            document.SetDate(date);
            new FigureStage(FigureTestKit.Resources).Process(document);
            return [.. document.Figures.Select(f => $"{text[f.Start..f.End]} {f.Value}")];
        }
        Assert.Equal(["上月28日 2025-05-28", "本月15日 2025-06-15"], Values("上月28日，新政发布。本月15日起实施。", new DocumentDate("2025-06-10", DateSource.Text)));
        Assert.Equal(["上月20日 2024-12-20"], Values("上月20日开工。", new DocumentDate("2025-01-08", DateSource.Filename)));   // across the year
        Assert.Equal(["28日 XXXX-XX-28"], Values("上月28日，新政发布。", new DocumentDate("XXXX-06-10", DateSource.Text)));    // no year known
    }

    [Fact]
    public void A_given_reference_year_wins_over_the_inferred_one()
    {
        var figure = FigureTestKit.Single("2019年该市常住人口达100万人。今年3月，新机场开工。", "今年3月", referenceYear: 2020);
        Assert.Equal("2020-03", figure.Value);
    }

    [Fact]
    public void Resolves_the_same_year_and_the_same_period_from_what_came_before()
    {
        const string text = "2018年6月，项目立项；同年9月开工。今年前三季度产值较2020年同期增长一成。";
        Assert.Equal("2018-09", FigureTestKit.Single(text, "同年9月").Value);
        var period = FigureTestKit.Single(text, "今年前三季度");
        Assert.Equal("2021-01/2021-09", period.Value);   // 较2020年同期 compares with last year: 今年 is 2021
        Assert.Equal("2020-01/2020-09", FigureTestKit.Single(text, "2020年同期").Value);
    }

    [Fact]
    public void Writes_a_month_day_without_a_year_as_such_and_a_month_end_as_approximate()
    {
        Assert.Equal("XXXX-11-30", FigureTestKit.Single("新华社北京11月30日电", "11月30日").Value);
        var end = FigureTestKit.Single("2022年的报告说，今年7月底完工。", "今年7月底");
        Assert.Equal(("2022-07", Qualifier.Approx), (end.Value, end.Qualifier));
        // With no year known, this year's thirds of a month keep XXXX (they once failed the document).
        Assert.Equal("XXXX-03-21/XXXX-03-31", FigureTestKit.Single("今年3月下旬，钢价回落。", "今年3月下旬").Value);
        Assert.Equal("XXXX-02-01/XXXX-02-10", FigureTestKit.Single("今年2月上旬，钢价回落。", "今年2月上旬").Value);
    }

    [Fact]
    public void A_proportion_gives_two_ratio_terms_and_a_stretch_to_the_year_end_is_one_interval()
    {
        var terms = FigureTestKit.Find("该店进口与国产商品的比例为６∶４。");
        Assert.Equal([(FigureKind.RATIO, "6"), (FigureKind.RATIO, "4")], terms.Select(f => (f.Kind, f.Value)));
        Assert.DoesNotContain(terms, f => f.Metric == "比分");
        Assert.Equal(terms[0].Metric, terms[1].Metric);                // the second term measures what the first does
        // Terms with a decimal (生师比为16.8:1), which a score never has, wherever the pair stands (a word of proportion after it,
        // or an earlier value after 比).
        Assert.Equal([(FigureKind.RATIO, "16.8"), (FigureKind.RATIO, "1")],
            FigureTestKit.Find("全市小学生师比为16.8:1。").Select(f => (f.Kind, f.Value)));
        Assert.Equal([(FigureKind.RATIO, "1"), (FigureKind.RATIO, "1.5")],
            FigureTestKit.Find("按1比1.5的比例摇号。").Where(f => f.Kind != FigureKind.DATE).Select(f => (f.Kind, f.Value)));
        Assert.Equal(["7.2", "1"], FigureTestKit.Find("较去年底的7.2比1大为好转。").Where(f => f.Kind == FigureKind.RATIO).Select(f => f.Value));
        // After a ratio's name and a verb of level (师生比达到1:16.5; not a clock time), or its earlier value (从2.9:1降到2.6:1).
        Assert.Equal([(FigureKind.RATIO, "1"), (FigureKind.RATIO, "16.5")],
            FigureTestKit.Find("全区师生比达到1:16.5。").Select(f => (f.Kind, f.Value)));
        Assert.Equal(["2.9", "1", "2.6", "1"], FigureTestKit.Find("基地料肉比从2.9:1降到2.6:1。").Where(f => f.Kind == FigureKind.RATIO).Select(f => f.Value));
        // 比 between the terms as well as a colon (车桩比达到2.1比1).
        Assert.Equal([(FigureKind.RATIO, "2.1"), (FigureKind.RATIO, "1")],
            FigureTestKit.Find("全市车桩比达到2.1比1。").Select(f => (f.Kind, f.Value)));
        var stretch = FigureTestKit.Single("仅9月11日至年底，就增收48万元。", "9月11日至年底");
        Assert.Equal(("XXXX-09-11/XXXX-12", Qualifier.Approx), (stretch.Value, stretch.Qualifier));
    }

    [Fact]
    public void A_list_of_days_after_a_dated_day_keeps_its_month()
    {
        Assert.Equal(["XXXX-02-01", "XXXX-02-03", "XXXX-02-05"], FigureTestKit.Find("比赛定于2月1日、3日、5日举行。").Select(f => f.Value));
        Assert.Equal(["2023-05-04", "2023-05-06"], FigureTestKit.Find("展会于2023年5月4日和6日开放。").Select(f => f.Value));
        Assert.Equal(["XXXX-02-01", "XXXX-XX-03"], FigureTestKit.Find("他2月1日到达，3日离开。").Select(f => f.Value));   // not a list
    }

    [Fact]
    public void Attaches_metric_subject_and_period_from_the_sentence()
    {
        const string text = "2022年，江苏南通的地区生产总值达1.1万亿元。";
        var figure = FigureTestKit.Single(text, "1.1万亿元");
        Assert.Equal("1100000000000", figure.Value);
        Assert.Equal("江苏南通", figure.Subject);
        Assert.Equal("地区生产总值", figure.Metric);
        Assert.Equal("2022年", figure.Period);
    }

    [Fact]
    public void Takes_the_counted_noun_after_a_count_and_no_metric_for_a_place_classifier()
    {
        const string text = "福建、江西两省新建16座水库。";
        var provinces = FigureTestKit.Single(text, "两省");
        Assert.Equal(("", "福建、江西"), (provinces.Metric, provinces.Subject));
        Assert.Equal("水库", FigureTestKit.Single(text, "16座").Metric);
    }

    [Fact]
    public void Resolves_a_level_word_to_the_last_place_of_that_level()
    {
        const string text = "2024年，广东省地区生产总值达14.16万亿元。其中，深圳市约3.68万亿元。全省常住人口超过1.27亿人。";
        Assert.Equal("深圳市", FigureTestKit.Single(text, "约3.68万亿元").Subject);
        Assert.Equal("广东省", FigureTestKit.Single(text, "1.27亿人").Subject);   // 全省: the province, not the city named last
    }

    [Fact]
    public void Uses_entity_mentions_for_the_subject_when_the_document_has_them()
    {
        const string text = "星河科技去年营收增长15%。";
        var document = new Document("m.txt", text);
        new SentenceStage(new SentenceSplitter()).Process(document);
        document.SetMentions([new Mention(0, 4, EntityType.ORG, MentionSource.Rule, 1)]);
        new FigureStage(FigureTestKit.Resources).Process(document);
        Assert.Equal("星河科技", Assert.Single(document.Figures).Subject);
    }

    [Fact]
    public void Requires_sentences_and_produces_figures()
    {
        var stage = new FigureStage(FigureTestKit.Resources);
        Assert.Equal((Layers.Sentences, Layers.Figures), (stage.Requires, stage.Produces));
        Assert.Throws<ArgumentException>(() => new Pipeline([stage]));
    }

    [Theory]
    [InlineData("编号123456789012345678901234567890123456789的设备")]   // digits beyond any decimal
    [InlineData("共1万亿亿亿亿亿亿亿亿元")]                              // multipliers beyond any decimal
    [InlineData("共一亿亿亿亿亿亿亿亿亿元")]
    [InlineData("共300多万亿亿亿亿亿元")]
    [InlineData("一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇年")]
    [InlineData("0.0000000000000000000000000000000001%")]
    public void Survives_numbers_too_large_or_too_long_for_a_figure(string text)
    {
        var figures = FigureTestKit.Find(text);
        Assert.All(figures, f => Assert.True(f.Start >= 0 && f.End <= text.Length));
    }

    [Fact]
    public void One_stage_shared_by_threads_gives_the_same_figures_as_one_thread()
    {
        // Given one stage and many documents
        var stage = new FigureStage(FigureTestKit.Resources);
        var texts = Enumerable.Range(0, 200).Select(i =>
            $"{2000 + i % 20}年，江苏南通的地区生产总值达{i}.5万亿元，同比增长{i % 9}%。今年{1 + i % 12}月，新建{i}个充电站。").ToList();
        ImmutableArray<Figure> Run(string text)
        {
            var document = new Document("t.txt", text);
            new SentenceStage(new SentenceSplitter()).Process(document);
            stage.Process(document);
            return document.Figures;
        }
        var sequential = texts.Select(Run).ToList();

        // When the same stage runs them on several threads
        var parallel = new ImmutableArray<Figure>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(texts[i]));

        // Then every document gets the same figures
        for (int i = 0; i < texts.Count; i++)
            Assert.Equal(sequential[i].AsEnumerable(), parallel[i].AsEnumerable());
    }

    [Fact]
    public void Keeps_offsets_valid_ordered_and_apart_on_random_text()
    {
        // Given random strings of numerals, units, markers and punctuation
        const string alphabet = "0123456789０１２.,，。；、%％一二两三十百千万亿零点半第首年月日号点分成倍个家公里平方亩元约近逾超余多不到以上左右今同期前季度每秒次“”《》（）至-~ 的在是";
        var random = new Random(20231130);
        for (int n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(1, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);

            // When
            var figures = FigureTestKit.Find(text);

            // Then
            int last = 0;
            foreach (var f in figures)
            {
                Assert.True(f.Start >= last && f.Start < f.End && f.End <= text.Length, $"bad span {f.Start}-{f.End} in '{text}'");
                last = f.End;
            }
        }
    }
}
