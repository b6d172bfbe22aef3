using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace DexFlow.Web.Api;

/// <summary>The planning board's and the shop floor's calls: resources, bookings, proposals, plans and process reports.</summary>
public sealed partial class DexFlowClient
{

    /// <summary>The resource's bookings overlapping [from, to).</summary>
    public Task<ResourceBookings> Bookings(string resourceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Get<ResourceBookings>(Query($"api/resources/{Uri.EscapeDataString(resourceId)}/bookings",
            ("from", from.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            ("to", to.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))), cancellationToken);

    public Task<ScheduleProposal> Proposal(string number, CancellationToken cancellationToken = default) =>
        Get<ScheduleProposal>($"api/orders/{Uri.EscapeDataString(number)}/schedule/proposal", cancellationToken);

    /// <summary>
    /// Confirms (or moves) the order's plan. <paramref name="version"/> goes in If-Match, so that a plan made on an order
    /// another planner changed meanwhile is refused (412) instead of overwriting theirs.
    /// </summary>
    public async Task<OrderView> ConfirmSchedule(string number, IReadOnlyList<ProcessSlot> slots, long? version, string? note = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/orders/{Uri.EscapeDataString(number)}/schedule")
        {
            Content = JsonContent.Create(new { slots, note }, options: DexFlowJson.Options),
        };
        if (version is { } expected)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{expected.ToString(CultureInfo.InvariantCulture)}\""));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await Read<OrderView>(response, cancellationToken);
    }

    /// <summary>An operator reports that a process started; returns the order as it is afterwards.</summary>
    public Task<OrderView> StartProcess(string number, string processId, CancellationToken cancellationToken = default) =>
        Send<OrderView>(HttpMethod.Post, ProcessPath(number, processId, "start"), null, cancellationToken);

    /// <summary>An operator reports that a process is done; returns the order as it is afterwards.</summary>
    public Task<OrderView> FinishProcess(string number, string processId, CancellationToken cancellationToken = default) =>
        Send<OrderView>(HttpMethod.Post, ProcessPath(number, processId, "finish"), null, cancellationToken);

    private static string ProcessPath(string number, string processId, string verb) =>
        $"api/orders/{Uri.EscapeDataString(number)}/processes/{Uri.EscapeDataString(processId)}/{verb}";
}
