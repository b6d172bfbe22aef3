using System.Globalization;
using System.Security.Claims;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexFlow.Api.Auth;

/// <summary>Issues DexFlow's own signed access tokens for built-in accounts.</summary>
public sealed class TokenIssuer(SigningKey key, IOptions<AuthOptions> options, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public (string Token, TimeSpan Lifetime) Issue(AuthenticatedUser user)
    {
        var lifetime = options.Value.TokenLifetime;
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(DexFlowClaims.UserId, user.UserId),
            new(DexFlowClaims.Name, user.DisplayName),
        };
        claims.AddRange(RoleNames.Names(user.Roles).Select(role => new Claim(DexFlowClaims.Role, role)));
        claims.AddRange(user.Resources.Select(resource => new Claim(DexFlowClaims.Resource, resource)));
        claims.Add(new Claim(DexFlowClaims.SecurityVersion, user.SecurityVersion.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, lifetime);
    }
}
