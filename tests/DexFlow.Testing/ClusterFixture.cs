using DexFlow.Contracts.Errors;
using DexFlow.Grains;
using DexFlow.Grains.Capture;
using DexFlow.Grains.Content;
using DexFlow.Grains.Parcels;
using DexFlow.Grains.Processing;
using DexFlow.Grains.Routing;
using DexFlow.Grains.Storage;
using DexFlow.Grains.Webhooks;
using DexFlow.Silo.Hosting;
using DexFlow.Testing.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.TestingHost;
using Xunit;

namespace DexFlow.Testing;

/// <summary>
/// A real in-process Orleans cluster of two silos with DexFlow's grains, storing state and reminders in a fresh
/// PostgreSQL database. Processing retries every two seconds and a killed silo is declared dead within seconds, so
/// crash tests finish quickly. Share one per test collection; give each test its own grain ids.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan ProcessingRetryPeriod = TimeSpan.FromSeconds(2);

    /// <summary>How long a parcel waits for a clerk in the tests before it is announced as waiting too long.</summary>
    public static readonly TimeSpan ClerkWaitAlertAfter = TimeSpan.FromSeconds(3);

    /// <summary>How long the tests' webhook deliveries are tried before they are given up.</summary>
    public static readonly TimeSpan WebhookRetryWindow = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan ClusterStopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SiloKillTimeout = TimeSpan.FromSeconds(10);

    private NpgsqlDataSource? _grainDatabase;

    public TestDatabase Database { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The content store of the test database, as a silo's (for files a test puts there itself).</summary>
    public IContentStore Content => field ??= new PostgresContentStore(Database.DataSource, NullLogger<StatementBatcher>.Instance, Options.Create(new ContentOptions()));

    /// <summary>Controls and records the processing attempts in this cluster.</summary>
    public ProcessingProbe Processing { get; } = new();

    /// <summary>How the silos connect to the test database; a test may route them through a proxy.</summary>
    protected virtual string GrainConnectionString(TestDatabase database) => database.ConnectionString;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var grainDatabase = _grainDatabase = DexFlowDataSource.Create(GrainConnectionString(Database));
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureClientHost(host => host.Services.PassStoreFailures());
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddSingleton(grainDatabase);
            host.Services.AddDexFlowGrains(host.Configuration);
            host.Services.Configure<OrderProcessingOptions>(options =>
            {
                options.RetryPeriod = ProcessingRetryPeriod;
                options.MaxAttempts = 3;
            });
            host.Services.Configure<ParcelOptions>(options =>
            {
                options.RetryPeriod = ProcessingRetryPeriod;
                options.MaxAttempts = 3;
                options.ClerkWaitAlertAfter = ClerkWaitAlertAfter;
                options.WaitCheckPeriod = TimeSpan.FromMilliseconds(500);
            });
            host.Services.Configure<CaptureOptions>(options =>
            {
                options.KeepAlivePeriod = ProcessingRetryPeriod;
                options.AllowedRoots = [CaptureFolders.Root];
                options.AllowedMailHosts = [CaptureFolders.MailHost];
            });
            host.Services.Configure<WebhookOptions>(options =>
            {
                // The tests' endpoints listen on loopback; failing ones give up within seconds.
                options.AllowedHosts = [WebhookReceiver.Host];
                options.KeepAlivePeriod = ProcessingRetryPeriod;
                options.Period = TimeSpan.FromMilliseconds(100);
                options.FirstRetryAfter = TimeSpan.FromMilliseconds(200);
                options.MaxRetryInterval = TimeSpan.FromSeconds(1);
                options.RetryFor = WebhookRetryWindow;
            });
            host.Services.Configure<RoutingOptions>(options => (options.DefaultManagerId, options.DefaultManagerName) = ("manager", "Mia Manager"));
            host.Services.AddSingleton(Processing);
            host.Services.AddSingleton<IOrderProcessingStep, GatedProcessingStep>();
            ConfigureSilo(host);
            host.UseOrleans(silo =>
            {
                silo.AddDexFlowPersistence(grainDatabase).AddDexFlowStreams();
                silo.Configure<ReminderOptions>(options =>
                {
                    options.MinimumReminderPeriod = TimeSpan.FromSeconds(1);
                    options.RefreshReminderListPeriod = TimeSpan.FromSeconds(2);
                });
                silo.Configure<ClusterMembershipOptions>(options =>
                {
                    options.ProbeTimeout = TimeSpan.FromSeconds(1);
                    options.NumMissedProbesLimit = 2;
                    options.NumVotesForDeathDeclaration = 1;
                    options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
                });
            });
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>
    /// Kills the silo <paramref name="silo"/>, as a crash would. The test host's kill can wait forever on a grain that
    /// was mid-request (its continuation is dropped with the silo's scheduler), so the wait is bounded; the kill then
    /// counts only once the rest of the cluster has declared the silo dead, as it would a crashed one.
    /// </summary>
    public async Task KillSilo(SiloAddress silo)
    {
        var handle = Cluster.Silos.Single(candidate => candidate.SiloAddress.Equals(silo));
        try
        {
            await Cluster.KillSiloAsync(handle).WaitAsync(SiloKillTimeout);
        }
        catch (TimeoutException)
        {
            var management = Client.GetGrain<IManagementGrain>(0);
            await Eventually.Get(() => management.GetHosts(onlyActive: true), hosts => !hosts.ContainsKey(silo),
                $"silo {silo} to be declared dead after its kill did not finish", TimeSpan.FromSeconds(60));
        }
    }

    /// <summary>Lets a fixture change a silo's services (e.g. the clock deadlines are judged by).</summary>
    protected virtual void ConfigureSilo(IHostApplicationBuilder host)
    {
    }

    public virtual async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            try
            {
                // Stopping a cluster whose silo was killed can wait on a shutdown step that never finishes, and nothing
                // then keeps that wait alive: without a bound the test run would stop forever after its last test.
                await Cluster.DisposeAsync().AsTask().WaitAsync(ClusterStopTimeout);
            }
            catch (TimeoutException)
            {
                // The silos stay behind in this test process until it exits; the test database is dropped below.
            }
        }

        if (_grainDatabase is not null)
        {
            await _grainDatabase.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
