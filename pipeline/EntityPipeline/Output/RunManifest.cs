using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityPipeline.Output;

/// <summary>
/// run.json, written beside a run's tables once they are in place: what was run (input, model and its SHA-256, options,
/// program version), what came out (counts), when, and each file's SHA-256. A later run compares the files with it to
/// tell tables the user has edited (<see cref="OutputFolderCheck"/>). Any file listed is checked, not only the five tables.
/// </summary>
public sealed record RunManifest(
    string Program,
    string Version,
    string Input,
    ManifestFile? Model,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, long> Counts,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    IReadOnlyList<ManifestFile> Files)
{
    public const string FileName = "run.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese paths and '+' as they are: a file for people to read
        TypeInfoResolver = ManifestJson.Default, // generated at build time: reflecting over the types took a tenth of a second at a run's end
    };

    /// <summary>The manifest of <paramref name="folder"/>, or null when it has none; <see cref="InvalidDataException"/> when it cannot be read.</summary>
    public static RunManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), Json) ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a run manifest ({e.Message})", e);
        }
    }

    /// <summary>Writes run.json under a temporary name and renames it, so the folder never holds half a manifest.</summary>
    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temp = Path.Combine(folder, $".{FileName}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>A file of a run (a table, or the model it used) and its SHA-256 in lower-case hex.</summary>
public sealed record ManifestFile(string Name, string Sha256)
{
    public static ManifestFile Of(string path, string name) => new(name, Sha256Of(path));

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
