using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Cluster.Tests;

/// <summary>The silo's reminder table: what Orleans relies on to keep, find and remove the reminders that resume work after a crash.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReminderTableContractTests(ClusterFixture fixture)
{
    private IReminderTable Table => fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();

    private static GrainId NewGrain() => GrainId.Create("parcel", $"p-{Guid.NewGuid():N}");

    private static ReminderEntry Entry(GrainId grain, string name, DateTime startAt) =>
        new() { GrainId = grain, ReminderName = name, StartAt = startAt, Period = TimeSpan.FromMinutes(5) };

    [Fact]
    public async Task A_reminder_is_kept_as_registered_and_each_change_gives_it_a_new_etag()
    {
        var grain = NewGrain();
        var startAt = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

        var first = await Table.UpsertRow(Entry(grain, "advance", startAt));
        var second = await Table.UpsertRow(Entry(grain, "advance", startAt.AddMinutes(1)));
        var read = await Table.ReadRow(grain, "advance");

        Assert.IsType<BatchedReminderTable>(Table);
        Assert.NotEqual(first, second);
        Assert.Equal((grain, "advance", startAt.AddMinutes(1), TimeSpan.FromMinutes(5), second),
            (read!.GrainId, read.ReminderName, read.StartAt, read.Period, read.ETag));
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Null(await Table.ReadRow(grain, "other"));
    }

    [Fact]
    public async Task A_reminder_is_removed_only_with_its_current_etag()
    {
        var grain = NewGrain();
        var stale = await Table.UpsertRow(Entry(grain, "advance", DateTime.UtcNow));
        var current = await Table.UpsertRow(Entry(grain, "advance", DateTime.UtcNow));

        Assert.False(await Table.RemoveRow(grain, "advance", stale!));
        Assert.NotNull(await Table.ReadRow(grain, "advance"));
        Assert.True(await Table.RemoveRow(grain, "advance", current!));
        Assert.Null(await Table.ReadRow(grain, "advance"));
        Assert.False(await Table.RemoveRow(grain, "advance", current!));
    }

    [Fact]
    public async Task A_grains_reminders_are_listed_and_found_in_the_ring_range_of_its_hash()
    {
        var grain = NewGrain();
        await Task.WhenAll(Table.UpsertRow(Entry(grain, "advance", DateTime.UtcNow)), Table.UpsertRow(Entry(grain, "deadline", DateTime.UtcNow)));
        var hash = grain.GetUniformHashCode();

        var own = await Table.ReadRows(grain);
        var range = await Table.ReadRows(hash - 1, hash);
        var wrapped = await Table.ReadRows(hash, hash - 1);

        Assert.Equal(["advance", "deadline"], own.Reminders.Select(entry => entry.ReminderName).Order());
        Assert.Equal(["advance", "deadline"], range.Reminders.Where(entry => entry.GrainId == grain).Select(entry => entry.ReminderName).Order());
        Assert.DoesNotContain(wrapped.Reminders, entry => entry.GrainId == grain);
    }
}
