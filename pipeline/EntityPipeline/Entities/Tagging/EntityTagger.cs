using EntityPipeline.Entities.Rules;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A trained tagger, holding what tagging needs and nothing else: the feature settings, the lexicon, each pass's weights once
/// (<see cref="LinearLabelScorer"/>), the temperatures they were divided by, and the O bias; optionally a second pass that
/// also reads the first one's labels (<see cref="FirstPassFeatures"/>). Immutable and shareable across threads; each worker
/// tags through its own <see cref="TaggingSession"/>. Produced by <c>Training.TaggerTrainer</c> (which also refines one) and
/// stored by <see cref="TaggerModelFile"/>.
/// </summary>
public sealed class EntityTagger
{
    internal EntityTagger(TaggerFeatureOptions features, EntityLexicon lexicon, LinearLabelScorer firstPass, float outsideBias = 0,
        LinearLabelScorer? secondPass = null, int secondPassFeatures = FirstPassFeatures.Version, (float First, float Second) temperatures = default,
        TaggerDomain? domain = null, TaughtSentences? taught = null)
    {
        if (features.SecondPass != secondPass is not null)
            throw new ArgumentException($"the feature settings say {(features.SecondPass ? "two passes" : "one pass")}, but {(secondPass is null ? "one" : "two")} were given");
        foreach (var pass in (LinearLabelScorer?[])[firstPass, secondPass])
        {
            if (pass is null) continue;
            if (pass.LabelCount != BioesLabels.Count)
                throw new InvalidDataException($"a pass has {pass.LabelCount} labels, expected {BioesLabels.Count}");
            if (pass.Dimension != features.Dimension)
                throw new InvalidDataException($"a pass has {pass.Dimension} features, expected 2^{features.HashBits}");
        }
        if (domain is { Tagger.Domain: not null })
            throw new ArgumentException("a domain's tagger has no domain of its own");
        if (domain is not null && domain.Tagger.Features != features)
            throw new ArgumentException("a domain's tagger has the features of the model it refines");
        Features = features;
        Lexicon = lexicon;
        Domain = domain;
        Taught = taught ?? TaughtSentences.None;
        Extractor = new CharFeatureExtractor(features, lexicon);
        Scorer = firstPass;
        OutsideBias = outsideBias;
        Temperatures = (temperatures.First, secondPass is null ? 0 : temperatures.Second);
        if (secondPass is not null)
        {
            SecondPass = secondPass;
            Stacking = new FirstPassFeatures(features.HashBits, secondPassFeatures);
        }
    }

    /// <summary>
    /// A view of <paramref name="other"/> that shares its weights (no copy): another O bias (null: each tagger keeps its own, the
    /// domain's fitted one included), without the second pass, other rules (the domain's tagger keeps those of its own in
    /// <paramref name="domainRules"/>), other taught sentences (null: its own).
    /// </summary>
    private EntityTagger(EntityTagger other, float? outsideBias, bool keepSecondPass, LabelRules rules, LabelRules domainRules = LabelRules.All,
        TaughtSentences? taught = null)
    {
        Rules = rules;
        Features = keepSecondPass ? other.Features : other.Features with { SecondPass = false };
        Lexicon = other.Lexicon;
        Taught = taught ?? other.Taught;
        Domain = other.Domain is { } domain ? domain with { Tagger = new EntityTagger(domain.Tagger, outsideBias, keepSecondPass, domainRules & domain.Tagger.Rules) } : null;
        Extractor = other.Extractor;
        Scorer = other.Scorer;
        OutsideBias = outsideBias ?? other.OutsideBias;
        Temperatures = (other.Temperatures.First, keepSecondPass ? other.Temperatures.Second : 0);
        if (keepSecondPass)
        {
            SecondPass = other.SecondPass;
            Stacking = other.Stacking;
        }
    }

    public TaggerFeatureOptions Features { get; }

    /// <summary>
    /// Added to the log-probability of O before decoding: below zero trades precision for recall. Chosen on a
    /// dev set and stored with the model.
    /// </summary>
    public float OutsideBias { get; }

    /// <summary>The same model decoded with another <see cref="OutsideBias"/>.</summary>
    public EntityTagger WithOutsideBias(float bias) => new(this, bias, keepSecondPass: true, Rules);

    /// <summary>The first pass alone (of a two-pass model), decoded with the same O bias: to measure what the second pass adds.</summary>
    public EntityTagger FirstPassOnly() => new(this, outsideBias: null, keepSecondPass: false, Rules);

    /// <summary>
    /// The rules its decoded labels go through: the defaults (<see cref="LabelRuleSet.Defaults"/>), unless measuring one
    /// (<see cref="WithoutRules"/>), or in a domain's tagger, where the user's corrections may have turned some off or a convention
    /// on (<c>Training.DomainRules</c>, <c>Training.DomainConventions</c>; stored with the domain).
    /// </summary>
    public LabelRules Rules { get; } = LabelRuleSet.Defaults;

