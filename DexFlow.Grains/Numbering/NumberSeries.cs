using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace DexFlow.Grains.Numbering;

/// <summary>
/// Hands out numbers per series and year, unique across every silo, from one PostgreSQL sequence per series and year
/// (<c>dexflow.order_numbers_2026</c>). A sequence takes no row lock and, unlike a counter row, needs no commit of its
/// own, so concurrent creations never queue on each other. A busy silo draws numbers in blocks (<see cref="NumberReserve"/>):
/// each silo's numbers increase, but two silos' numbers interleave. The price: a number drawn and not used (a failed
/// request, a block left when a silo stops) is never handed out. Orders may have such gaps; invoices may not and keep
/// their own ledger.
/// </summary>
public sealed partial class NumberSeries(NpgsqlDataSource db, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Series, int Year), NumberReserve> _reserves = new();

    public Task<long> Next(string series, int year, CancellationToken cancellationToken = default) =>
        Reserve(series, year).Take(count => Draw(series, year, count, cancellationToken));

    /// <summary>
    /// Makes sure no number up to <paramref name="last"/> is handed out later (numbers given outside the series, e.g.
    /// imported). Numbers other silos hold in their reserves are not recalled: skip before those silos create orders.
    /// </summary>
    public async Task SkipPast(string series, int year, long last, CancellationToken cancellationToken = default)
    {
        Reserve(series, year).Clear();
        await OnSequence(series, year, async sequence =>
        {
            await using var command = db.CreateCommand($"SELECT setval(@sequence::regclass, @last) FROM {sequence} WHERE @last >= last_value");
            command.Parameters.AddWithValue("sequence", sequence);
            command.Parameters.AddWithValue("last", last);
            return await command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);
    }

    private NumberReserve Reserve(string series, int year) => _reserves.GetOrAdd((series, year), _ => new NumberReserve(time));

    /// <summary>Draws <paramref name="count"/> numbers from the year's sequence in one round trip, in increasing order.</summary>
    private Task<IReadOnlyList<long>> Draw(string series, int year, int count, CancellationToken cancellationToken) =>
        OnSequence(series, year, async sequence =>
        {
            await using var command = db.CreateCommand("SELECT nextval(@sequence::regclass) FROM generate_series(1, @count)");
            command.Parameters.AddWithValue("sequence", sequence);
            command.Parameters.AddWithValue("count", count);
            var drawn = new List<long>(count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                drawn.Add(reader.GetInt64(0));
            }

            drawn.Sort();
            return (IReadOnlyList<long>)drawn;
        }, cancellationToken);

    /// <summary>Runs <paramref name="use"/> on the year's sequence, creating the sequence first if it does not exist yet.</summary>
    private async Task<T> OnSequence<T>(string series, int year, Func<string, Task<T>> use, CancellationToken cancellationToken)
    {
        var sequence = SequenceName(series, year);
        try
        {
            return await use(sequence);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await CreateSequence(series, year, cancellationToken);
            return await use(sequence);
        }
    }

    /// <summary>
    /// Creates the year's sequence, continuing from the counter row that numbered the series before sequences did, so
    /// that no number is handed out twice across that change. Concurrent creators wait for each other on a lock.
    /// </summary>
    private async Task CreateSequence(string series, int year, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var serialize = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('dexflow.number_series'))", connection, transaction))
        {
            await serialize.ExecuteNonQueryAsync(cancellationToken);
        }

        long counted;
        await using (var counter = new NpgsqlCommand("SELECT coalesce(max(last_value), 0) FROM dexflow.number_series WHERE series = @series AND year = @year", connection, transaction))
        {
            counter.Parameters.AddWithValue("series", series);
            counter.Parameters.AddWithValue("year", year);
            counted = (long)(await counter.ExecuteScalarAsync(cancellationToken))!;
        }

        // DDL takes no parameters: the name is checked by SequenceName and the start is a number.
        var start = (counted + 1).ToString(CultureInfo.InvariantCulture);
        await using (var create = new NpgsqlCommand($"CREATE SEQUENCE IF NOT EXISTS {SequenceName(series, year)} START WITH {start} MINVALUE 1", connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string SequenceName(string series, int year) =>
        SeriesName().IsMatch(series) && year is >= 2000 and <= 9999
            ? string.Create(CultureInfo.InvariantCulture, $"dexflow.{series}_numbers_{year}")
            : throw new ArgumentException($"A series is lower-case letters and a year has four digits, not '{series}' {year}.");

    [GeneratedRegex("^[a-z]{1,30}$")]
    private static partial Regex SeriesName();
}
