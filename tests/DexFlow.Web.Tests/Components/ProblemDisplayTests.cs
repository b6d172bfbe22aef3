using System.Globalization;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Localization;
using DexFlow.Web.Problems;

namespace DexFlow.Web.Tests.Components;

public sealed class ProblemDisplayTests : ComponentTestContext
{
    [Fact]
    public void A_problem_shows_its_title_its_detail_and_each_field_it_names_with_why()
    {
        var problem = new ApiProblem("urn:dexflow:problem:validation", "The request is not valid.", 400, "customer.name: Required.",
            new Dictionary<string, string[]> { ["customer.name"] = ["Required."], ["specification.quantity"] = ["Must be 1 or more.", "Too large."] });

        var shown = Render<ProblemDisplay>(parameters => parameters.Add(display => display.Problem, problem));

        Assert.Equal("The request is not valid.", shown.Find("[data-test=problem-title]").TextContent);
        Assert.Equal(["customer.name: Required.", "specification.quantity: Must be 1 or more. Too large."],
            shown.FindAll("[data-test=problem-field]").Select(field => field.TextContent.Trim()));
        Assert.Equal("alert", shown.Find("[data-test=problem]").GetAttribute("role"));
    }

    [Fact]
    public void A_failure_without_a_problem_is_described_in_the_users_language()
    {
        CultureInfo.CurrentUICulture = AppCultures.For("de");
        var unreachable = Problems.Problems.From(new HttpRequestException("connection refused"));
        var answered = ApiProblem.Described("ProblemServerAnswered", 502, "502", "Bad Gateway");

        var shown = Render<ProblemDisplay>(parameters => parameters.Add(display => display.Problem, unreachable));
        var other = Render<ProblemDisplay>(parameters => parameters.Add(display => display.Problem, answered));

        Assert.Equal("DexFlow ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.", shown.Find("[data-test=problem-title]").TextContent);
        Assert.Equal("Der Server antwortete 502 Bad Gateway.", other.Find("[data-test=problem-title]").TextContent);
        Assert.DoesNotContain("connection refused", shown.Markup);
    }

    [Fact]
    public void No_problem_shows_nothing()
    {
        var shown = Render<ProblemDisplay>(parameters => parameters.Add(display => display.Problem, null));

        Assert.Empty(shown.Markup.Trim());
    }

    [Fact]
    public void An_exception_is_never_shown_as_itself_only_as_a_plain_title()
    {
        var problem = Problems.Problems.From(new InvalidOperationException("at DexFlow.Secret.Method() in /src/Secret.cs:line 42"));

        var shown = Render<ProblemDisplay>(parameters => parameters.Add(display => display.Problem, problem));

        Assert.Equal("Something went wrong in the page.", shown.Find("[data-test=problem-title]").TextContent);
        Assert.DoesNotContain("Secret", shown.Markup);
        Assert.Empty(shown.FindAll("[data-test=problem-field]"));
    }
}
