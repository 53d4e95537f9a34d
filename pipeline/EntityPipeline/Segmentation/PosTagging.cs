namespace EntityPipeline.Segmentation;

/// <summary>Where the parts of speech of the token layer come from.</summary>
public enum PosTagging
{
    /// <summary>No parts of speech: jieba's plain cut.</summary>
    None,

    /// <summary>jieba's plain cut, each word tagged with its dictionary tag (dict.txt); words not in the dictionary get "x". As fast as the plain cut.</summary>
    Lexicon,

    /// <summary>jieba's POS segmenter (dictionary tags plus an HMM for unknown words): about 7 times slower than the plain cut.</summary>
    Hmm,
}
