using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Numbering;

namespace DexFlow.Testing;

/// <summary>The orders the documents of both development sets refer to (their truth's attach_to_order routes), made for the demo manager.</summary>
public static partial class SampleOrders
{
    public static readonly Caller Manager = new("manager", "Mia Manager", Roles.Manager);

    public static IReadOnlyList<string> Numbers { get; } = SharedData.Files(SharedData.Samples, "*.truth.json", SearchOption.AllDirectories)
        .Concat(SharedData.Files(SharedData.SamplesHard, "*.truth.json", SearchOption.AllDirectories))
        .SelectMany(path => Referenced().Matches(File.ReadAllText(path)).Select(match => match.Groups[1].Value))
        .Distinct()
        .Order()
        .ToArray();

    /// <summary>
    /// Makes the orders under their sample numbers, and moves the order number series past them so that orders created
    /// later never draw one of those numbers.
    /// </summary>
    public static async Task Create(IGrainFactory grains, TestDatabase database)
    {
        foreach (var number in Numbers)
        {
            var draft = new OrderDraft(new CustomerDetails("Sample customer " + number, null, null, null, null, null), PrintSpecification.Empty);
            await grains.GetGrain<IOrderGrain>(number).Create(Manager, draft, null);
        }

        var series = new NumberSeries(database.DataSource, TimeProvider.System);
        foreach (var year in Numbers.GroupBy(number => int.Parse(number[..4])))
        {
            await series.SkipPast(OrderNumbers.Series, year.Key, year.Max(number => long.Parse(number[5..])));
        }
    }

    [GeneratedRegex("attach_to_order:(20[0-9]{2}-[0-9]{6})")]
    private static partial Regex Referenced();
}
