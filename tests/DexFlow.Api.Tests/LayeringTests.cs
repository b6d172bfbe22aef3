using System.Reflection;
using System.Xml.Linq;
using DexFlow.Testing;

namespace DexFlow.Api.Tests;

/// <summary>
/// The layers stay as the architecture draws them: the API is an Orleans client that knows only the contracts, the
/// grains know only the contracts, the contracts know nothing of ours, and the web application talks only REST (the API
/// hosts it and renders a first visit with its components, whose calls still go through the REST API).
/// </summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("DexFlow.Contracts", new string[0])]
    [InlineData("DexFlow.Grains", new[] { "DexFlow.Contracts" })]
    [InlineData("DexFlow.Api", new[] { "DexFlow.Contracts", "DexFlow.Web" })]
    public void An_assembly_references_only_the_layers_beneath_it(string assembly, string[] allowed)
    {
        var ours = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("DexFlow.", StringComparison.Ordinal))
            .Order()
            .ToArray();

        Assert.Equal(allowed, ours);
    }

    [Fact]
    public void The_web_application_builds_on_none_of_our_projects()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot.Path, "DexFlow.Web", "DexFlow.Web.csproj"));

        Assert.Empty(project.Descendants("ProjectReference"));
    }
}
