namespace EntityPipeline.Text;

/// <summary>The text of a file and how it was decoded; <see cref="Warning"/> is set when bytes had to be replaced.</summary>
public sealed record DecodedText(string Text, string Encoding, string? Warning = null);
