using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Auth;

/// <summary>Why an attempt was refused before it reached the accounts, and whether to audit this refusal.</summary>
public sealed record ThrottleRefusal(string Limit, TimeSpan RetryAfter, bool Audit);

/// <summary>An attempt's turn: hold it while the attempt runs; <see cref="Refusal"/> is set when there is none.</summary>
public sealed class SignInTurn(RateLimitLease? slot, ThrottleRefusal? refusal) : IDisposable
{
    public ThrottleRefusal? Refusal { get; } = refusal;

    public void Dispose() => slot?.Dispose();
}

/// <summary>
/// One API process's rate limits on sign-ins (ASP.NET Core's System.Threading.RateLimiting), partitioned by client
/// address and by account name. A failure spends a permit of both partitions; an attempt is let through only while
/// both have one left, so correct sign-ins never use up a limit. The durable, cluster-wide lockout is the silos'.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const string AddressLimit = "address";
    public const string AccountLimit = "account";

    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    // A throttled client may send thousands of refused attempts; the audit records one per address, name and limit a minute.
    private static readonly TimeSpan AuditEvery = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _inFlight;
    private readonly FailureLimit _addresses;
    private readonly FailureLimit _accounts;
    private readonly PartitionedRateLimiter<string> _audited;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var limits = options.Value;
        _inFlight = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetConcurrencyLimiter(address, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, limits.ConcurrentPerAddress),
            QueueLimit = Math.Max(0, limits.QueuedPerAddress),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        _addresses = new FailureLimit(AddressLimit, limits.AddressFailures, limits.AddressWindow);
        _accounts = new FailureLimit(AccountLimit, limits.AccountFailures, limits.AccountWindow);
        _audited = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = AuditEvery,
            AutoReplenishment = false,
        }));
    }

    /// <summary>Waits for the address's turn, then checks that neither the address nor the account name has run out of permits.</summary>
    public async Task<SignInTurn> Enter(string address, string account, CancellationToken cancellationToken)
    {
        var slot = await _inFlight.AcquireAsync(address, 1, cancellationToken);
        if (!slot.IsAcquired)
        {
            slot.Dispose();
            return new SignInTurn(null, Refuse(AddressLimit, address, account, BusyRetryAfter));
        }

        foreach (var (limit, key) in new[] { (_addresses, address), (_accounts, account) })
        {
            if (!limit.HasPermit(key))
            {
                slot.Dispose();
                return new SignInTurn(null, Refuse(limit.Name, address, account, limit.Period));
            }
        }

        return new SignInTurn(slot, null);
    }

    /// <summary>Spends a permit of the address and of the account name.</summary>
    public void Failed(string address, string account)
    {
        _addresses.Spend(address);
        _accounts.Spend(account);
    }

    public void Dispose()
    {
        _inFlight.Dispose();
        _addresses.Dispose();
        _accounts.Dispose();
        _audited.Dispose();
    }

    private ThrottleRefusal Refuse(string limit, string address, string account, TimeSpan retryAfter)
    {
        // The address limit is audited per address alone, so that an attacker rotating names cannot flood the audit.
        using var audit = _audited.AttemptAcquire(limit == AddressLimit ? $"{limit}\n{address}" : $"{limit}\n{address}\n{account}");
        return new ThrottleRefusal(limit, retryAfter, audit.IsAcquired);
    }

    /// <summary>A token bucket per key: <c>failures</c> at once, then one more every <see cref="Period"/> (window / failures).</summary>
    private sealed class FailureLimit : IDisposable
    {
        private readonly PartitionedRateLimiter<string> _buckets;

        public FailureLimit(string name, int failures, TimeSpan window)
        {
            var permits = Math.Max(1, failures);
            Name = name;
            Period = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, window.Ticks / permits));
            _buckets = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = Period,
                QueueLimit = 0,
                AutoReplenishment = false,
            }));
        }

        public string Name { get; }

        /// <summary>The longest wait for one whole permit once none is left.</summary>
        public TimeSpan Period { get; }

        /// <summary>
        /// Whether a whole permit is left. Not a zero-permit acquire: a bucket refilled by the partitioned limiter's
        /// heartbeat holds fractions of a permit, and a zero-permit acquire would let every attempt through on a fraction.
        /// </summary>
        public bool HasPermit(string key) => _buckets.GetStatistics(key)?.CurrentAvailablePermits > 0;

        public void Spend(string key) => _buckets.AttemptAcquire(key).Dispose();

        public void Dispose() => _buckets.Dispose();
    }
}
