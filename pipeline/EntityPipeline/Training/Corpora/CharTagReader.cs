using System.Collections.Immutable;
using System.Text;
using EntityPipeline.Documents;

namespace EntityPipeline.Training.Corpora;

/// <summary>
/// Reads character-per-line corpora (MSRA NER, Weibo NER, Resume NER): one character and its tag per line, a blank line after
/// each sentence, in the layout a <see cref="CharTagScheme"/> gives. Tags are BIO or BMES (B-, I-, M-, E-, S-): B and S open
/// a span, I, M and E continue one of their type (or open it when none is open, as the corpora's READMEs count them), and E
/// and S close it. A missing tag (a quirk of MSRA) reads as O. Errors name the file and line.
/// </summary>
public static class CharTagReader
{
    public static IEnumerable<AnnotatedSentence> Read(string path, CharTagScheme scheme)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var sentence in Read(reader, Path.GetFileName(path), scheme))
            yield return sentence;
    }

    public static IEnumerable<AnnotatedSentence> Read(TextReader reader, string fileName, CharTagScheme scheme)
    {
        var text = new StringBuilder();
        var entities = ImmutableArray.CreateBuilder<EntitySpan>();
        int start = -1, lineNumber = 0, sentences = 0;
        EntityType type = default;
        string? line;

        AnnotatedSentence Sentence()
        {
            Close(ref start, type, text.Length, entities);
            var sentence = new AnnotatedSentence(text.ToString(), entities.ToImmutable(), DocumentId: scheme.EachSentenceADocument ? $"message {++sentences}" : null);
            text.Clear();
            entities.Clear();
            return sentence;
        }

        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (text.Length > 0) yield return Sentence();
                continue;
            }
            int separator = line.IndexOf(scheme.Separator, 1); // a corpus may tag the separator character itself
            int tokenEnd = separator - (scheme.PositionDigit ? 1 : 0);
            if (separator <= 0 || tokenEnd <= 0 || scheme.PositionDigit && !char.IsAsciiDigit(line[tokenEnd]))
                throw new InvalidDataException($"{fileName}:{lineNumber}: expected {scheme.Expected}, got '{line}'");
            var tag = line[(separator + 1)..].Trim();
            int position = text.Length;
            text.Append(line, 0, tokenEnd);
            if (tag is "" or "O")
            {
                Close(ref start, type, position, entities);
                continue;
            }
            if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I' or 'M' or 'E' or 'S') || !scheme.Types.TryGetValue(tag[2..], out var mapped))
                throw new InvalidDataException($"{fileName}:{lineNumber}: unknown tag '{tag}' (expected O, or B-, I-, M-, E- or S- with one of {string.Join(", ", scheme.Types.Keys.Order(StringComparer.Ordinal))})");
            if (mapped is not { } tagType)
            {
                Close(ref start, type, position, entities);
                continue;
            }
            if (tag[0] is 'B' or 'S' || start < 0 || tagType != type)
            {
                Close(ref start, type, position, entities);
                start = position;
                type = tagType;
            }
            if (tag[0] is 'E' or 'S') Close(ref start, type, text.Length, entities);
        }
        if (text.Length > 0) yield return Sentence();
    }

    private static void Close(ref int start, EntityType type, int end, ImmutableArray<EntitySpan>.Builder entities)
    {
        if (start >= 0) entities.Add(new EntitySpan(start, end, type));
        start = -1;
    }
}
