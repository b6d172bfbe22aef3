using System.Security.Claims;
using DexFlow.Contracts.Security;

namespace DexFlow.Api.Auth;

/// <summary>Turns an authenticated principal, from either token issuer, into the <see cref="Caller"/> every grain call carries.</summary>
public static class CallerFactory
{
    public static Caller ToCaller(this ClaimsPrincipal principal)
    {
        var identity = principal.Identity as ClaimsIdentity
            ?? throw new InvalidOperationException("The request is not authenticated.");
        // An external provider's principal is re-issued as its DexFlow user's (ExternalUsers): one set of claims for both.
        var userId = principal.FindFirst(DexFlowClaims.UserId)?.Value
            ?? throw new InvalidOperationException($"The token has no '{DexFlowClaims.UserId}' claim.");
        if (userId == Caller.System.UserId)
        {
            throw new InvalidOperationException($"'{userId}' is reserved for DexFlow itself.");
        }

        var roles = RoleNames.Parse(principal.FindAll(identity.RoleClaimType).Select(claim => claim.Value));
        return new Caller(userId, identity.Name ?? userId, roles)
        {
            Resources = [.. principal.FindAll(DexFlowClaims.Resource).Select(claim => claim.Value)],
        };
    }
}
