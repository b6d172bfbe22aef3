using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DexFlow.Grains.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The built-in accounts, their sessions (<c>DexFlow:Auth:Sessions</c>), lockout (<c>DexFlow:Auth:Throttling</c>) and audits.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<UserAuditLog>();
        services.AddSingleton<ExternalLogins>();
        services.AddSingleton<RefreshTokens>();
        services.Configure<SessionOptions>(configuration.GetSection("DexFlow:Auth:Sessions"));
        services.AddSingleton<SignInAuditLog>();
        services.AddSingleton<SignIns>();
        services.Configure<SignInOptions>(configuration.GetSection("DexFlow:Auth:Throttling"));
        services.TryAddSingleton(provider => new SignInClock(provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
