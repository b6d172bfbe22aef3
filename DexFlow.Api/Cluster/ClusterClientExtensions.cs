using System.Net;
using Orleans.Configuration;
using DexFlow.Contracts.Errors;

namespace DexFlow.Api.Cluster;

/// <summary>Connects the API to the silos as an Orleans client (<c>DexFlow:Cluster</c>, as the silos have it).</summary>
public static class ClusterClientExtensions
{
    public static WebApplicationBuilder AddDexFlowClusterClient(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection("DexFlow:Cluster");
        var mode = cluster["Mode"] ?? "Localhost";
        var gatewayPort = cluster.GetValue("GatewayPort", 30000);
        builder.UseOrleansClient(client =>
        {
            client.Services.PassStoreFailures();
            client.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = cluster["ServiceId"] ?? "dexflow";
                options.ClusterId = cluster["ClusterId"] ?? "dexflow";
            });

            if (string.Equals(mode, "Localhost", StringComparison.OrdinalIgnoreCase))
            {
                client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayPort));
                return;
            }

            var connectionString = builder.Configuration.GetConnectionString("DexFlow")
                ?? throw new InvalidOperationException("ConnectionStrings:DexFlow is required to find the silos in PostgreSQL.");
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            });
        });
        return builder;
    }
}
