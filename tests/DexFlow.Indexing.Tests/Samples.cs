using System.Text.Json.Nodes;
using DexFlow.Testing;

namespace DexFlow.Indexing.Tests;

/// <summary>The shared sample documents and their truth files.</summary>
public static class Samples
{
    public sealed record Sample(string File, JsonNode Truth, string Folder)
    {
        public byte[] Bytes => System.IO.File.ReadAllBytes(Path.Combine(Folder, File));

        public string Level => Truth["degradation_level"]?.GetValue<string>() ?? "";

        public JsonArray Pages => Truth["pages"]?.AsArray() ?? [];
    }

    public static IReadOnlyList<Sample> All { get; } = Read(SharedData.Samples, "s0*.truth.json");

    /// <summary>The harder development set.</summary>
    public static IReadOnlyList<Sample> Hard { get; } = Read(SharedData.SamplesHard, "*.truth.json");

    /// <summary>Scans, photographs, faxes and PDFs: the samples that are not e-mails.</summary>
    public static IEnumerable<Sample> PageFiles => All.Where(sample => !sample.File.EndsWith(".eml", StringComparison.Ordinal));

    /// <summary>The harder set's scans, photographs, faxes and PDFs, without the bad inputs.</summary>
    public static IEnumerable<Sample> HardPageFiles => Hard.Where(sample =>
        !sample.File.EndsWith(".eml", StringComparison.Ordinal) && sample.Truth["kind"]?.GetValue<string>() != "bad_input");

    private static Sample[] Read(string folder, string pattern) => SharedData.Files(folder, pattern)
        .Order()
        .Select(path => JsonNode.Parse(System.IO.File.ReadAllText(path))!)
        .Select(truth => new Sample(truth["file"]!.GetValue<string>(), truth, folder))
        .ToArray();
}
