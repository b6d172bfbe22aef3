using System.Globalization;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Numbering;
using DexFlow.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>Order numbers from the year's sequence: unique and increasing from every silo at once, and never one the old counter row gave.</summary>
public sealed class OrderNumberingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Numbers_drawn_at_once_by_two_silos_are_unique_and_continue_where_the_counter_row_stopped()
    {
        // A database numbered by the counter row up to 500 this year, before sequences.
        await _database.Scalar<int>("INSERT INTO dexflow.number_series (series, year, last_value) VALUES (@series, 2031, 500) RETURNING 1",
            ("series", OrderNumbers.Series));
        var silos = new[] { new NumberSeries(_database.DataSource, TimeProvider.System), new NumberSeries(_database.DataSource, TimeProvider.System) };

        var drawn = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => silos[i % 2].Next(OrderNumbers.Series, 2031)));
        var nextYear = await silos[0].Next(OrderNumbers.Series, 2032);

        Assert.Equal(400, drawn.Distinct().Count());
        Assert.Equal(501, drawn.Min());
        // Busy silos draw blocks, so some numbers are held back, never more than a block per silo.
        Assert.True(drawn.Max() <= 500 + 400 + 2 * NumberReserve.LargestBlock, $"the highest number is {drawn.Max()}");
        Assert.Equal(1, nextYear);
    }

    [Fact]
    public async Task A_busy_silo_draws_numbers_in_blocks_and_a_quiet_one_hands_out_consecutive_numbers()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2034-03-01T08:00:00Z", CultureInfo.InvariantCulture));
        var busy = new NumberSeries(_database.DataSource, clock);
        var other = new NumberSeries(_database.DataSource, clock);

        // Drawn in quick succession, the blocks grow: 1, then 2-3, then 4-7, of which 6 and 7 are still held.
        var busyFirst = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            busyFirst.Add(await busy.Next(OrderNumbers.Series, 2034));
        }

        var othersFirst = await other.Next(OrderNumbers.Series, 2034);
        var busyHeld = new[] { await busy.Next(OrderNumbers.Series, 2034), await busy.Next(OrderNumbers.Series, 2034) };

        // A minute between creations: one number at a time, consecutive, nothing held back for a restart to lose.
        var quiet = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            quiet.Add(await busy.Next(OrderNumbers.Series, 2034));
        }

        Assert.Equal([1L, 2, 3, 4, 5], busyFirst);
        Assert.Equal(8, othersFirst);
        Assert.Equal([6L, 7], busyHeld);
        Assert.Equal([9L, 10, 11], quiet);
    }

    [Fact]
    public async Task Numbers_given_outside_the_series_are_skipped()
    {
        var series = new NumberSeries(_database.DataSource, TimeProvider.System);
        await series.Next(OrderNumbers.Series, 2033);

        await series.SkipPast(OrderNumbers.Series, 2033, 900);
        await series.SkipPast(OrderNumbers.Series, 2033, 10); // never back

        Assert.Equal(901, await series.Next(OrderNumbers.Series, 2033));
    }
}