    /// <summary>The same model with only <paramref name="rules"/> applied to its decoded labels (and its domain's tagger with those it keeps of them).</summary>
    public EntityTagger WithRules(LabelRules rules) => new(this, outsideBias: null, keepSecondPass: HasSecondPass, rules, rules);

    /// <summary>The same model, and its domain's tagger, without the rules <paramref name="off"/>: to measure them.</summary>
    public EntityTagger WithoutRules(LabelRules off) => new(this, outsideBias: null, keepSecondPass: HasSecondPass, Rules & ~off, ~off);

    /// <summary>
    /// The temperature each pass's perceptron scores were divided by (<see cref="Training.StructuredPerceptron"/>), kept so that a
    /// refinement goes on at the scale of its first training; 0 for a pass fitted otherwise (a maximum-entropy model of the first file format).
    /// </summary>
    internal (float First, float Second) Temperatures { get; }

    /// <summary>
    /// True when the pass a refinement refits (the second of a two-pass model, else the only one) was fitted by the perceptron,
    /// so that it can be refined.
    /// </summary>
    public bool Refinable => (HasSecondPass ? Temperatures.Second : Temperatures.First) > 0;

    /// <summary>True when the model tags twice, the second time reading the first pass's labels.</summary>
    public bool HasSecondPass => SecondPass is not null;

    /// <summary>
    /// A refined model's knowledge of its user's kind of text (<see cref="TaggerDomain"/>): documents of that kind are tagged by its
    /// tagger, others by this model's own weights, the model it was refined from. Null for a model trained from scratch.
    /// </summary>
    public TaggerDomain? Domain { get; }

    /// <summary>This model with <paramref name="domain"/> (weights shared, not copied).</summary>
    internal EntityTagger WithDomain(TaggerDomain domain) =>
        new(Features, Lexicon, Scorer, OutsideBias, SecondPass, Stacking?.FeatureVersion ?? FirstPassFeatures.Version, Temperatures, domain, Taught);

    /// <summary>
    /// The sentences a user corrected, which the model tags as corrected (<see cref="TaughtSentences"/>); none in a model
    /// trained without corrections.
    /// </summary>
    public TaughtSentences Taught { get; }

    /// <summary>This model tagging <paramref name="taught"/> as corrected (weights shared); <see cref="TaughtSentences.None"/>: by its weights alone.</summary>
    public EntityTagger WithTaught(TaughtSentences taught) => new(this, outsideBias: null, keepSecondPass: HasSecondPass, Rules, taught: taught);

    /// <summary>
    /// This model as it was before its refinement (weights shared): its own weights for every document, and no sentence taught.
    /// What a refinement's cross-validation labels its rehearsal with and scores the held-out corrections against
    /// (<c>Training.CorrectionFolds</c>), since the domain and the taught sentences have seen the corrections held out.
    /// </summary>
    internal EntityTagger WithoutDomain() => Domain is null && Taught.Count == 0 ? this
        : new EntityTagger(Features, Lexicon, Scorer, OutsideBias, SecondPass, Stacking?.FeatureVersion ?? FirstPassFeatures.Version, Temperatures).WithRules(Rules);

    /// <summary>The tagger for a document: the domain's when the domain's profile covers it (its words, <paramref name="tokens"/>).</summary>
    internal EntityTagger For(ReadOnlySpan<char> text, ReadOnlySpan<Documents.Token> tokens) =>
        Domain is { } domain && domain.Profile.Covers(text, tokens) ? domain.Tagger : this;

    /// <summary>The entity strings gathered from the training data (empty when the model does not use them).</summary>
    public EntityLexicon Lexicon { get; }

    internal CharFeatureExtractor Extractor { get; }
    internal LinearLabelScorer Scorer { get; }
    internal LinearLabelScorer? SecondPass { get; }
    internal FirstPassFeatures? Stacking { get; }

    /// <summary>Reads a model file (<see cref="TaggerModelFile"/>; docs/model-format.md).</summary>
    public static EntityTagger Load(string path) => TaggerModelFile.Load(path);

    /// <summary>Writes the model to <paramref name="path"/> atomically (temporary file, then move), its weights in <paramref name="precision"/>.</summary>
    public void Save(string path, WeightPrecision precision = WeightPrecision.Half) => TaggerModelFile.Save(this, path, precision);

    public TaggingSession CreateSession() => new(this);

    /// <summary>
    /// Loads now what tagging reads on first use (the place gazetteer of <see cref="TaggerFeatureOptions.Places"/>, the given-name
    /// table of <see cref="TaggerFeatureOptions.GivenNames"/> and the dictionary of names of <see cref="TaggerFeatureOptions.Names"/>,
    /// shared by every model that reads them): for a caller with a core to spare while the model loads.
    /// </summary>
    public static void LoadSharedResources()
    {
        _ = PlaceNames.Lexicon;
        _ = GivenNameChars.Classes;
        _ = DictionaryNames.Lexicon;
    }
}
