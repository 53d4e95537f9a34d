using System.Runtime.InteropServices;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Training;

/// <summary>
/// The <see cref="LabelRules"/> a refined model's domain tagger keeps: every rule of the model it refines but those the user's
/// corrections contradict. A rule that would rewrite an entity the user corrected (宋院长 kept whole where the guidelines put the
/// title outside, 苏宁 one company where the rule reads two place abbreviations) states a convention the user does not follow,
/// and the user's conventions win (DESIGN: corrections must win); so does one that would add an entity where the user's
/// corrected sentence has none (新希望 read as a listed company in a sentence that uses the phrase). Entities a model gave to
/// rehearse do not count.
/// </summary>
internal static class DomainRules
{
    /// <summary>
    /// <paramref name="rules"/> without each rule that, applied alone, changes a corrected entity of <paramref name="examples"/> or
    /// adds one the corrections do not have.
    /// </summary>
    public static LabelRules Fit(IReadOnlyList<AnnotatedSentence> examples, SegmentationStage segmentation, LabelRules rules, Action<string>? log)
    {
        var contradicted = new Dictionary<LabelRules, List<string>>();
        var words = new List<Token>();
        foreach (var example in examples)
        {
            if (example.ModelLabelled) continue;
            words.Clear();
            segmentation.Segment(example.Text, 0, words);
            var gold = new int[example.Text.Length];
            BioesLabels.Encode(example.Entities.Select(e => (e.Start, e.End, e.Type)), gold);
            var labels = new int[gold.Length];
            foreach (var rule in LabelRuleSet.Each(rules))
            {
                gold.CopyTo(labels, 0);
                LabelRuleSet.Apply(rule, example.Text, CollectionsMarshal.AsSpan(words), 0, labels, labels.Length);
                var kept = BioesLabels.Spans(labels).ToHashSet();
                var corrected = example.Entities.Select(e => (e.Start, e.End, e.Type)).ToHashSet();
                // An entity the rule changes, or one it adds where the user's corrected sentence has none (新希望 as a phrase).
                foreach (var (start, end, _) in corrected.Where(e => !kept.Contains(e)).Concat(kept.Where(e => !corrected.Contains(e))))
                    (contradicted.TryGetValue(rule, out var list) ? list : contradicted[rule] = []).Add(example.Text[start..end]);
            }
        }
        foreach (var (rule, entities) in contradicted)
        {
            rules &= ~rule;
            log?.Invoke($"the corrections do not follow the rule {LabelRuleSet.Name(rule)} ({entities.Count:N0} corrected entities it would change or add, e.g. " +
                $"{string.Join(", ", entities.Distinct().Take(3))}): the refined weights decode without it");
        }
        return rules;
    }
}
