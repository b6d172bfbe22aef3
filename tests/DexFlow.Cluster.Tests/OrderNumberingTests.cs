using DexFlow.Contracts.Orders;
using DexFlow.Grains.Numbering;
using DexFlow.Testing;

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
        var silos = new[] { new NumberSeries(_database.DataSource), new NumberSeries(_database.DataSource) };

        var drawn = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => silos[i % 2].Next(OrderNumbers.Series, 2031)));
        var nextYear = await silos[0].Next(OrderNumbers.Series, 2032);

        Assert.Equal(Enumerable.Range(501, 40).Select(number => (long)number), drawn.Order());
        Assert.Equal(1, nextYear);
    }

    [Fact]
    public async Task Numbers_given_outside_the_series_are_skipped()
    {
        var series = new NumberSeries(_database.DataSource);
        await series.Next(OrderNumbers.Series, 2033);

        await series.SkipPast(OrderNumbers.Series, 2033, 900);
        await series.SkipPast(OrderNumbers.Series, 2033, 10); // never back

        Assert.Equal(901, await series.Next(OrderNumbers.Series, 2033));
    }
}
