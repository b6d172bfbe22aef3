using System.Collections.Immutable;
using System.Text;
using DexFlow.Contracts;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Storage;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Accounts;

/// <summary>
/// The built-in account store in <c>dexflow.users</c>, with passwords hashed by ASP.NET Core Identity's hasher. Every
/// change commits together with its audit entry and, when it takes access away, the end of the user's sessions.
/// </summary>
public sealed class UserAccounts(NpgsqlDataSource db)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    // Unknown names are checked against this hash too, so a failed login takes as long whether the name exists or not.
    private static readonly UserAccount Nobody = new("", "", "", Roles.None, Hasher.HashPassword(null!, Guid.NewGuid().ToString()), false);

    internal const string Columns = """
        user_id, user_name, display_name, roles, password_hash, active, email, language, resources, created_at, updated_at,
        version, security_version
        """;

    public static string Hash(UserAccount account, string password) => Hasher.HashPassword(account, password);

    public async Task<AuthenticatedUser?> Authenticate(string userName, string password, CancellationToken cancellationToken = default)
    {
        var account = await FindByName(userName, cancellationToken);
        var candidate = account ?? Nobody;
        var result = Hasher.VerifyHashedPassword(candidate, candidate.PasswordHash, password);
        if (account is null || !account.Active || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Same password, stronger hash: not a change of what the user's tokens grant.
            await SetPasswordHash(account.UserId, Hasher.HashPassword(account, password), cancellationToken);
        }

        return account.Authenticated;
    }

    /// <summary>Whether <paramref name="password"/> is the account's password.</summary>
    public static bool Verify(UserAccount account, string password) =>
        Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>Creates the account unless one with that name exists; an existing account is left as it is.</summary>
    public async Task<bool> CreateIfMissing(string userName, string displayName, Roles roles, string password, IReadOnlyList<string>? resources = null,
        CancellationToken cancellationToken = default)
    {
        var normalized = UserNames.Normalize(userName);
        var account = new UserAccount(normalized, normalized, displayName, roles, "", true) { Resources = [.. resources ?? []] };
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Insert(account with { PasswordHash = Hasher.HashPassword(account, password) }));
        return await batch.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<UserAccount?> Get(string userId, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM dexflow.users WHERE user_id = @id");
        command.Parameters.AddWithValue("id", userId);
        return await ReadOne(command, cancellationToken);
    }

    public async Task<UserAccount?> FindByName(string userName, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM dexflow.users WHERE user_name = @name");
        command.Parameters.AddWithValue("name", UserNames.Normalize(userName));
        return await ReadOne(command, cancellationToken);
    }

    public async Task<UserPage> List(UserQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Paging.Size(query.PageSize);
        await using var command = db.CreateCommand();
        var where = new StringBuilder("TRUE");
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            where.Append(" AND (user_name LIKE @text ESCAPE '\\' OR lower(display_name) LIKE @text ESCAPE '\\' OR lower(email) LIKE @text ESCAPE '\\')");
            command.Parameters.AddWithValue("text", SqlLike.Prefix(query.Text.Trim().ToLowerInvariant()));
        }

        if (query.Role is { } role and not Roles.None)
        {
            where.Append(" AND roles && @roles");
            command.Parameters.AddWithValue("roles", RoleNames.Names(role).ToArray());
        }

        if (query.Active is { } active)
        {
            where.Append(" AND active = @active");
            command.Parameters.AddWithValue("active", active);
        }

        command.CommandText = $"""
            SELECT {Columns}, count(*) OVER () AS total FROM dexflow.users WHERE {where}
            ORDER BY user_name LIMIT {pageSize} OFFSET {Paging.Offset(query.Page, pageSize)}
            """;
        var items = ImmutableArray.CreateBuilder<UserView>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader).View);
            total = reader.GetInt64(reader.GetOrdinal("total"));
        }

        return new UserPage(items.ToImmutable(), Math.Max(1, query.Page), pageSize, total);
    }

    /// <summary>Every user's security version and active flag: a few bytes per user, read whole by each API process.</summary>
    public async Task<ImmutableArray<UserSecurity>> Security(CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("SELECT user_id, security_version, active FROM dexflow.users");
        var users = ImmutableArray.CreateBuilder<UserSecurity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(new UserSecurity(reader.GetString(0), reader.GetInt64(1), reader.GetBoolean(2)));
        }

        return users.ToImmutable();
    }

    /// <summary>Adds the account with its audit entry; <see cref="AlreadyExistsException"/> when the name is taken.</summary>
    public async Task<UserAccount> Add(UserAccount account, Caller actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(Insert(account));
            if (await batch.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new AlreadyExistsException("User", account.UserName);
            }
        }

        var stored = await Lock(connection, transaction, account.UserId, cancellationToken) ?? throw new InvalidOperationException("The new user vanished.");
        await using (var audit = new NpgsqlBatch(connection, transaction))
        {
            audit.BatchCommands.Add(UserAuditLog.Entry(actor, stored.UserId, UserAction.Created, UserAuditLog.Changes(null, stored)));
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the account under its row lock and stores the result with an audit entry of
    /// <paramref name="action"/>. A change to what tokens grant raises the security version; disabling the account or
    /// changing its password also ends every session, but the one <paramref name="keepSession"/> names.
    /// </summary>
    public async Task<UserAccount> Change(string userId, Caller actor, UserAction action, Func<UserAccount, UserAccount> change,
        string? keepSession = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await Lock(connection, transaction, userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var after = change(before);
        var grantsDiffer = before.GrantsDifferFrom(after);
        after = after with
        {
            Version = before.Version + 1,
            SecurityVersion = grantsDiffer ? before.SecurityVersion + 1 : before.SecurityVersion,
            UpdatedAt = DateTimeOffset.UtcNow,
        };

        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(Update(after));
            batch.BatchCommands.Add(UserAuditLog.Entry(actor, userId, action, UserAuditLog.Changes(before, after)));
            if (!after.Active || after.PasswordHash != before.PasswordHash)
            {
                batch.BatchCommands.Add(RefreshTokens.RevokeAll(userId, keepSession));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return after;
    }

    private static async Task<UserAccount?> Lock(NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM dexflow.users WHERE user_id = @id FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("id", userId);
        return await ReadOne(command, cancellationToken);
    }

    internal static NpgsqlBatchCommand Insert(UserAccount account)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.users (user_id, user_name, display_name, password_hash, roles, active, email, language, resources, created_at)
            VALUES (@id, @name, @display, @hash, @roles, @active, @email, @language, @resources, now())
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue("id", account.UserId);
        command.Parameters.AddWithValue("name", account.UserName);
        command.Parameters.AddWithValue("hash", account.PasswordHash);
        command.Parameters.AddWithValue("active", account.Active);
        AddDetails(command, account);
        return command;
    }

    private static NpgsqlBatchCommand Update(UserAccount account)
    {
        var command = new NpgsqlBatchCommand("""
            UPDATE dexflow.users SET display_name = @display, password_hash = @hash, roles = @roles, active = @active,
                email = @email, language = @language, resources = @resources, version = @version,
                security_version = @security_version, updated_at = @updated_at
            WHERE user_id = @id
            """);
        command.Parameters.AddWithValue("id", account.UserId);
        command.Parameters.AddWithValue("hash", account.PasswordHash);
        command.Parameters.AddWithValue("active", account.Active);
        command.Parameters.AddWithValue("version", account.Version);
        command.Parameters.AddWithValue("security_version", account.SecurityVersion);
        command.Parameters.AddWithValue("updated_at", account.UpdatedAt ?? DateTimeOffset.UtcNow);
        AddDetails(command, account);
        return command;
    }

    private static void AddDetails(NpgsqlBatchCommand command, UserAccount account)
    {
        command.Parameters.AddWithValue("display", account.DisplayName);
        command.Parameters.AddWithValue("roles", RoleNames.Names(account.Roles).ToArray());
        command.Parameters.Add(new NpgsqlParameter("email", NpgsqlDbType.Text) { Value = (object?)account.Email ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("language", NpgsqlDbType.Text) { Value = (object?)account.Language ?? DBNull.Value });
        command.Parameters.AddWithValue("resources", account.Resources.ToArray());
    }

    private async Task SetPasswordHash(string userId, string hash, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("UPDATE dexflow.users SET password_hash = @hash WHERE user_id = @id");
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("id", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static async Task<UserAccount?> ReadOne(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static UserAccount Read(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), RoleNames.Parse(reader.GetFieldValue<string[]>(3)),
            reader.GetString(4), reader.GetBoolean(5))
        {
            Email = reader.IsDBNull(6) ? null : reader.GetString(6),
            Language = reader.IsDBNull(7) ? null : reader.GetString(7),
            Resources = [.. reader.GetFieldValue<string[]>(8)],
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(9),
            UpdatedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
            Version = reader.GetInt64(11),
            SecurityVersion = reader.GetInt64(12),
        };
}
