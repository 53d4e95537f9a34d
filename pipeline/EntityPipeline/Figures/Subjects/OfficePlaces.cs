using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// The place an office that releases figures reports on (GUIDELINES F7 subject: the place the figures are about, not the office
/// that tells them): its own place, a national body's division, a division known by its shape, or the reserve or park it runs.
/// </summary>
internal sealed class OfficePlaces(PlaceGazetteer places)
{
    /// <summary>
    /// An office named with its place that releases figures (澳门司法警察局近日公布，…; 新加坡建屋发展局公布的数据显示) reports on that
    /// place: the place of the gazetteer its name opens with stands for it. Not 中国 (中国汽车工业协会今天发布数据，7月全国…),
    /// whose figures the text says are 全国's; a national body's office for a division (中国人民银行宁川市分行) stands for that division
    /// (<see cref="RegionalBranches"/>). Any other mention stands for itself.
    /// </summary>
    public PlaceSpan Jurisdiction(string text, Mention m, int limit) =>
        m.Type == EntityType.ORG && ReleaseWords.ReleasedBy(text, m.Start, m.End, limit) && PlaceOf(text, m.Start, m.End) is { } place
            ? place : new PlaceSpan(m.Start, m.End);

    /// <summary>
    /// The place an office's name [<paramref name="start"/>, <paramref name="end"/>) holds: the gazetteer's place it opens with (not
    /// 中国), a national body's division or a city office's district branch (<see cref="RegionalBranches"/>), or a division no
    /// gazetteer knows by its shape (澄州市住房公积金管理中心); else null.
    /// </summary>
    public PlaceSpan? PlaceOf(string text, int start, int end)
    {
        if (RegionalBranches.LocalBranch(text, start, end) is { } branch) return branch;
        // 甘肃省张掖市甘州区农业农村局 reports on 甘州区: the innermost division of a chain, as for any other name.
        start = end - places.Innermost(text[start..end]).Length;
        if (places.NameAt(text, start, end) is var own and > 0 && end - start - own >= 2 && !text.AsSpan(start, own).SequenceEqual("中国"))
            return new PlaceSpan(start, start + own + DivisionReferences.LevelAfter(text, start + own));
        if (RegionalBranches.Division(text, start, end) is { } division) return division;
        if (DivisionReferences.OpeningDivision(text, start, end) is int named) return new PlaceSpan(start, start + named);
        return ManagedPlace(text, start, end);
    }

    // Offices that run a reserve, park, scenic area or development zone, and the places they run (鸥汀湿地保护区管理局 →
    // 鸥汀湿地保护区; 临川新区管委会 → 临川新区).
    private static readonly string[] Managers = ["管理局", "管理处", "管理委员会", "管委会", "管理中心"];
    private static readonly string[] ManagedPlaces = ["保护区", "风景名胜区", "风景区", "景区", "公园", "林场", "湿地", "新城", "新区", "开发区", "园区"];

    /// <summary>The reserve, park, scenic area or zone an office runs, which its figures are about, or null.</summary>
    private static PlaceSpan? ManagedPlace(string text, int start, int end)
    {
        if (TextRules.WordBefore(text, end, start, Managers) is not { } manager) return null;
        int placeEnd = end - manager.Length;
        return TextRules.WordBefore(text, placeEnd, start, ManagedPlaces) is { } kind && placeEnd - start > kind.Length ? new PlaceSpan(start, placeEnd) : null;
    }
}
