using DexFlow.Contracts.Accounts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DexFlow.Grains.Accounts;

/// <summary>
/// Sign-in attempts against the built-in accounts, with the durable lockout of <see cref="SignInLockout"/> kept in
/// <c>dexflow.sign_in_lockouts</c> (shared by every API process) and every attempt written to the sign-in audit.
/// </summary>
public sealed class SignIns(NpgsqlDataSource db, UserAccounts accounts, RefreshTokens sessions, SignInAuditLog audit, SignInClock clock,
    IOptions<SignInOptions> options)
{
    public async Task<SignInResult> Attempt(SignInAttempt attempt)
    {
        var (decision, user) = await Check(attempt);
        var session = decision.Outcome == SignInOutcome.SignedIn && user is not null ? await sessions.Start(user.UserId) : null;
        return Result(decision, user) with { Session = session };
    }

    /// <summary>
    /// A signed-in user's password, confirmed before a change it guards: counted, locked and audited like a sign-in, so
    /// a stolen token cannot be used to guess the password; no session is started.
    /// </summary>
    public async Task<SignInDecision> Confirm(SignInAttempt attempt) => (await Check(attempt)).Decision;

    private async Task<(SignInDecision Decision, AuthenticatedUser? User)> Check(SignInAttempt attempt)
    {
        var name = Name(attempt.UserName);
        var policy = options.Value.Policy;

        // A locked name is refused before its password is hashed, so hammering it costs no CPU.
        var now = clock.Now;
        var before = await Read(name);
        if (before.IsLocked(now))
        {
            var refused = before.Decide(passwordMatches: false, now, policy);
            await audit.Append(now, name, attempt.ClientAddress, refused.Outcome);
            return (refused, null);
        }

        var user = await accounts.Authenticate(name, attempt.Password);

        // Decided again under the row's lock: concurrent attempts from several API processes count exactly, and a
        // right password that raced with the failure that locked the name is refused like any other.
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var current = await Lock(connection, transaction, name);
        now = clock.Now;
        var decision = current.Decide(user is not null, now, policy);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(Store(name, decision.Next));
            batch.BatchCommands.Add(SignInAuditLog.Entry(now, name, attempt.ClientAddress, decision.Outcome));
            await batch.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return (decision, user);
    }

    /// <summary>Audits an attempt an API process refused by one of its rate limits; it changes no lockout.</summary>
    public Task RecordThrottled(string userName, string clientAddress, string limit) =>
        audit.Append(clock.Now, Name(userName), clientAddress, SignInOutcome.Throttled, limit);

    private static SignInResult Result(SignInDecision decision, AuthenticatedUser? user) =>
        new(decision.Outcome, decision.Outcome == SignInOutcome.SignedIn ? user : null, decision.RetryAfter);

    private static string Name(string userName)
    {
        var name = UserNames.Normalize(userName);
        return name.Length > UserNames.MaxLength ? name[..UserNames.MaxLength] : name;
    }

    private async Task<SignInLockout> Read(string name)
    {
        await using var command = db.CreateCommand("SELECT failures, locked_until FROM dexflow.sign_in_lockouts WHERE user_name = @name");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Lockout(reader) : SignInLockout.None;
    }

    private static async Task<SignInLockout> Lock(NpgsqlConnection connection, NpgsqlTransaction transaction, string name)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Statement("INSERT INTO dexflow.sign_in_lockouts (user_name) VALUES (@name) ON CONFLICT (user_name) DO NOTHING", name),
                Statement("SELECT failures, locked_until FROM dexflow.sign_in_lockouts WHERE user_name = @name FOR UPDATE", name),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Lockout(reader);
    }

    /// <summary>The name's next lockout state; a row is kept only while there is something to remember.</summary>
    private static NpgsqlBatchCommand Store(string name, SignInLockout next)
    {
        if (next == SignInLockout.None)
        {
            return Statement("DELETE FROM dexflow.sign_in_lockouts WHERE user_name = @name", name);
        }

        var update = Statement("UPDATE dexflow.sign_in_lockouts SET failures = @failures, locked_until = @locked_until WHERE user_name = @name", name);
        update.Parameters.AddWithValue("failures", next.Failures);
        update.Parameters.Add(new NpgsqlParameter("locked_until", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)next.LockedUntil ?? DBNull.Value });
        return update;
    }

    private static NpgsqlBatchCommand Statement(string sql, string name)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("name", name);
        return command;
    }

    private static SignInLockout Lockout(NpgsqlDataReader reader) =>
        new(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
}
