using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DexFlow.Grains.Webhooks;

/// <summary>
/// The <c>DexFlow-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c> of
/// <c>"&lt;t&gt;.&lt;body&gt;"</c> under the webhook's secret. The time is signed with the body, so a receiver that refuses
/// old timestamps (five minutes is usual) cannot be replayed an old delivery.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "DexFlow-Signature";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>A new secret: 32 random bytes, base64url, prefixed so that it is recognised when it leaks.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
