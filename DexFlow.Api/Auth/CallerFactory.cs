using System.Security.Claims;
using DexFlow.Contracts.Security;

namespace DexFlow.Api.Auth;

/// <summary>Turns an authenticated principal, from either token issuer, into the <see cref="Caller"/> every grain call carries.</summary>
public static class CallerFactory
{
    public const string UserIdClaimTypeKey = "dexflow:user-id-claim";

    public static Caller ToCaller(this ClaimsPrincipal principal)
    {
        var identity = principal.Identity as ClaimsIdentity
            ?? throw new InvalidOperationException("The request is not authenticated.");
        var userIdClaim = identity.Label ?? DexFlowClaims.UserId;
        var userId = principal.FindFirst(userIdClaim)?.Value
            ?? throw new InvalidOperationException($"The token has no '{userIdClaim}' claim.");
        if (userId == Caller.System.UserId)
        {
            throw new InvalidOperationException($"'{userId}' is reserved for DexFlow itself.");
        }

        var roles = RoleNames.Parse(principal.FindAll(identity.RoleClaimType).Select(claim => claim.Value));
        // Only DexFlow's own tokens name resources: they come from the user's record, never from another issuer.
        return new Caller(userId, identity.Name ?? userId, roles)
        {
            Resources = identity.Label is null ? [.. principal.FindAll(DexFlowClaims.Resource).Select(claim => claim.Value)] : [],
        };
    }
}
