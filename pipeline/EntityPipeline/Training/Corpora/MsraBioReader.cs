using System.Collections.Immutable;
using System.Text;
using EntityPipeline.Documents;

namespace EntityPipeline.Training.Corpora;

/// <summary>
/// Reads MSRA NER (SIGHAN 2006) character-per-line BIO files: <c>char\ttag</c>, a blank line after each
/// sentence. A missing tag (a known quirk of the corpus) reads as O; an I- tag that does not continue a
/// span of its type opens one, as the corpus README counts them. Errors name the file and line.
/// </summary>
public static class MsraBioReader
{
    public static IEnumerable<AnnotatedSentence> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var sentence in Read(reader, path))
            yield return sentence;
    }

    public static IEnumerable<AnnotatedSentence> Read(TextReader reader, string fileName)
    {
        var text = new StringBuilder();
        var entities = ImmutableArray.CreateBuilder<EntitySpan>();
        int start = -1;
        EntityType type = default;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (text.Length > 0)
                {
                    Close(ref start, type, text.Length, entities);
                    yield return new AnnotatedSentence(text.ToString(), entities.ToImmutable());
                    text.Clear();
                    entities.Clear();
                }
                continue;
            }
            int tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new InvalidDataException($"{fileName}:{lineNumber}: expected 'character<TAB>tag', got '{line}'");
            var token = line[..tab];
            var tag = line[(tab + 1)..].Trim();
            int position = text.Length;
            if (tag is "" or "O")
            {
                Close(ref start, type, position, entities);
            }
            else
            {
                if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I') || !Enum.TryParse<EntityType>(tag[2..], out var tagType))
                    throw new InvalidDataException($"{fileName}:{lineNumber}: unknown tag '{tag}' (expected O, B-/I- with PER, LOC or ORG)");
                if (tag[0] == 'B' || start < 0 || tagType != type)
                {
                    Close(ref start, type, position, entities);
                    start = position;
                    type = tagType;
                }
            }
            text.Append(token);
        }
        if (text.Length > 0)
        {
            Close(ref start, type, text.Length, entities);
            yield return new AnnotatedSentence(text.ToString(), entities.ToImmutable());
        }
    }

    private static void Close(ref int start, EntityType type, int end, ImmutableArray<EntitySpan>.Builder entities)
    {
        if (start >= 0) entities.Add(new EntitySpan(start, end, type));
        start = -1;
    }
}
