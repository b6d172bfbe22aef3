using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Accounts;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>A cluster whose lockouts are judged by a clock the test moves; three failures lock a name.</summary>
public sealed class SignInClusterFixture : ClusterFixture
{
    // Whole seconds, as PostgreSQL keeps microseconds and the test compares waits exactly.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureSilo(IHostApplicationBuilder host)
    {
        host.Services.AddSingleton(new SignInClock(Clock));
        host.Services.Configure<SignInOptions>(options => (options.LockoutThreshold, options.LockoutDuration) = (3, TimeSpan.FromMinutes(15)));
    }
}

public sealed class SignInLockoutTests(SignInClusterFixture fixture) : IClassFixture<SignInClusterFixture>
{
    private const string Password = "correct horse battery staple";
    private const string Address = "192.0.2.7";

    private IUserDirectoryGrain Directory => fixture.Client.GetGrain<IUserDirectoryGrain>(0);

    [Fact]
    public async Task Consecutive_failures_lock_a_name_until_the_lockout_ends_and_then_the_right_password_signs_in()
    {
        var name = await NewAccount();
        var failures = new List<SignInOutcome>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            failures.Add((await SignIn(name, "wrong")).Outcome);
        }

        var whileLocked = await SignIn(name, Password);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await SignIn(name, Password);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var afterwards = await SignIn(name, Password);

        Assert.Equal([SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Locked], failures);
        Assert.Equal((SignInOutcome.RefusedWhileLocked, null, TimeSpan.FromMinutes(15)), (whileLocked.Outcome, whileLocked.User, whileLocked.RetryAfter));
        Assert.Equal((SignInOutcome.RefusedWhileLocked, TimeSpan.FromMinutes(5)), (later.Outcome, later.RetryAfter));
        Assert.Equal((SignInOutcome.SignedIn, name), (afterwards.Outcome, afterwards.User?.UserId));
        Assert.Equal(0L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.sign_in_lockouts WHERE user_name = @name", ("name", name)));
    }

    [Fact]
    public async Task A_success_starts_the_count_of_failures_afresh()
    {
        var name = await NewAccount();

        var outcomes = new List<SignInOutcome>();
        foreach (var password in new[] { "wrong", "wrong", Password, "wrong", "wrong", Password })
        {
            outcomes.Add((await SignIn(name, password)).Outcome);
        }

        Assert.Equal([SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.SignedIn, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.SignedIn], outcomes);
    }

    [Fact]
    public async Task A_name_without_an_account_locks_exactly_like_one_with_an_account()
    {
        var existing = await NewAccount();
        var unknown = "nobody-" + Guid.NewGuid().ToString("N")[..8];

        var answers = new List<(SignInOutcome, TimeSpan?)>();
        foreach (var name in new[] { existing, unknown })
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var result = await SignIn(name, attempt < 3 ? "wrong" : Password);
                answers.Add((result.Outcome, result.RetryAfter));
            }
        }

        Assert.Equal(answers[..4], answers[4..]);
    }

    [Fact]
    public async Task Every_attempt_is_in_the_sign_in_audit_which_only_administrators_and_auditors_read()
    {
        var name = await NewAccount();
        await SignIn(name, "wrong");
        await SignIn(name, Password);
        await Directory.RecordThrottled(name, Address, "address");
        var audit = fixture.Client.GetGrain<ISignInAuditGrain>(0);

        var page = await audit.Read(new Caller("aud", "Aud Auditor", Roles.Auditor), new SignInAuditQuery(name.ToUpperInvariant(), null, null, 2));
        var rest = await audit.Read(People.Ada, new SignInAuditQuery(name, null, page.Next, 2));
        var manager = await Assert.ThrowsAsync<DexFlow.Contracts.Errors.ForbiddenException>(() =>
            audit.Read(People.Mia, new SignInAuditQuery(null, null, null, 10)));

        Assert.Equal([(SignInOutcome.Throttled, "address"), (SignInOutcome.SignedIn, null)], page.Entries.Select(entry => (entry.Outcome, entry.Detail)));
        Assert.Equal([SignInOutcome.Failed], rest.Entries.Select(entry => entry.Outcome));
        Assert.Null(rest.Next);
        Assert.All(page.Entries.Concat(rest.Entries), entry => Assert.Equal((name, Address), (entry.UserName, entry.ClientAddress)));
        Assert.NotNull(manager);
    }

    [Fact]
    public async Task The_sign_in_audit_cannot_be_changed_or_deleted()
    {
        var name = await NewAccount();
        await SignIn(name, "wrong");

        var update = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            fixture.Database.Scalar<long>("WITH changed AS (UPDATE dexflow.sign_in_audit SET outcome = 'SignedIn' WHERE user_name = @name RETURNING 1) SELECT count(*) FROM changed", ("name", name)));
        var delete = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            fixture.Database.Scalar<long>("WITH gone AS (DELETE FROM dexflow.sign_in_audit WHERE user_name = @name RETURNING 1) SELECT count(*) FROM gone", ("name", name)));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
    }

    private Task<SignInResult> SignIn(string name, string password) => Directory.SignIn(new SignInAttempt(name, password, Address));

    private async Task<string> NewAccount()
    {
        var name = "lock-" + Guid.NewGuid().ToString("N")[..8];
        await new UserAccounts(fixture.Database.DataSource).CreateIfMissing(name, "Locke Test", Roles.Clerk, Password);
        return name;
    }
}
