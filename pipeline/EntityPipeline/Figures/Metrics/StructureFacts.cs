using System.Text.RegularExpressions;
using EntityPipeline.Figures.Periods;

namespace EntityPipeline.Figures.Metrics;

/// <summary>
/// A structure's or craft's built dimensions, capacity and cost (线路全长268公里, 主跨1260米, 设计时速350公里, 设车站24座, 总投资约86亿元) hold as long
/// as it stands, not on the day a report says it opened (大桥今天正式通车。大桥全长6.8公里): the golds give them no day as their
/// period (35 of 53 such rows have no period; none has a day).
/// </summary>
internal static partial class StructureFacts
{
    private static readonly string[] Attributes =
        ["全长", "主跨", "站间距", "车站", "换乘站", "设计时速", "运行时速", "最高时速", "运行速度", "设计寿命", "分辨率", "塔高", "用钢量", "车道", "编组", "总投资",
         // A craft's or vehicle's specifications (该火箭芯级直径2.9米, 起飞质量约142吨).
         "直径", "高度", "宽度", "重量", "起飞质量", "运载能力", "排水量", "翼展", "落差", "海拔",
         // A building's size and capacity (新院区占地80亩, 总建筑面积9.5万平方米, 开放床位900张).
         "占地", "建筑面积", "床位", "停车位"];

    /// <summary>The period of a figure measured by <paramref name="metric"/>: "" when it is a day and the metric a structure's attribute.</summary>
    public static string Period(string metric, string period) =>
        period.Length > 0 && (PeriodCarry.DayWords.Contains(period) || DayDate().IsMatch(period)) && Attributes.Any(metric.Contains) ? "" : period;

    // 8日, 17日7时30分.
    [GeneratedRegex(@"日(\d{1,2}时(\d{1,2}分)?)?$")]
    private static partial Regex DayDate();
}
