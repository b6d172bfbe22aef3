namespace DexFlow.Api.Auth;

/// <summary>The claims in the tokens DexFlow issues.</summary>
public static class DexFlowClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>A resource an operator works on; one claim each.</summary>
    public const string Resource = "resource";

    /// <summary>The user's security version when the token was issued (see <c>UserSecurityCheck</c>).</summary>
    public const string SecurityVersion = "ver";
}
