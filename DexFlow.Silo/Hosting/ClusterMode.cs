namespace DexFlow.Silo.Hosting;

/// <summary>How silos find each other (<c>DexFlow:Cluster:Mode</c>).</summary>
public enum ClusterMode
{
    /// <summary>One silo on this machine; membership is not stored.</summary>
    Localhost,

    /// <summary>Any number of silos sharing membership in PostgreSQL.</summary>
    AdoNet,

    /// <summary>As <see cref="AdoNet"/>, plus Orleans' Kubernetes integration when running in a pod.</summary>
    Kubernetes,
}
