namespace DexFlow.Web.Pages.Planning;

/// <summary>The planner moved a slot of the plan: to this resource, starting then.</summary>
public sealed record BarMove(string ProcessId, string ResourceId, DateTimeOffset Start);
