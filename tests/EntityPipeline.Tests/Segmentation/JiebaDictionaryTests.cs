using System.Reflection;
using EntityPipeline.Segmentation;
using JiebaNet.Segmenter;

namespace EntityPipeline.Tests.Segmentation;

public sealed class JiebaDictionaryTests
{
    [Fact]
    public void Every_word_and_prefix_of_jieba_NETs_dictionary_has_its_count_and_no_other_is_there()
    {
        // Given jieba.NET's own prefix dictionary (word or prefix → count, 0 for a prefix only), read from the same dict.txt
        JiebaResources.EnsureLoaded();
        var jieba = (IDictionary<string, int>)typeof(WordDictionary).GetField("Trie", BindingFlags.NonPublic | BindingFlags.Instance)!
            .GetValue(WordDictionary.Instance)!;

        // Then ours, read in one pass into a character trie, holds the same keys with the same counts
        var ours = JiebaResources.Dictionary;
        Assert.True(jieba.Count > 490_000);
        Assert.Equal(jieba.Count, ours.Count);
        Assert.All(jieba, entry => Assert.True(ours.TryGetCount(entry.Key, out int count) && count == entry.Value, entry.Key));
    }
}
