using EntityPipeline.Documents;

namespace EntityPipeline.Text;

/// <summary>
/// A document in traditional characters (香港零售業總銷貨價值約為1045億港元) read in simplified ones, for a stage whose words,
/// units and rules are written in simplified characters: the same offsets, sentences, tokens, mentions and date over the
/// text with every traditional character simplified (<see cref="CharFold.Simplify(char)"/>; full-width characters stay). Wording
/// the stage takes from the view goes back to the document's own characters with <see cref="Restore"/>.
/// </summary>
public sealed class SimplifiedView
{
    private readonly Document _original;
    private Dictionary<char, char>? _written;

    private SimplifiedView(Document original, Document view)
    {
        _original = original;
        Document = view;
    }

    /// <summary>The document as the stage reads it: the original itself when it holds no traditional character.</summary>
    public Document Document { get; }

    public bool IsOriginal => ReferenceEquals(Document, _original);

    public static SimplifiedView Of(Document document)
    {
        var text = document.Text;
        int first = 0;
        while (first < text.Length && CharFold.Simplify(text[first]) == text[first]) first++;
        if (first == text.Length) return new SimplifiedView(document, document);

        var simplified = CharFold.Simplify(text);
        var view = new Document(document.Id, simplified);
        if (document.Has(Layers.Sentences)) view.SetSentences(document.Sentences);
        if (document.Has(Layers.Tokens)) view.SetTokens(document.Tokens);
        if (document.Has(Layers.Mentions)) view.SetMentions(document.Mentions);
        if (document.Has(Layers.Date)) view.SetDate(document.Date);
        return new SimplifiedView(document, view);
    }

    /// <summary>
    /// <paramref name="wording"/>, read from the view, in the document's characters: the document's own text where the
    /// view holds it (the occurrence nearest <paramref name="near"/>), else character by character as the document writes
    /// each most often (a wording joined from two places: 零售业总销货价值 + 按年上升).
    /// </summary>
    public string Restore(string wording, int near)
    {
        if (IsOriginal || wording.Length == 0) return wording;
        var view = Document.Text;
        int best = -1;
        for (int at = view.IndexOf(wording, StringComparison.Ordinal); at >= 0; at = view.IndexOf(wording, at + 1, StringComparison.Ordinal))
            if (best < 0 || Math.Abs(at - near) < Math.Abs(best - near)) best = at;
        if (best >= 0) return _original.Text.Substring(best, wording.Length);

        _written ??= WrittenForms();
        return string.Create(wording.Length, (wording, _written), static (into, state) =>
        {
            for (int i = 0; i < state.wording.Length; i++)
                into[i] = state.Item2.TryGetValue(state.wording[i], out char written) ? written : state.wording[i];
        });
    }

    /// <summary>For each simplified character the document writes otherwise, the form it writes most often.</summary>
    private Dictionary<char, char> WrittenForms()
    {
        var counts = new Dictionary<(char Simplified, char Written), int>();
        var (text, view) = (_original.Text, Document.Text);
        for (int i = 0; i < text.Length; i++) counts[(view[i], text[i])] = counts.GetValueOrDefault((view[i], text[i])) + 1;
        var forms = new Dictionary<char, char>();
        foreach (var group in counts.GroupBy(c => c.Key.Simplified))
        {
            var most = group.MaxBy(c => c.Value).Key.Written;
            if (most != group.Key) forms[group.Key] = most;
        }
        return forms;
    }
}
