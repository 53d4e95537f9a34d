using System.Numerics;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Hashes a feature (a template number and up to three values) into one of 2^bits slots (murmur3 mixing).
/// Shared by every featurizer of the tagger, so all features of a model live in one hashed space.
/// </summary>
internal readonly struct FeatureHash(int bits)
{
    private readonly uint _mask = (1u << bits) - 1;

    public int Index(uint template, uint a) => Finish(Mix(Mix(template * 0x9E3779B1u, a), 1));
    public int Index(uint template, uint a, uint b) => Finish(Mix(Mix(Mix(template * 0x9E3779B1u, a), b), 2));
    public int Index(uint template, uint a, uint b, uint c) => Finish(Mix(Mix(Mix(Mix(template * 0x9E3779B1u, a), b), c), 3));

    public static uint Mix(uint h, uint x)
    {
        x *= 0xCC9E2D51u;
        x = BitOperations.RotateLeft(x, 15) * 0x1B873593u;
        h ^= x;
        return BitOperations.RotateLeft(h, 13) * 5 + 0xE6546B64u;
    }

    private int Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return (int)(h & _mask);
    }
}
