namespace EntityPipeline.Text;

/// <summary>
/// One-to-one character folding for the views that segmentation and features read: full-width ASCII
/// (Ａ, ２, ％) to ASCII and the ideographic space to a space. Lengths are unchanged, so offsets into the
/// folded view are offsets into the original text.
/// </summary>
public static class CharFold
{
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    public static string Fold(string text) => Fold(text.AsSpan());

    public static string Fold(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text, static (dest, src) =>
        {
            // Spans cannot be captured; copy through the state.
            for (int i = 0; i < dest.Length; i++) dest[i] = Fold(src[i]);
        });
    }
}
