using System.Runtime.InteropServices;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Large arrays read at random (a tagger's weights) asked to be backed by 2 MB pages on Linux. Scoring
/// looks up about 70 rows a character in tens of megabytes: with 4 KB pages nearly every look-up also misses the TLB, and a page
/// walk in a virtual machine costs several more memory reads. Elsewhere, or when the kernel declines, they are plain arrays.
/// </summary>
internal static class HugePageArrays
{
    private const int HugePage = 1 << 21;
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE

    /// <summary>A zeroed array of <paramref name="length"/> elements, pinned (so its address is fixed) and advised as huge pages.</summary>
    public static T[] Allocate<T>(int length) where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        long bytes = (long)length * Marshal.SizeOf<T>();
        if (OperatingSystem.IsLinux() && bytes >= 2 * HugePage)
        {
            long start = AddressOf(array);
            long from = (start + HugePage - 1) & ~(long)(HugePage - 1), to = (start + bytes) & ~(long)(HugePage - 1);
            try { _ = Advise((nint)from, (nuint)(to - from), MadviseHugePage); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        array.AsSpan().Clear(); // the first writes, after the advice: the pages are faulted in as huge ones
        return array;
    }

    /// <summary>The index of the first element of <paramref name="array"/> (one <see cref="Allocate"/> gave) on a multiple of <paramref name="bytes"/> (a power of two).</summary>
    public static int AlignedStart<T>(T[] array, int bytes) where T : unmanaged =>
        (int)((bytes - (AddressOf(array) & (bytes - 1))) & (bytes - 1)) / Marshal.SizeOf<T>();

    /// <summary>The address of an array's first element; fixed, as the array lives on the pinned heap (<see cref="Allocate"/>).</summary>
    private static long AddressOf<T>(T[] array) where T : unmanaged
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        long start = handle.AddrOfPinnedObject();
        handle.Free();
        return start;
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Advise(nint address, nuint length, int advice);
}
