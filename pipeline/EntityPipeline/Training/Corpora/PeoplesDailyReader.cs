using System.Collections.Immutable;
using System.Text;
using EntityPipeline.Documents;

namespace EntityPipeline.Training.Corpora;

/// <summary>
/// Reads the People's Daily 1998 corpus (PKU word/POS): one paragraph per line, <c>word/pos</c> tokens
/// separated by two spaces, the first token the paragraph id. Entities: <c>nr</c> PER (adjacent nr tokens,
/// surname and given name, merged), <c>ns</c> LOC, <c>nt</c> ORG, bracketed compounds <c>[w/x w/y]nt</c> ORG
/// and <c>]ns</c> LOC; other brackets (<c>]nz</c>, <c>]i</c>, <c>]l</c>) are no entity, but names inside them
/// are. Paragraphs are cut into sentences after 。！？; so examples resemble what the tagger sees at run
/// time. CRLF and stray CRs are tolerated; errors name the file and line.
/// </summary>
public static class PeoplesDailyReader
{
    public static IEnumerable<AnnotatedSentence> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var sentence in Read(reader, path))
            yield return sentence;
    }

    public static IEnumerable<AnnotatedSentence> Read(TextReader reader, string fileName)
    {
        int lineNumber = 0;
        string? line;
        var sentences = new List<AnnotatedSentence>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            line = line.Trim('\r', ' ', '\t');
            if (line.Length == 0) continue;
            sentences.Clear();
            ParseParagraph(line, fileName, lineNumber, sentences);
            foreach (var sentence in sentences)
                yield return sentence;
        }
    }

    private static void ParseParagraph(string line, string fileName, int lineNumber, List<AnnotatedSentence> into)
    {
        // Tokens are separated by two spaces, but one place has a single space ("叹/Vg 。/w"); words hold no spaces.
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The paragraph id is date-page-article-paragraph (19980125-01-001-002): the article is the document.
        var id = tokens[0].Split('/')[0];
        var article = id.Count(c => c == '-') == 3 ? id[..id.LastIndexOf('-')] : id;
        var text = new StringBuilder();
        var entities = ImmutableArray.CreateBuilder<EntitySpan>();
        int bracketStart = -1, personStart = -1, personEnd = -1;
        var inner = new List<EntitySpan>(); // names inside the open bracket, kept only if the bracket is no entity

        void ClosePerson()
        {
            if (personStart >= 0) (bracketStart >= 0 ? inner : (IList<EntitySpan>)entities).Add(new EntitySpan(personStart, personEnd, EntityType.PER));
            personStart = -1;
        }

        void EndSentence()
        {
            ClosePerson();
            if (text.Length > 0) into.Add(new AnnotatedSentence(text.ToString(), entities.ToImmutable(), DocumentId: article));
            text.Clear();
            entities.Clear();
        }

        for (int k = 1; k < tokens.Length; k++) // tokens[0] is the paragraph id
        {
            var token = tokens[k];
            bool opens = token.StartsWith('[') && token.Length > 1;
            if (opens) token = token[1..];
            string? bracketTag = null;
            int slash = token.LastIndexOf('/');
            int close = slash >= 0 ? token.IndexOf(']', slash) : -1;
            if (close >= 0)
            {
                bracketTag = token[(close + 1)..];
                token = token[..close];
            }
            if (slash <= 0 || slash == token.Length - 1)
                throw new InvalidDataException($"{fileName}:{lineNumber}: token {k} '{tokens[k]}' is not word/pos");
            var word = token[..slash];
            var pos = token[(slash + 1)..];

            if (opens)
            {
                if (bracketStart >= 0)
                    throw new InvalidDataException($"{fileName}:{lineNumber}: nested '[' at token {k} '{tokens[k]}'");
                ClosePerson();
                bracketStart = text.Length;
                inner.Clear();
            }
            int start = text.Length;
            text.Append(word);
            int end = text.Length;

            if (pos == "nr")
            {
                if (personStart < 0) personStart = start;
                personEnd = end;
            }
            else
            {
                ClosePerson();
                var type = pos switch { "ns" => EntityType.LOC, "nt" => EntityType.ORG, _ => (EntityType?)null };
                if (type is { } t) (bracketStart >= 0 ? inner : (IList<EntitySpan>)entities).Add(new EntitySpan(start, end, t));
            }

            if (bracketTag is not null)
            {
                if (bracketStart < 0)
                    throw new InvalidDataException($"{fileName}:{lineNumber}: ']{bracketTag}' without '[' at token {k} '{tokens[k]}'");
                ClosePerson();
                var type = bracketTag switch { "nt" => EntityType.ORG, "ns" => EntityType.LOC, _ => (EntityType?)null };
                if (type is { } t) entities.Add(new EntitySpan(bracketStart, end, t));
                else entities.AddRange(inner);
                bracketStart = -1;
            }
            if (bracketStart < 0 && pos == "w" && word is "。" or "！" or "？" or "；")
                EndSentence();
        }
        if (bracketStart >= 0)
            throw new InvalidDataException($"{fileName}:{lineNumber}: '[' opened at offset {bracketStart} is never closed");
        EndSentence();
    }
}
