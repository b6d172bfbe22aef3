using System.Text.Json.Nodes;
using DexFlow.Testing;

namespace DexFlow.Indexing.Tests;

/// <summary>The shared sample documents and their truth files.</summary>
public static class Samples
{
    public sealed record Sample(string File, JsonNode Truth)
    {
        public byte[] Bytes => System.IO.File.ReadAllBytes(Path.Combine(SharedData.Samples, File));

        public string Level => Truth["degradation_level"]?.GetValue<string>() ?? "";

        public JsonArray Pages => Truth["pages"]?.AsArray() ?? [];
    }

    public static IReadOnlyList<Sample> All { get; } = SharedData.Files(SharedData.Samples, "s0*.truth.json")
        .Order()
        .Select(path => JsonNode.Parse(System.IO.File.ReadAllText(path))!)
        .Select(truth => new Sample(truth["file"]!.GetValue<string>(), truth))
        .ToArray();

    /// <summary>Scans, photographs, faxes and PDFs: the samples that are not e-mails.</summary>
    public static IEnumerable<Sample> PageFiles => All.Where(sample => !sample.File.EndsWith(".eml", StringComparison.Ordinal));
}
