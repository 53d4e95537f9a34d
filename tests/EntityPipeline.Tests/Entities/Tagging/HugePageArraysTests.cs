using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class HugePageArraysTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3_000_001)] // over two huge pages, not a whole number of them: advised in part
    public void An_array_asked_as_huge_pages_is_zeroed_and_whole(int length)
    {
        var array = HugePageArrays.Allocate<float>(length);
        Assert.Equal(length, array.Length);
        Assert.All(array, v => Assert.Equal(0f, v));
        array[^1] = 1f; // writable to its end
        Assert.Equal(1f, array.Sum());
    }
}
