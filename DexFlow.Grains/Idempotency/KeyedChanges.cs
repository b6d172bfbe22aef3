using System.Security.Cryptography;
using System.Text.Json;
using DexFlow.Contracts.Errors;

namespace DexFlow.Grains.Idempotency;

/// <summary>
/// An Idempotency-Key on a change to an object that exists (a payment, a credit note on an order): the key is claimed
/// for the id of what the change makes, with a hash of the request, in the <see cref="IdempotencyLedger"/>. A retry
/// with the key finds that id, and the object tells whether it was made; the same key with another request is refused.
/// </summary>
public sealed class KeyedChanges(IdempotencyLedger ledger)
{
    /// <summary>
    /// The id an earlier request with <paramref name="key"/> claimed; null when the key is new. Throws
    /// <see cref="IdempotencyKeyReusedException"/> when the key came with another request.
    /// </summary>
    public async Task<string?> Earlier(string scope, string key, string requestHash) =>
        await ledger.Find(scope, key) is { } entry ? Matching(entry, key, requestHash) : null;

    /// <summary>Claims the key for <paramref name="id"/>; returns the id the key belongs to (an earlier claim wins).</summary>
    public async Task<string> Claim(string scope, string key, string requestHash, string id) =>
        Matching(await ledger.Claim(scope, key, requestHash, id), key, requestHash);

    /// <summary>A hash of what identifies a request: its parts in order, serialised as JSON.</summary>
    public static string Hash(params object?[] parts) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(parts)));

    public static string NewId() => Guid.NewGuid().ToString("N");

    private static string Matching(IdempotencyLedger.Entry entry, string key, string requestHash) =>
        entry.RequestHash == requestHash ? entry.Resource : throw new IdempotencyKeyReusedException(key);
}
