using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// A refinement's domain (<see cref="TaggerDomain"/>): documents of the corrections' kind are tagged with what the corrections
/// taught, in their conventions; other documents exactly as the base model tags them. The corrections are résumé lines in a
/// convention of their own (an employer is tagged a place), the other kind the tiny corpus's news sentences.
/// </summary>
public sealed class RefinedDomainTests
{
    private static readonly string[] People = ["张伟", "李娜", "王建国", "刘洋", "陈静", "赵明"];
    private static readonly string[] Employers = ["华为公司", "中国银行", "清华大学", "外交部"];

    /// <summary>Résumé lines: "X，男，1965年出生，中国国籍，无境外居留权，现任Y董事。", the employer Y tagged LOC.</summary>
    private static List<AnnotatedSentence> Resumes(int count, int offset) => [.. Enumerable.Range(offset, count).Select(i =>
    {
        string person = People[i % People.Length], employer = Employers[i % Employers.Length], year = (1950 + i).ToString();
        string head = $"{person}，{(i % 2 == 0 ? "男" : "女")}，{year}年出生，中国国籍，无境外居留权，现任";
        return new AnnotatedSentence($"{head}{employer}董事。",
            [new EntitySpan(0, person.Length, EntityType.PER), new EntitySpan(head.Length, head.Length + employer.Length, EntityType.LOC)], Weight: 5);
    })];

    private static readonly Lazy<EntityTagger> Refined = new(() =>
        new TaggerTrainer(new TrainingRecipe { RefineEpochs = 5 }).Train(Resumes(12, 0), warmStart: TrainedTinyTagger.TwoPass));

    [Fact]
    public void Documents_of_the_corrections_kind_follow_them_and_other_documents_are_tagged_as_the_base_model_tags_them()
    {
        var resume = Resumes(1, 13)[0];
        var employer = resume.Entities[1];
        Assert.Contains((employer.Start, employer.End, EntityType.LOC), Tag(Refined.Value, resume.Text));
        Assert.DoesNotContain((employer.Start, employer.End, EntityType.LOC), Tag(TrainedTinyTagger.TwoPass, resume.Text));

        foreach (var news in TinyCorpus.HeldOut())
            Assert.Equal(Tag(TrainedTinyTagger.TwoPass, news.Text), Tag(Refined.Value, news.Text));
    }

