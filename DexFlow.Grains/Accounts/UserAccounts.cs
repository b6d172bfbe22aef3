using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace DexFlow.Grains.Accounts;

/// <summary>The built-in account store in <c>dexflow.users</c>, with passwords hashed by ASP.NET Core Identity's hasher.</summary>
public sealed class UserAccounts(NpgsqlDataSource db)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    // Unknown names are checked against this hash too, so a failed login takes as long whether the name exists or not.
    private static readonly UserAccount Nobody = new("", "", "", Roles.None, Hasher.HashPassword(null!, Guid.NewGuid().ToString()), false);

    public async Task<AuthenticatedUser?> Authenticate(string userName, string password, CancellationToken cancellationToken = default)
    {
        var account = await Find(userName, cancellationToken);
        var candidate = account ?? Nobody;
        var result = Hasher.VerifyHashedPassword(candidate, candidate.PasswordHash, password);
        if (account is null || !account.Active || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await SetPasswordHash(account.UserId, Hasher.HashPassword(account, password), cancellationToken);
        }

        return new AuthenticatedUser(account.UserId, account.DisplayName, account.Roles);
    }

    /// <summary>Creates the account unless one with that name exists; an existing account is left as it is.</summary>
    public async Task<bool> CreateIfMissing(string userName, string displayName, Roles roles, string password, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(userName);
        var account = new UserAccount(normalized, normalized, displayName, roles, "", true);
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.users (user_id, user_name, display_name, password_hash, roles, active, created_at)
            VALUES (@id, @name, @display, @hash, @roles, true, now())
            ON CONFLICT (user_name) DO NOTHING
            """);
        command.Parameters.AddWithValue("id", account.UserId);
        command.Parameters.AddWithValue("name", normalized);
        command.Parameters.AddWithValue("display", displayName);
        command.Parameters.AddWithValue("hash", Hasher.HashPassword(account, password));
        command.Parameters.AddWithValue("roles", RoleNames.Names(roles).ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<UserAccount?> Find(string userName, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            "SELECT user_id, user_name, display_name, roles, password_hash, active FROM dexflow.users WHERE user_name = @name");
        command.Parameters.AddWithValue("name", Normalize(userName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new UserAccount(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            RoleNames.Parse(reader.GetFieldValue<string[]>(3)),
            reader.GetString(4),
            reader.GetBoolean(5));
    }

    private async Task SetPasswordHash(string userId, string hash, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("UPDATE dexflow.users SET password_hash = @hash WHERE user_id = @id");
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("id", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Normalize(string userName) => UserNames.Normalize(userName);
}
