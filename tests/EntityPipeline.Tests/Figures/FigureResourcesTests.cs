using EntityPipeline.Figures;

namespace EntityPipeline.Tests.Figures;

public sealed class FigureResourcesTests
{
    [Fact]
    public async Task Default_is_loaded_once_whichever_threads_ask_first_and_reads_the_shipped_files()
    {
        // Given two threads asking for the default resources at once (start-up loads them on whichever thread is free first)
        var asked = await Task.WhenAll(Task.Run(() => FigureResources.Default), Task.Run(() => FigureResources.Default));

        // Then both get the one instance, and it reads the shipped files like a fresh load
        Assert.Same(asked[0], asked[1]);
        Assert.Same(asked[0], FigureResources.Default);
        var fresh = FigureResources.LoadDefault();
        foreach (var text in new[] { "平方公里", "美元", "个百分点" })
            Assert.Equal(fresh.Units.Match(text, 0, text.Length)!.Unit, FigureResources.Default.Units.Match(text, 0, text.Length)!.Unit);
    }
}
