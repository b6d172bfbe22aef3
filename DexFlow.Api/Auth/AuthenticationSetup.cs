using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexFlow.Api.Auth;

/// <summary>
/// Bearer tokens from two issuers: DexFlow's own (built-in accounts) and, when configured, an external OpenID Connect
/// provider. A policy scheme looks at the token's issuer and hands it to the matching validator.
/// </summary>
public static class AuthenticationSetup
{
    public const string Scheme = "Bearer";
    private const string LocalScheme = "DexFlow";
    private const string OidcScheme = "Oidc";

    public static IServiceCollection AddDexFlowAuthentication(this IServiceCollection services, AuthOptions options, bool isDevelopment)
    {
        var key = SigningKey.From(options, isDevelopment);
        services.AddSingleton(key);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<UserSecurityCheck>();
        services.AddMemoryCache();
        services.AddSingleton<ExternalUsers>();
        services.AddHostedService(provider => provider.GetRequiredService<UserSecurityCheck>());
        services.AddOptions<SignInThrottleOptions>().BindConfiguration("DexFlow:Auth:Throttling");
        services.AddSingleton<SignInThrottle>();

        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "DexFlow or OpenID Connect bearer token", policy =>
                policy.ForwardDefaultSelector = context => IsExternal(context, options) ? OidcScheme : LocalScheme)
            .AddJwtBearer(LocalScheme, bearer =>
            {
                Common(bearer);
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AuthOptions.Issuer,
                    ValidAudience = AuthOptions.Audience,
                    IssuerSigningKey = key.Key,
                    NameClaimType = DexFlowClaims.Name,
                    RoleClaimType = DexFlowClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };

                // A token outlives a change to its user by at most one read of UserSecurityCheck.
                bearer.Events.OnTokenValidated = context =>
                {
                    if (context.Principal is not { } principal || !context.HttpContext.RequestServices.GetRequiredService<UserSecurityCheck>().Permits(principal))
                    {
                        context.Fail("The token's user has been disabled or changed since it was issued.");
                    }

                    return Task.CompletedTask;
                };
            });

        if (options.Oidc is { Authority: not null } oidc)
        {
            authentication.AddJwtBearer(OidcScheme, bearer =>
            {
                Common(bearer);
                bearer.Authority = oidc.Authority;
                bearer.Audience = oidc.Audience;
                bearer.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = oidc.Audience,
                    NameClaimType = oidc.NameClaim,
                    RoleClaimType = oidc.RoleClaim,
                };

                // The provider's user is a DexFlow user from here on: their id, roles and resources are DexFlow's.
                bearer.Events.OnTokenValidated = async context =>
                {
                    var user = context.Principal is { } token && context.SecurityToken is JsonWebToken jwt
                        ? await context.HttpContext.RequestServices.GetRequiredService<ExternalUsers>().Principal(token, jwt.Issuer)
                        : null;
                    if (user is null)
                    {
                        context.Fail("The token names no user, or its user has been disabled.");
                        return;
                    }

                    context.Principal = user;
                };
            });
        }

        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// What both schemes share. A refused token's challenge says only <c>error="invalid_token"</c>: why it failed
    /// (expired, bad signature, unknown key, wrong audience) would help whoever forges tokens more than any client.
    /// </summary>
    private static void Common(JwtBearerOptions bearer)
    {
        bearer.MapInboundClaims = false;
        bearer.IncludeErrorDetails = false;
        bearer.Events = new JwtBearerEvents
        {
            OnChallenge = context =>
            {
                if (context.AuthenticateFailure is not null)
                {
                    context.Error = "invalid_token";
                }

                return Task.CompletedTask;
            },
        };
    }

    private static bool IsExternal(HttpContext context, AuthOptions options)
    {
        if (options.Oidc?.Authority is null)
        {
            return false;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var handler = new JsonWebTokenHandler();
        var token = header["Bearer ".Length..].Trim();
        return handler.CanReadToken(token) && handler.ReadJsonWebToken(token).Issuer != AuthOptions.Issuer;
    }
}
