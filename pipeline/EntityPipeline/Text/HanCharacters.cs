namespace EntityPipeline.Text;

/// <summary>Whether a character is a Han character of the basic CJK block, where every character the stages read as Chinese lies.</summary>
public static class HanCharacters
{
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Whether every character of <paramref name="text"/> is Han (true for an empty one).</summary>
    public static bool AllHan(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\u4e00', '\u9fff');
}
