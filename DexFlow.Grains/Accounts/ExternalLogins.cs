using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using Npgsql;

namespace DexFlow.Grains.Accounts;

/// <summary>
/// Links the users of an external OpenID Connect provider to DexFlow users (<c>dexflow.external_logins</c>), so that
/// administrators see, disable and grant roles to them like to any user. A first sign-in is matched to the one active
/// user with the provider-verified e-mail address, or makes a new user without roles and without a password.
/// </summary>
public sealed class ExternalLogins(NpgsqlDataSource db)
{
    public async Task<UserAccount?> UserOf(ExternalIdentity identity, CancellationToken cancellationToken = default)
    {
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            if (await Linked(connection, null, identity, cancellationToken) is { } known)
            {
                return known;
            }
        }

        return await Link(identity, cancellationToken);
    }

    /// <summary>A first sign-in: one link however many of the person's requests arrive at once.</summary>
    private async Task<UserAccount> Link(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('dexflow.external_logins:' || @issuer || ' ' || @subject))", connection, transaction))
        {
            serialize.Parameters.AddWithValue("issuer", identity.Issuer);
            serialize.Parameters.AddWithValue("subject", identity.Subject);
            await serialize.ExecuteNonQueryAsync(cancellationToken);
        }

        var user = await Linked(connection, transaction, identity, cancellationToken)
                   ?? await ByVerifiedEmail(connection, transaction, identity, cancellationToken)
                   ?? await Created(connection, transaction, identity, cancellationToken);
        await using (var link = new NpgsqlCommand("""
            INSERT INTO dexflow.external_logins (issuer, subject, user_id, linked_at) VALUES (@issuer, @subject, @user_id, now())
            ON CONFLICT (issuer, subject) DO NOTHING
            """, connection, transaction))
        {
            link.Parameters.AddWithValue("issuer", identity.Issuer);
            link.Parameters.AddWithValue("subject", identity.Subject);
            link.Parameters.AddWithValue("user_id", user.UserId);
            await link.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    private static async Task<UserAccount?> Linked(NpgsqlConnection connection, NpgsqlTransaction? transaction, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT {UserAccounts.Columns} FROM dexflow.external_logins JOIN dexflow.users USING (user_id)
            WHERE issuer = @issuer AND subject = @subject
            """, connection, transaction);
        command.Parameters.AddWithValue("issuer", identity.Issuer);
        command.Parameters.AddWithValue("subject", identity.Subject);
        return await UserAccounts.ReadOne(command, cancellationToken);
    }

    /// <summary>The one active user with the address, when the provider vouches for it; never one of several.</summary>
    private static async Task<UserAccount?> ByVerifiedEmail(NpgsqlConnection connection, NpgsqlTransaction transaction, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        if (!identity.EmailVerified || string.IsNullOrWhiteSpace(identity.Email))
        {
            return null;
        }

        await using var command = new NpgsqlCommand($"""
            SELECT {UserAccounts.Columns} FROM dexflow.users
            WHERE lower(email) = lower(@email) AND active AND (SELECT count(*) FROM dexflow.users WHERE lower(email) = lower(@email)) = 1
            """, connection, transaction);
        command.Parameters.AddWithValue("email", identity.Email.Trim());
        return await UserAccounts.ReadOne(command, cancellationToken);
    }

    /// <summary>A new user without roles or password, named as the provider names them (made unique), audited as made by DexFlow.</summary>
    private static async Task<UserAccount> Created(NpgsqlConnection connection, NpgsqlTransaction transaction, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var userId = "sso-" + Guid.NewGuid().ToString("N")[..16];
        var baseName = UserName(identity) ?? userId;
        var email = identity.EmailVerified && !string.IsNullOrWhiteSpace(identity.Email) ? identity.Email.Trim() : null;
        for (var attempt = 1; ; attempt++)
        {
            var name = attempt == 1 ? baseName : $"{baseName[..Math.Min(baseName.Length, 60)]}-{attempt}";
            var account = new UserAccount(userId, name, string.IsNullOrWhiteSpace(identity.DisplayName) ? name : identity.DisplayName.Trim(), Roles.None, "", Active: true)
            {
                Email = email,
            };
            await using var insert = new NpgsqlBatch(connection, transaction);
            insert.BatchCommands.Add(UserAccounts.Insert(account));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                await using var audit = new NpgsqlBatch(connection, transaction);
                audit.BatchCommands.Add(UserAuditLog.Entry(Caller.System, userId, UserAction.Created, UserAuditLog.Changes(null, account)));
                await audit.ExecuteNonQueryAsync(cancellationToken);
                return account with { CreatedAt = DateTimeOffset.UtcNow };
            }
        }
    }

    /// <summary>The provider's user name (or the e-mail address's local part) as a valid DexFlow user name, or null.</summary>
    private static string? UserName(ExternalIdentity identity)
    {
        var given = identity.UserName ?? identity.Email?.Split('@')[0];
        if (given is null)
        {
            return null;
        }

        var name = new string([.. UserNames.Normalize(given).Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' or '@' ? c : '-')]);
        name = name.Trim('-');
        return name.Length is >= 2 and <= 64 ? name : name.Length > 64 ? name[..64] : null;
    }
}
