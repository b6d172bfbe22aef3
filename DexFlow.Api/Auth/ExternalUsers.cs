using System.Security.Claims;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Auth;

/// <summary>
/// Turns a valid access token of the external OpenID Connect provider into the DexFlow user it belongs to
/// (<see cref="IUserDirectoryGrain.External"/>): requests then carry that user's id, name, resources and roles, the roles
/// from the user's record or, with <see cref="OidcOptions.GroupRoles"/>, from the provider's groups. Each API process
/// keeps the answer for <see cref="AuthOptions.UserCheckInterval"/>, so a disabled or re-roled user is refused or
/// re-roled within that time, as with DexFlow's own tokens.
/// </summary>
public sealed class ExternalUsers(IGrainFactory grains, IMemoryCache cache, IOptions<AuthOptions> options)
{
    /// <summary>The request's principal as a DexFlow user; null when the token names nobody or its user is disabled.</summary>
    public async Task<ClaimsPrincipal?> Principal(ClaimsPrincipal token, string issuer)
    {
        var oidc = options.Value.Oidc!;
        if (token.FindFirst(oidc.UserIdClaim)?.Value is not { Length: > 0 } subject)
        {
            return null;
        }

        var user = await cache.GetOrCreateAsync(("external-user", issuer, subject), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.UserCheckInterval;
            return grains.GetGrain<IUserDirectoryGrain>(0).External(new ExternalIdentity(issuer, subject,
                token.FindFirst(oidc.NameClaim)?.Value ?? subject,
                token.FindFirst(oidc.UserNameClaim)?.Value,
                token.FindFirst(oidc.EmailClaim)?.Value,
                oidc.MatchVerifiedEmail && string.Equals(token.FindFirst(oidc.EmailVerifiedClaim)?.Value, "true", StringComparison.OrdinalIgnoreCase)));
        });
        if (user is null)
        {
            return null;
        }

        var roles = oidc.GroupRoles.Count > 0 ? GroupRoles(token, oidc) : user.Roles;
        var identity = new ClaimsIdentity(authenticationType: "Oidc", nameType: DexFlowClaims.Name, roleType: DexFlowClaims.Role);
        identity.AddClaim(new Claim(DexFlowClaims.UserId, user.UserId));
        identity.AddClaim(new Claim(DexFlowClaims.Name, user.DisplayName));
        identity.AddClaims(RoleNames.Names(roles).Select(role => new Claim(DexFlowClaims.Role, role)));
        identity.AddClaims(user.Resources.Select(resource => new Claim(DexFlowClaims.Resource, resource)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The DexFlow roles the token's groups map to; groups not in the map give none.</summary>
    private static Roles GroupRoles(ClaimsPrincipal token, OidcOptions oidc) =>
        RoleNames.Parse(token.FindAll(oidc.RoleClaim)
            .SelectMany(group => oidc.GroupRoles.TryGetValue(group.Value, out var roles) ? roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : []));
}
