using System.Text.Json;
using DexFlow.Web.Api;

namespace DexFlow.Web.Tests.Api;

/// <summary>The app reads the API's JSON even when the server is newer than the app.</summary>
public sealed class ApiJsonTests
{
    [Fact]
    public void An_action_the_app_does_not_know_is_read_as_unknown_and_the_rest_as_sent()
    {
        var actions = JsonSerializer.Deserialize<OrderAction[]>("""["Submit","SomethingNewer","AttachFile"]""", DexFlowJson.Options);

        Assert.Equal([OrderAction.Submit, OrderAction.Unknown, OrderAction.AttachFile], actions);
    }

    [Fact]
    public void A_stage_the_app_does_not_know_is_refused_rather_than_guessed()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrderStage>("\"Teleported\"", DexFlowJson.Options));
    }
}
