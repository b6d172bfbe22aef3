using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.OrderSteps;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Operators work on resources: they see the orders booked on them, and report only on their own processes.</summary>
[Collection(ApiCollection.Name)]
public sealed class OperatorScopeTests(ApiFixture fixture)
{
    private const string Password = "amber turbine cobalt 64";

    [Fact]
    public async Task An_operator_sees_and_reports_on_the_processes_of_their_resources_only()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var (number, _) = await ApprovedWithPrepayment(fixture.Api.Address, "Ressourcen GmbH");
        await ShopFloor.PayPrepayments(await LogIn(fixture.Api.Address, "accountant"), number);
        var scheduled = await ShopFloor.ScheduleAsProposed(await LogIn(fixture.Api.Address, "planner"), number);
        var processes = scheduled["schedule"]!["processes"]!.AsArray().Select(process => process!.AsObject()).ToArray();
        var (first, later) = (processes[0], processes.First(process => process["resourceId"]!.GetValue<string>() != processes[0]["resourceId"]!.GetValue<string>()));
        var booked = processes.Select(process => process["resourceId"]!.GetValue<string>()).ToHashSet();
        var onFirst = await Operator(admin, first["resourceId"]!.GetValue<string>());
        var onOther = await Operator(admin, await FreeResource(admin, booked));

        var seen = await onFirst.Get($"/api/orders/{number}");
        var unseen = await onOther.Get($"/api/orders/{number}");
        var started = await onFirst.Post($"/api/orders/{number}/processes/{first["processId"]!.GetValue<string>()}/start");
        await Json(await onFirst.Post($"/api/orders/{number}/processes/{first["processId"]!.GetValue<string>()}/finish"), HttpStatusCode.OK);
        var notTheirs = await onFirst.Post($"/api/orders/{number}/processes/{later["processId"]!.GetValue<string>()}/start");

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unseen.StatusCode);
        Assert.Contains(number, await onFirst.Http.GetStringAsync("/api/orders?pageSize=200"));
        Assert.DoesNotContain(number, await onOther.Http.GetStringAsync("/api/orders?pageSize=200"));
        Assert.DoesNotContain(number, await onOther.Http.GetStringAsync("/api/inbox?pageSize=200"));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
    }

    private async Task<DexFlowHttpClient> Operator(DexFlowHttpClient admin, string resource)
    {
        var name = $"op-{Guid.NewGuid():N}"[..16];
        await Json(await admin.Post("/api/users", new { userName = name, displayName = "Otto Operator", roles = new[] { "Operator" }, resources = new[] { resource }, password = Password }),
            HttpStatusCode.Created);
        var http = new HttpClient { BaseAddress = fixture.Api.Address };
        var tokens = await Json(await http.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password }), HttpStatusCode.OK);
        http.DefaultRequestHeaders.Authorization = new("Bearer", tokens["accessToken"]!.GetValue<string>());
        return new DexFlowHttpClient(http);
    }

    private static async Task<string> FreeResource(DexFlowHttpClient admin, IReadOnlySet<string> booked)
    {
        var resources = JsonNode.Parse(await admin.Http.GetStringAsync("/api/resources"))!.AsArray();
        return resources.Select(resource => resource!["id"]!.GetValue<string>()).First(id => !booked.Contains(id));
    }
}
