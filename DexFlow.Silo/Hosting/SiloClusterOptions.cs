namespace DexFlow.Silo.Hosting;

/// <summary>The silo's place in the cluster (<c>DexFlow:Cluster</c>).</summary>
public sealed class SiloClusterOptions
{
    public ClusterMode Mode { get; set; } = ClusterMode.Localhost;

    /// <summary>Names the application's durable data (grain state, reminders): keep it across deployments.</summary>
    public string ServiceId { get; set; } = "dexflow";

    /// <summary>Names one deployment: silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "dexflow";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo on; by default this host's name is resolved.</summary>
    public string? AdvertisedAddress { get; set; }
}
