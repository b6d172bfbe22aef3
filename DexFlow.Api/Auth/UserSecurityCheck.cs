using System.Collections.Frozen;
using System.Globalization;
using System.Security.Claims;
using DexFlow.Contracts.Accounts;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Auth;

/// <summary>
/// Refuses DexFlow's own access tokens once their user has been disabled or their roles, resources or password have
/// changed: every <see cref="AuthOptions.UserCheckInterval"/> this API process reads each user's security version and
/// active flag (a few bytes per user) and keeps them in memory, so the check costs no call per request.
/// </summary>
public sealed partial class UserSecurityCheck(IGrainFactory grains, IOptions<AuthOptions> options, ILogger<UserSecurityCheck> logger) : BackgroundService
{
    private volatile FrozenDictionary<string, UserSecurity>? _users;

    /// <summary>
    /// Whether the token's user is active at the security version the token was issued at. Until the first read, and
    /// for a version newer than the last read (a token issued since), the signature alone decides: without the cluster
    /// no request gets anywhere anyway.
    /// </summary>
    public bool Permits(ClaimsPrincipal principal)
    {
        if (!long.TryParse(principal.FindFirst(DexFlowClaims.SecurityVersion)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || principal.FindFirst(DexFlowClaims.UserId)?.Value is not { } userId)
        {
            return false;
        }

        var users = _users;
        if (users is null)
        {
            return true;
        }

        return users.TryGetValue(userId, out var user)
            ? user.Active && user.SecurityVersion <= version
            : true; // created since the last read: the token was issued from the current record
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.UserCheckInterval);
        do
        {
            try
            {
                var users = await grains.GetGrain<IUserDirectoryGrain>(0).Security();
                _users = users.ToFrozenDictionary(user => user.UserId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Keep the last read: a token refused a minute ago stays refused while the cluster is away.
                LogReadFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the users' security versions failed; tokens are checked against the last read")]
    private partial void LogReadFailed(Exception exception);
}
