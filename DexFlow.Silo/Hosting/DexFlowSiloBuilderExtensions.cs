using DexFlow.Grains.Events;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace DexFlow.Silo.Hosting;

public static class DexFlowSiloBuilderExtensions
{
    private const string Invariant = "Npgsql";

    /// <summary>
    /// Grain storage and reminders in PostgreSQL, as every DexFlow silo has them, whatever its clustering. Grain state
    /// is written with the Orleans serializer, whose stable field ids let stored state outlive changes to its types.
    /// Orders' and parcels' state and all reminders go through one <see cref="StatementBatcher"/> per silo, so that
    /// what many grains write at once shares round trips and commits; other grains use Orleans' ADO.NET provider.
    /// </summary>
    public static ISiloBuilder AddDexFlowPersistence(this ISiloBuilder silo, NpgsqlDataSource db)
    {
        silo.AddAdoNetGrainStorage(DexFlowStorage.Name, options => options.Configure<Serializer>((storage, serializer) =>
        {
            storage.Invariant = Invariant;
            storage.DataSource = db;
            storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        silo.Services.AddSingleton(services => new StatementBatcher(db, services.GetRequiredService<ILogger<StatementBatcher>>()));
        silo.Services.AddSingleton(new OrleansQueries(db));
        silo.Services.AddGrainStorage(DexFlowStorage.Batched, (services, _) => new BatchedGrainStorage(
            services.GetRequiredService<OrleansQueries>(),
            services.GetRequiredService<StatementBatcher>(),
            new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value,
            services.GetRequiredService<FreshGrains>()));
        silo.Services.AddReminders();
        silo.Services.AddSingleton<IReminderTable>(services => new BatchedReminderTable(
            db,
            services.GetRequiredService<OrleansQueries>(),
            services.GetRequiredService<StatementBatcher>(),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value));

        // Each silo re-reads its share of the reminder table this often. A silo that takes over a dead silo's share may
        // miss reminders written there meanwhile until it does (seen in the crash tests); Orleans' default is 5 minutes,
        // far too long for an order or parcel waiting to be picked up again.
        silo.Configure<ReminderOptions>(options => options.RefreshReminderListPeriod = TimeSpan.FromSeconds(30));
        return silo;
    }

    /// <summary>
    /// The live stream of the event log: memory streams, because the log itself is the durable part (docs/events.md).
    /// Their subscriptions are grain state like any other, kept in PostgreSQL.
    /// </summary>
    public static ISiloBuilder AddDexFlowStreams(this ISiloBuilder silo)
    {
        // Pulled every 25 ms rather than Orleans' 100: with the relay's own period, the time from a commit to a client.
        silo.AddMemoryStreams(EventStreams.Provider, stream => stream.ConfigurePullingAgent(options =>
            options.Configure(agent => agent.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(25))));
        silo.Services.AddGrainStorage<IGrainStorage>(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME,
            (services, _) => services.GetRequiredKeyedService<IGrainStorage>(DexFlowStorage.Name));
        return silo;
    }

    /// <summary>
    /// Activations are most of a silo's memory: orders and parcels are given up after a short idle time (their grains'
    /// <see cref="CollectionAgeLimitAttribute"/>), and under memory pressure Orleans sheds the least recently used
    /// activations, so memory levels off under steady load instead of growing with every order created.
    /// </summary>
    public static ISiloBuilder BoundActivations(this ISiloBuilder silo) =>
        silo.Configure<GrainCollectionOptions>(options => options.EnableActivationSheddingOnMemoryPressure = true);

    /// <summary>Membership and endpoints for the configured <see cref="ClusterMode"/>.</summary>
    public static ISiloBuilder UseDexFlowClustering(this ISiloBuilder silo, SiloClusterOptions cluster, NpgsqlDataSource db)
    {
        silo.Configure<ClusterOptions>(options =>
        {
            options.ServiceId = cluster.ServiceId;
            options.ClusterId = cluster.ClusterId;
        });

        if (cluster.Mode == ClusterMode.Localhost)
        {
            return silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
        }

        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = Invariant;
            options.DataSource = db;
        });

        // In a pod, Orleans' Kubernetes integration supplies the advertised address (POD_IP) and watches pods to
        // declare dead silos quickly. Outside a pod it cannot start, so it is only added inside one.
        var inPod = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is not null;
        if (cluster.Mode == ClusterMode.Kubernetes && inPod)
        {
            silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
            return silo.UseKubernetesHosting();
        }

        return cluster.AdvertisedAddress is { } address && System.Net.IPAddress.TryParse(address, out var ip)
            ? silo.ConfigureEndpoints(ip, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true)
            : silo.ConfigureEndpoints(cluster.AdvertisedAddress ?? System.Net.Dns.GetHostName(), cluster.SiloPort, cluster.GatewayPort,
                System.Net.Sockets.AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
    }
}
