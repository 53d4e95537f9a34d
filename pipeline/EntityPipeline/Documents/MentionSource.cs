namespace EntityPipeline.Documents;

/// <summary>
/// What produced a mention (entities.csv's <c>source</c>). Its <see cref="Mention.Confidence"/> follows from it:
/// <list type="bullet">
/// <item><see cref="Model"/>: the trained tagger; the mean probability the model gave its characters' labels.</item>
/// <item><see cref="Dictionary"/>: jieba's dictionary tags (the baseline); always 0.5, jieba giving no probability.</item>
/// <item><see cref="Rule"/>: a rule over the model's output (a string tagged elsewhere in the document, a 、-list item,
/// a place abbreviation split or joined); the confidence of the model's evidence the rule rests on, and for the two
/// document rules times 0.8, so that a rule-made mention is never surer than what it was made from and sorts below it.</item>
/// </list>
/// </summary>
public enum MentionSource
{
    Model,
    Dictionary,
    Rule,
}
