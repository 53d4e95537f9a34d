namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Keeps a space that separates words outside every mention: 记者 何欣荣 樊曦 is two names, as 何欣荣、樊曦 is, while Tim Cook is one
/// (a space between two Latin letters joins, <see cref="CharFeatureExtractor.View"/>). The features already read such a space as 、,
/// but a model trained on Latin-script names with spaces in them (recipe latinNames) learnt that a space may sit inside a name and
/// ran bylines and 中共中央 国务院 together; so the decoder is not let. Stateless.
/// </summary>
internal static class SeparatingSpaces
{
    /// <summary>Leaves only O possible at each separating space of <paramref name="sentence"/> (rows of <see cref="BioesLabels.Count"/> log-probabilities).</summary>
    public static void KeepOutside(ReadOnlySpan<char> sentence, Span<float> logProbs)
    {
        int L = BioesLabels.Count;
        for (int i = 0; i < sentence.Length; i++)
        {
            if (!char.IsWhiteSpace(sentence[i]) || CharFeatureExtractor.View(sentence, i) == '·') continue;
            for (int y = 0; y < L; y++)
                if (y != BioesLabels.Outside) logProbs[i * L + y] = float.NegativeInfinity;
        }
    }
}
