namespace EntityPipeline.Processing;

/// <summary>Growth of the per-thread buffers a stage reuses sentence after sentence (the tagger's, the cut's).</summary>
internal static class ReusedBuffer
{
    /// <summary>The buffer, replaced by one at least <paramref name="length"/> long when it is shorter (its contents are not kept).</summary>
    public static T[] AtLeast<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length * 2)];
        return buffer;
    }
}
