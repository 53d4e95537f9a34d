using System.Numerics;
using System.Runtime.CompilerServices;

namespace EntityPipeline.Segmentation;

/// <summary>
/// The nodes of a character trie (node 0 the root, one node per distinct prefix) with its edges in one open-addressed
/// table keyed by (parent, character): a step is one probe of two flat arrays, where a string-keyed dictionary hashes the
/// whole prefix again and visits an entry and a string. Built once, then read by any number of threads.
/// </summary>
internal sealed class CharTrie
{
    public const int Root = 0, None = -1;
    private long[] _keys = [];
    private int[] _children = [];
    private int _shift;

    public CharTrie(int capacity = 1 << 10) => Resize((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16)));

    /// <summary>Nodes, the root included.</summary>
    public int Count { get; private set; } = 1;

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or <see cref="None"/>.</summary>
    public int Child(int node, char c)
    {
        int slot = SlotOf(Key(node, c));
        return _keys[slot] == 0 ? None : _children[slot];
    }

    /// <summary>
    /// The node of <paramref name="word"/>, adding the nodes of its prefixes that are missing (numbered <see cref="Count"/>, in
    /// the order of its characters). Compiled optimized at once: it runs at start-up, 1.6 million steps for jieba's dictionary,
    /// where the tiered JIT would run it unoptimized.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Add(ReadOnlySpan<char> word)
    {
        int node = Root;
        foreach (char c in word)
        {
            if (2 * (Count + 1) > _keys.Length) Resize(_keys.Length * 2);
            long key = Key(node, c);
            int slot = SlotOf(key);
            if (_keys[slot] == 0) (_keys[slot], _children[slot]) = (key, Count++);
            node = _children[slot];
        }
        return node;
    }

    /// <summary>The node of <paramref name="text"/> from the root, or <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        int node = Root;
        for (int i = 0; i < text.Length && node != None; i++) node = Child(node, text[i]);
        return node;
    }

    // Parent + 1 keeps every key non-zero, so 0 marks an empty slot.
    private static long Key(int node, char c) => ((long)(node + 1) << 16) | c;

    /// <summary>The slot that holds <paramref name="key"/>, or the empty one where it would go (linear probing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(long key)
    {
        int mask = _keys.Length - 1;
        for (int slot = (int)((ulong)key * 0x9E3779B97F4A7C15UL >> _shift); ; slot = (slot + 1) & mask)
        {
            long found = _keys[slot];
            if (found == key || found == 0) return slot;
        }
    }

    private void Resize(int capacity)
    {
        var (keys, children) = (_keys, _children);
        (_keys, _children, _shift) = (new long[capacity], new int[capacity], 64 - BitOperations.Log2((uint)capacity));
        for (int i = 0; i < keys.Length; i++)
            if (keys[i] != 0)
            {
                int slot = SlotOf(keys[i]);
                (_keys[slot], _children[slot]) = (keys[i], children[i]);
            }
    }
}
