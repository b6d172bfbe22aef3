using System.Diagnostics;
using System.Text.Json.Nodes;
using DexFlow.Testing;

namespace DexFlow.Api.Tests;

/// <summary>
/// The OpenAPI document is the contract clients are generated from: Spectral's <c>spectral:oas</c> ruleset finds no
/// error and no warning in it (the linter is installed by scripts/test.sh into tools/openapi-lint).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiLintTests(ApiFixture fixture)
{
    private static readonly string Tool = Path.Combine(RepositoryRoot.Path, "tools", "openapi-lint");

    [Fact]
    public async Task The_OpenAPI_document_passes_spectral_oas_without_errors_or_warnings()
    {
        using var http = new HttpClient { BaseAddress = fixture.Api.Address };
        var document = Path.Combine(Path.GetTempPath(), $"dexflow-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await http.GetStringAsync("/swagger/v1/swagger.json"));
        try
        {
            var findings = await Lint(document);

            var serious = findings.OfType<JsonNode>().Where(finding => finding["severity"]!.GetValue<int>() <= 1)
                .Select(finding => $"{finding["code"]} at {string.Join('.', finding["path"]!.AsArray())}: {finding["message"]}")
                .ToArray();
            Assert.True(serious.Length == 0, $"{serious.Length} errors and warnings:\n" + string.Join("\n", serious));
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static async Task<JsonArray> Lint(string document)
    {
        var spectral = Path.Combine(Tool, "node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
        Assert.True(File.Exists(spectral), $"Spectral is not installed in {Tool}: run scripts/test.sh (or npm ci there).");
        var start = new ProcessStartInfo("node", [spectral, "lint", document, "--ruleset", Path.Combine(Tool, ".spectral.yaml"), "--format", "json", "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Tool,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var text = await output;
        return text.TrimStart().StartsWith('[')
            ? JsonNode.Parse(text)!.AsArray()
            : throw new Xunit.Sdk.XunitException($"Spectral gave no report (exit {process.ExitCode}): {text} {await errors}");
    }
}
