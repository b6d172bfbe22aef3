using DexFlow.Grains.Accounts;
using Microsoft.Extensions.Hosting;

namespace DexFlow.Silo.Accounts;

/// <summary>Creates the demo accounts (once) when <c>DexFlow:SeedDemoUsers</c> is set, as it is in Development.</summary>
public sealed class DemoUserSeeder(UserAccounts accounts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => DemoUsers.Seed(accounts, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
