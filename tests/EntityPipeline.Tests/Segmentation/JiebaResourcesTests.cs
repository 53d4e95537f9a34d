using EntityPipeline.Segmentation;

namespace EntityPipeline.Tests.Segmentation;

public sealed class JiebaResourcesTests
{
    [Fact]
    public async Task BeginLoading_loads_the_default_dictionaries_in_the_background_once()
    {
        // Given loading begun in the background, and a caller that then needs the dictionaries
        var begun = JiebaResources.BeginLoading();
        JiebaResources.EnsureLoaded();

        // Then both end with the same loaded dictionary
        await begun;
        var dictionary = JiebaResources.Dictionary;
        Assert.True(dictionary.ContainsWord("中华人民共和国"));
        await JiebaResources.BeginLoading();
        Assert.Same(dictionary, JiebaResources.Dictionary);
    }
}
