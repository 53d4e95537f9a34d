using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class EntityLexiconTests
{
    [Fact]
    public void Gathers_entity_strings_seen_often_enough_with_all_their_types()
    {
        AnnotatedSentence[] sentences =
        [
            new("北京大学在北京。", [new(0, 4, EntityType.ORG), new(5, 7, EntityType.LOC)]),
            new("北京大学很大。", [new(0, 4, EntityType.ORG)]),
            new("他叫北京。", [new(2, 4, EntityType.PER)]),
        ];
        var lexicon = EntityLexicon.Gather(sentences, minCount: 2);
        var entries = lexicon.Entries.ToDictionary();
        Assert.Equal(2, entries.Count);
        Assert.Equal(EntityLexicon.Mask(EntityType.ORG), entries["北京大学"]);
        Assert.Equal(EntityLexicon.Mask(EntityType.LOC) | EntityLexicon.Mask(EntityType.PER), entries["北京"]);
    }

    [Fact]
    public void Each_character_gets_the_longest_match_covering_it()
    {
        // 北京大学 (ORG) wins over 北京 (LOC) at 0..4; 上海 (LOC) matches at 5..7; 的 is covered by nothing.
        var lexicon = new EntityLexicon([
            KeyValuePair.Create("北京", EntityLexicon.Mask(EntityType.LOC)),
            KeyValuePair.Create("北京大学", EntityLexicon.Mask(EntityType.ORG)),
            KeyValuePair.Create("上海", EntityLexicon.Mask(EntityType.LOC)),
        ]);
        var codes = new uint[8];
        lexicon.Match("北京大学和上海的", codes);
        uint org = (uint)EntityLexicon.Mask(EntityType.ORG) << 3, loc = (uint)EntityLexicon.Mask(EntityType.LOC) << 3;
        Assert.Equal([org | 1, org | 2, org | 2, org | 3, 0, loc | 1, loc | 3, 0], codes);
    }
}
