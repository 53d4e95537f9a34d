using System.Text.Json.Serialization;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Which feature groups the tagger uses and the size of the hashed feature space. Stored inside the model
/// file, so a model is always featurized as it was trained. Character uni- and bigrams are always on.
/// The defaults are the shipped model's (models/msra-pd.recipe.json). Groups the project measured as not worth keeping
/// (character trigrams, neighbour words, short forms, per-corpus copies, a candidate lattice) were removed with their code.
/// </summary>
/// <param name="HashBits">Features are hashed into 2^HashBits slots (weights: 2^HashBits × 13 per pass).</param>
/// <param name="Words">jieba word of each character: its position in the word (B/M/E/S), length, identity.</param>
/// <param name="Pos">jieba part of speech of the current, previous and next word (includes the dictionary's nr/ns/nt).</param>
/// <param name="Suffixes">Organisation and place suffix lists (公司, 大学, 委员会, 省, 市, 县 ...).</param>
/// <param name="CharClass">Character class (Han, digit, Latin, punctuation) of the previous, current and next character.</param>
/// <param name="Lexicon">Matches of an entity lexicon gathered from the training data (stored in the model).</param>
/// <param name="LexiconMinCount">How often a string must be annotated in training to enter the lexicon.</param>
/// <param name="PosSource">Where <paramref name="Pos"/> comes from: the dictionary tag of each word of the plain cut (Lexicon, 7 times
/// faster) or jieba's POS segmenter (Hmm).</param>
/// <param name="SecondPass">Tag twice: a second model reads the first one's labels around each character and the strings it tagged across the document (stacking).</param>
/// <param name="LongNames">Features for names that run over several words: facility and zone suffixes (站, 码头, 公园, 示范区 ...),
/// the suffix that closes the phrase a word opens, and the part of speech of the word that opened the phrase a word closes.</param>
/// <param name="PersonCues">Surname and title lists: whether a character is a common surname, and whether the words before and after are titles.</param>
/// <param name="Places">Matches of China's administrative divisions and their short forms (<see cref="PlaceNames"/>). A model file that
/// does not name it was trained before it, and is read with it off.</param>
/// <param name="GivenNames">How typical of Chinese given names the characters after a surname are (<see cref="GivenNameChars"/>), so a
/// name the model never saw is judged by its characters. A model file that does not name it was trained before it, and is read with it off.</param>
/// <param name="Names">Matches of the proper names of a general dictionary, with their types (<see cref="DictionaryNames"/>). A model
/// file that does not name it was trained before it, and is read with it off.</param>
/// <param name="Clusters">The distributional clusters (<see cref="WordClusters"/>) of the word holding each character at each
/// granularity, with the character's position in its word. Off by default and not written when off, so a model without it reads
/// as before and programs older than it read such models.</param>
public sealed record TaggerFeatureOptions(
    int HashBits = 20,
    bool Words = true,
    bool Pos = true,
    bool Suffixes = true,
    bool CharClass = true,
    bool Lexicon = true,
    int LexiconMinCount = 1,
    Segmentation.PosTagging PosSource = Segmentation.PosTagging.Lexicon,
    bool SecondPass = true,
    bool LongNames = true,
    bool PersonCues = true,
    bool Places = true,
    bool GivenNames = true,
    bool Names = true,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Clusters = false)
{
    /// <summary>How the segmentation stage before the tagger must tag parts of speech.</summary>
    [JsonIgnore]
    public Segmentation.PosTagging Segmentation => Pos ? PosSource : EntityPipeline.Segmentation.PosTagging.None;

    [JsonIgnore]
    public int Dimension => 1 << HashBits;

    public void Validate()
    {
        if (HashBits is < 10 or > 24)
            throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, "hash bits must be between 10 and 24");
        if (LexiconMinCount < 1)
            throw new ArgumentOutOfRangeException(nameof(LexiconMinCount), LexiconMinCount, "the lexicon's minimum count must be at least 1");
    }
}
