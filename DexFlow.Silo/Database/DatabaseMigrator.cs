using Microsoft.Extensions.Logging;
using Npgsql;

namespace DexFlow.Silo.Database;

/// <summary>
/// Brings the database to the schema this build expects. Safe on every start and from several silos at once: all
/// pending scripts run in one transaction under an advisory lock, and each applied script is recorded with its
/// checksum in <c>dexflow.schema_migrations</c>. A recorded script whose text has changed stops the start-up.
/// </summary>
public sealed partial class DatabaseMigrator(NpgsqlDataSource db, ILogger<DatabaseMigrator> logger)
{
    // Any constant works, as long as every DexFlow process uses the same one.
    private const long MigrationLock = 0x44_65_78_46_6C_6F_77;

    public async Task<IReadOnlyList<Migration>> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, "SELECT pg_advisory_xact_lock(@lock)", cancellationToken, ("lock", MigrationLock));
        await Execute(connection, """
            CREATE SCHEMA IF NOT EXISTS dexflow;
            CREATE TABLE IF NOT EXISTS dexflow.schema_migrations
            (
                version    integer     PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """, cancellationToken);

        var applied = await Applied(connection, cancellationToken);
        var pending = new List<Migration>();
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead.");
                }

                continue;
            }

            await Execute(connection, migration.Sql, cancellationToken);
            await Execute(connection, "INSERT INTO dexflow.schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)",
                cancellationToken, ("version", migration.Version), ("name", migration.Name), ("checksum", migration.Checksum));
            pending.Add(migration);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var migration in pending)
        {
            LogApplied(migration.Version, migration.Name);
        }

        return pending;
    }

    private static async Task<Dictionary<int, string>> Applied(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM dexflow.schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version:D4} {Name}")]
    private partial void LogApplied(int version, string name);
}
