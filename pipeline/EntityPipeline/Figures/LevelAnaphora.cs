namespace EntityPipeline.Figures;

/// <summary>
/// Words that refer back to a division named earlier: 全省, 该市, 本县, 我区 … name no place themselves, but say
/// which level of place the figure is about (省, 市, 县, 区, 镇).
/// </summary>
internal static class LevelAnaphora
{
    private const string Determiners = "全该本我";
    private const string Levels = "省市县区镇";

    /// <summary>The level named by such a word in [<paramref name="start"/>, <paramref name="end"/>), or null.</summary>
    public static char? Find(string text, int start, int end)
    {
        for (int i = start; i + 1 < end; i++)
            if (Determiners.Contains(text[i]) && Levels.Contains(text[i + 1]) && !(i + 2 < end && text[i + 2] is '域' or '级' or '委' or '长' or '政' or '场'))
                return text[i + 1];
        return null;
    }
}
