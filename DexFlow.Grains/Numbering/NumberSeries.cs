using Npgsql;

namespace DexFlow.Grains.Numbering;

/// <summary>
/// Hands out consecutive numbers per series and year from one row in the store, so every silo draws from the same
/// sequence and a number is never handed out twice.
/// </summary>
public sealed class NumberSeries(NpgsqlDataSource db)
{
    public async Task<long> Next(string series, int year, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO dexflow.number_series AS s (series, year, last_value) VALUES (@series, @year, 1)
            ON CONFLICT (series, year) DO UPDATE SET last_value = s.last_value + 1
            RETURNING last_value
            """);
        command.Parameters.AddWithValue("series", series);
        command.Parameters.AddWithValue("year", year);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