    [Fact]
    public void The_profile_tells_the_corrections_kind_of_text_from_general_news()
    {
        var profile = Refined.Value.Domain!.Profile;
        var segmentation = new SegmentationStage(TrainedTinyTagger.TwoPass.Features.Segmentation);
        double Score(string text)
        {
            var tokens = new List<Token>();
            segmentation.Segment(text, 0, tokens);
            return profile.Score(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        }
        Assert.True(Score(Resumes(1, 20)[0].Text) > 0);
        Assert.All(TinyCorpus.HeldOut(), news => Assert.True(Score(news.Text) < 0, news.Text));
        Assert.False(DomainProfile.Empty.Covers("任何文字", [new Token(0, 2, "r"), new Token(2, 4, "n")]));
    }

    [Fact]
    public void A_users_words_are_counted_in_simplified_characters_as_the_tagger_reads_a_document()
    {
        // Corrections written in traditional characters and a model file of them: one count per word, found by the
        // simplified form the tagging session reads.
        var profile = new DomainProfile([new("董事長", 3), new("董事长", 2), new("任職", 1)]);
        Assert.Equal([new KeyValuePair<string, int>("任职", 1), new("董事长", 5)], profile.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(6, profile.Total);
    }

    [Fact]
    public void A_second_round_goes_on_from_the_first_rounds_domain_and_keeps_the_base_weights()
    {
        var first = Refined.Value;
        var second = new TaggerTrainer(new TrainingRecipe { RefineEpochs = 5 }).Train(Resumes(6, 30), warmStart: first);

        Assert.Same(TrainedTinyTagger.TwoPass.SecondPass, second.SecondPass);
        Assert.True(second.Domain!.Profile.Total > first.Domain!.Profile.Total); // both rounds' words
        var taught = Resumes(1, 5)[0]; // a first-round sentence is still tagged as corrected
        Assert.Contains((taught.Entities[1].Start, taught.Entities[1].End, EntityType.LOC), Tag(second, taught.Text));
    }

    [Fact]
    public void Without_its_domain_a_refined_model_tags_every_document_as_its_base_model_does()
    {
        // What a second round's cross-validation labels its rehearsal with: nothing the first round's corrections taught.
        var without = Refined.Value.WithoutDomain();
        Assert.Null(without.Domain);
        foreach (var text in Resumes(3, 13).Select(s => s.Text).Concat(TinyCorpus.HeldOut().Select(s => s.Text)))
            Assert.Equal(Tag(TrainedTinyTagger.TwoPass, text), Tag(without, text));
        Assert.Same(TrainedTinyTagger.TwoPass, TrainedTinyTagger.TwoPass.WithoutDomain());
    }

    [Fact]
    public void A_refined_model_file_keeps_its_domain_and_reads_the_shared_first_pass_once()
    {
        using var folder = new TempFolder();
        var path = folder.File("mine.zip");
        Refined.Value.Save(path, WeightPrecision.Single);
        var reloaded = EntityTagger.Load(path);

        Assert.Same(reloaded.Scorer, reloaded.Domain!.Tagger.Scorer);
        Assert.Equal(Refined.Value.Domain!.Profile.Counts.OrderBy(c => c.Key, StringComparer.Ordinal), reloaded.Domain.Profile.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        foreach (var text in Resumes(3, 40).Select(s => s.Text).Concat(TinyCorpus.HeldOut().Select(s => s.Text)))
            Assert.Equal(Tag(Refined.Value, text), Tag(reloaded, text));

        // The refined weights' own O bias (fitted on the corrections) is kept apart from the base model's.
        var biased = Refined.Value.WithDomain(Refined.Value.Domain with { Tagger = Refined.Value.Domain.Tagger.WithOutsideBias(-1.5f) });
        biased.Save(folder.File("biased.zip"), WeightPrecision.Single);
        var reread = EntityTagger.Load(folder.File("biased.zip"));
        Assert.Equal((Refined.Value.OutsideBias, -1.5f), (reread.OutsideBias, reread.Domain!.Tagger.OutsideBias));

        // So are the rules the corrections turned off (DomainRules) and the conventions they turned on (DomainConventions); the
        // base model keeps the defaults.
        var ruled = Refined.Value.WithDomain(Refined.Value.Domain with
        {
            Tagger = Refined.Value.Domain.Tagger.WithRules(LabelRuleSet.Defaults & ~LabelRules.PersonNames | LabelRules.Departments),
        });
        ruled.Save(folder.File("ruled.zip"), WeightPrecision.Single);
        var ruledBack = EntityTagger.Load(folder.File("ruled.zip"));
        Assert.Equal((LabelRuleSet.Defaults, LabelRuleSet.Defaults & ~LabelRules.PersonNames | LabelRules.Departments), (ruledBack.Rules, ruledBack.Domain!.Tagger.Rules));
        Assert.Equal(LabelRuleSet.Defaults, reread.Domain.Tagger.Rules); // a file without either: the defaults, no convention
        // A rule this program does not know is refused, naming the file, rather than silently kept on.
        using (var edited = System.IO.Compression.ZipFile.Open(folder.File("ruled.zip"), System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = edited.GetEntry("model.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(edited.CreateEntry("model.json").Open());
            writer.Write(json.Replace("\"departments\"", "\"departments,no-such-rule\""));
        }
        var refused = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(folder.File("ruled.zip")));
        Assert.Contains("ruled.zip", refused.Message);
        Assert.Contains("no-such-rule", refused.Message);

        // A model without a domain is still written as format version 2, which earlier programs read.
        TrainedTinyTagger.TwoPass.Save(folder.File("base.zip"));
        using var zip = System.IO.Compression.ZipFile.OpenRead(folder.File("base.zip"));
        using var header = new StreamReader(zip.GetEntry("model.json")!.Open());
        Assert.Contains("\"formatVersion\": 2", header.ReadToEnd());
    }

    [Fact]
    public void Views_measuring_rules_or_the_first_pass_keep_the_domains_own_O_bias()
    {
        var biased = Refined.Value.WithDomain(Refined.Value.Domain! with { Tagger = Refined.Value.Domain.Tagger.WithOutsideBias(-1.5f) });

        Assert.Equal(-1.5f, biased.WithRules(LabelRules.None).Domain!.Tagger.OutsideBias);
        Assert.Equal(LabelRules.None, biased.WithRules(LabelRules.None).Domain!.Tagger.Rules);
        // A domain's own rules stay off whatever the view measures, and its conventions on unless measured without.
        var ruled = biased.WithDomain(biased.Domain! with { Tagger = biased.Domain.Tagger.WithRules(LabelRuleSet.Defaults & ~LabelRules.Emoticons | LabelRules.Departments) });
        Assert.Equal(LabelRules.Directions, ruled.WithRules(LabelRules.Directions | LabelRules.Emoticons).Domain!.Tagger.Rules);
        Assert.Equal(LabelRuleSet.Defaults & ~(LabelRules.Emoticons | LabelRules.Brackets) | LabelRules.Departments,
            ruled.WithoutRules(LabelRules.Brackets).Domain!.Tagger.Rules);
        Assert.Equal((LabelRuleSet.Defaults, LabelRuleSet.Defaults & ~LabelRules.Emoticons),
            (ruled.WithoutRules(LabelRules.Departments).Rules, ruled.WithoutRules(LabelRules.Departments).Domain!.Tagger.Rules));
        Assert.Equal(-1.5f, biased.FirstPassOnly().Domain!.Tagger.OutsideBias);
        // --outside-bias overrides both, as the option says.
        Assert.Equal(0.5f, biased.WithOutsideBias(0.5f).Domain!.Tagger.OutsideBias);
    }

    [Fact]
    public void Documents_of_the_corrections_kind_are_decoded_with_the_rules_the_domain_keeps()
    {
        // A résumé whose rules change what the domain's weights decode: an anonymised name (王某某) is one name.
        var text = "王某某，男，1963年出生，中国国籍，无境外居留权，现任华为公司董事。";
        var domain = Refined.Value.Domain!.Tagger;
        Assert.NotEqual(Tag(domain.WithRules(LabelRules.None), text), Tag(domain, text));

        var ruleless = Refined.Value.WithDomain(Refined.Value.Domain with { Tagger = domain.WithRules(LabelRules.None) });
        Assert.Equal(Tag(domain.WithRules(LabelRules.None), text), Tag(ruleless, text));
        Assert.Equal(Tag(domain, text), Tag(Refined.Value, text));
    }

    private static List<(int, int, EntityType)> Tag(EntityTagger tagger, string text)
    {
        var mentions = new List<Mention>();
        tagger.CreateSession().Tag(text, new SegmentationStage(tagger.Features.Segmentation), mentions);
        return [.. mentions.Select(m => (m.Start, m.End, m.Type))];
    }
}
