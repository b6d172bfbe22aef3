namespace DexFlow.Api.Auth;

/// <summary>The claims in the tokens DexFlow issues.</summary>
public static class DexFlowClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
}
