using EntityPipeline.Segmentation;

namespace EntityPipeline.Tests.Segmentation;

public sealed class CharTrieTests
{
    [Fact]
    public void Nodes_keep_their_numbers_and_edges_as_the_table_grows()
    {
        // Given a trie started small, when far more prefixes are added than it was sized for
        var trie = new CharTrie(16);
        var words = Enumerable.Range(0, 2_000).Select(i => "词" + i.ToString("x")).ToList();
        var nodes = words.Select(w => trie.Add(w)).ToList();

        // Then every word walks to the node it was given, and adding it again makes no node
        Assert.Equal(nodes, words.Select(w => trie.Find(w)));
        int count = trie.Count;
        Assert.Equal(nodes[5], trie.Add(words[5]));
        Assert.Equal(count, trie.Count);
        Assert.Equal(CharTrie.None, trie.Find("词zz"));
        Assert.Equal(CharTrie.None, trie.Child(nodes[0], '\0'));
        Assert.Equal(CharTrie.Root, trie.Find(""));
    }
}
