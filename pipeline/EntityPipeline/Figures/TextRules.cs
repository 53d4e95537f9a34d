namespace EntityPipeline.Figures;

/// <summary>Small character classes shared by the attachment rules.</summary>
internal static class TextRules
{
    /// <summary>Function characters that end a name or a noun phrase: particles, prepositions, conjunctions, adverbs.</summary>
    public static bool IsFunctionChar(char c) => "的在和与是将已了为把对等从向到于及并也都就还又被让使给由以而或之这那其共均约".Contains(c);

    /// <summary>The function characters that never occur inside a name (为, 以, 之 do: 华为, 以色列, 之江).</summary>
    public static bool IsNameBreak(char c) => "的在和与是将已了把对从向到于及并也都就还又被让使给由而或这那其".Contains(c);
}
