using System.Collections.Immutable;
using System.Text.Json;
using EntityPipeline.Documents;

namespace EntityPipeline.Training.Corpora;

/// <summary>
/// Reads CLUENER2020 JSON (one object per record, JSON-Lines or pretty-printed one after another):
/// {"text": ..., "label": {type: {entity: [[start, end], ...]}}} with an INCLUSIVE end. Types are
/// mapped to ours: name → PER; company, government, organization → ORG; address, scene → LOC; the
/// others (book, game, movie, position) are dropped. Where mapped spans overlap, the longer is kept.
/// Records are unrelated short texts, so each is its own document ("record N").
/// </summary>
public static class ClueNerReader
{
    private static readonly ImmutableDictionary<string, EntityType> TypeMap = new Dictionary<string, EntityType>
    {
        ["name"] = EntityType.PER,
        ["company"] = EntityType.ORG,
        ["government"] = EntityType.ORG,
        ["organization"] = EntityType.ORG,
        ["address"] = EntityType.LOC,
        ["scene"] = EntityType.LOC,
    }.ToImmutableDictionary();

    public static IEnumerable<AnnotatedSentence> Read(string path, int? limit = null, double weight = 1.0)
    {
        var bytes = File.ReadAllBytes(path);
        var result = new List<AnnotatedSentence>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        int record = 0;
        while (limit is null || result.Count < limit)
        {
            JsonDocument? doc;
            try
            {
                if (!reader.Read()) break;
                doc = JsonDocument.ParseValue(ref reader);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}: line {(e.LineNumber ?? 0) + 1}: not valid CLUENER JSON: {e.Message}", e);
            }
            record++;
            using (doc)
                result.Add(ToSentence(doc.RootElement, path, record, weight));
        }
        return result;
    }

    private static AnnotatedSentence ToSentence(JsonElement root, string path, int record, double weight)
    {
        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            throw new InvalidDataException($"{path}: record {record}: no \"text\" string");
        var text = textElement.GetString()!;
        var spans = new List<EntitySpan>();
        if (root.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object)
        {
            foreach (var byType in label.EnumerateObject())
            {
                if (!TypeMap.TryGetValue(byType.Name, out var type)) continue;
                foreach (var entity in byType.Value.EnumerateObject())
                    foreach (var pair in entity.Value.EnumerateArray())
                    {
                        int start = pair[0].GetInt32(), end = pair[1].GetInt32() + 1; // inclusive end
                        if (start < 0 || end > text.Length || start >= end)
                            throw new InvalidDataException($"{path}: record {record}: span [{start}, {end - 1}] of '{entity.Name}' is outside the text");
                        spans.Add(new EntitySpan(start, end, type));
                    }
            }
        }
        return new AnnotatedSentence(text, SpanOverlap.KeepLongest(spans), weight, DocumentId: $"record {record}");
    }
}
