namespace DexFlow.Grains.Accounts;

/// <summary>How long sessions of the built-in accounts last (<c>DexFlow:Auth:Sessions</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>A refresh token not used for this long expires: a client idle overnight signs in again.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>However often it is refreshed, a session ends this long after its sign-in.</summary>
    public TimeSpan MaxSessionLength { get; set; } = TimeSpan.FromDays(7);
}
