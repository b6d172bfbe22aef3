using System.Globalization;

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
    public Task<OrderView> ConfirmSchedule(string number, IReadOnlyList<ProcessSlot> slots, long? version, string? note = null,
        CancellationToken cancellationToken = default) =>
        SendWith<OrderView>(HttpMethod.Put, $"api/orders/{Uri.EscapeDataString(number)}/schedule", new { slots, note },
            version is { } expected ? [("If-Match", ETag(expected))] : [], cancellationToken);

    /// <summary>An operator reports that a process started; returns the order as it is afterwards.</summary>
    public Task<OrderView> StartProcess(string number, string processId, CancellationToken cancellationToken = default) =>
        Send<OrderView>(HttpMethod.Post, ProcessPath(number, processId, "start"), null, cancellationToken);

    /// <summary>An operator reports that a process is done; returns the order as it is afterwards.</summary>
    public Task<OrderView> FinishProcess(string number, string processId, CancellationToken cancellationToken = default) =>
        Send<OrderView>(HttpMethod.Post, ProcessPath(number, processId, "finish"), null, cancellationToken);

    private static string ProcessPath(string number, string processId, string verb) =>
        $"api/orders/{Uri.EscapeDataString(number)}/processes/{Uri.EscapeDataString(processId)}/{verb}";
}
