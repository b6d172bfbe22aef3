using System.Text.RegularExpressions;
using System.Xml.Linq;
using DexFlow.Testing;

namespace DexFlow.Web.Tests.Resources;

public sealed partial class TranslationTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "DexFlow.Web", "Resources");

    [Fact]
    public void Every_english_text_has_a_german_one_with_the_same_placeholders_and_no_text_is_german_only()
    {
        var english = Texts("Strings.resx");
        var german = Texts("Strings.de.resx");

        Assert.Empty(english.Keys.Except(german.Keys));
        Assert.Empty(german.Keys.Except(english.Keys));
        foreach (var (name, text) in english)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(german[name])), $"'{name}' has other placeholders in German: '{german[name]}'");
            Assert.False(string.IsNullOrWhiteSpace(german[name]), $"'{name}' is empty in German");
        }
    }

    [Fact]
    public void Every_text_a_page_asks_for_exists()
    {
        var known = Texts("Strings.resx").Keys.ToHashSet();
        // The app's pages, and the document the API serves them in.
        var pages = new[] { "DexFlow.Web", Path.Combine("DexFlow.Api", "WebApp") }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.razor", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var missing = pages.SelectMany(file => AskedFor().Matches(File.ReadAllText(file))
                .Select(match => (Page: Path.GetFileName(file), Key: match.Groups[1].Value)))
            .Where(asked => !known.Contains(asked.Key))
            .Select(asked => $"{asked.Page}: {asked.Key}")
            .ToArray();

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"\bL\[""([A-Za-z0-9]+)""\]")]
    private static partial Regex AskedFor();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
