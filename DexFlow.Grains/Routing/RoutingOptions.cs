namespace DexFlow.Grains.Routing;

/// <summary>Routing (<c>DexFlow:Routing</c>).</summary>
public sealed class RoutingOptions
{
    /// <summary>How often a silo looks for a newer rule set: the longest it routes with a superseded one.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The manager who gets draft orders made from purchase orders of customers DexFlow has no order of yet (user id
    /// and display name). Without one, such purchase orders go to the exception queue.
    /// </summary>
    public string? DefaultManagerId { get; set; }

    public string? DefaultManagerName { get; set; }
}
