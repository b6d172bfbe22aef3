using DexFlow.Contracts.Orders;
using DexFlow.Grains.Notifications;
using DexFlow.Testing;
using MimeKit;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>Every order created is mailed to the administrators, so that a test has many messages under way.</summary>
public sealed class NotificationCrashFixture : NotificationFixture
{
    protected override List<NotificationRule> Rules() => [new() { EventType = "Order.Create", To = ["Administrator"] }];
}

/// <summary>Kills the silo that sends notifications, so it has a cluster of its own.</summary>
public sealed class NotificationCrashTests(NotificationCrashFixture fixture) : IClassFixture<NotificationCrashFixture>
{
    [Fact]
    public async Task Every_event_is_mailed_when_the_notifiers_silo_dies_and_no_message_is_made_twice()
    {
        var desk = fixture.Client.GetGrain<IOrderDeskGrain>(0);
        var before = await Create(desk, 10);
        await Eventually.Get(() => Mentioned(before), mentioned => mentioned.Count >= 3, "the first messages to be sent");

        Assert.True(fixture.Cluster.TryGetGrainContext(fixture.Client.GetGrain<INotifierGrain>(0).GetGrainId(), out var notifier), "the notifier is active");
        await fixture.KillSilo(notifier!.Address.SiloAddress!);
        var after = await Create(desk, 10);

        // Its reminder brings the notifier back on the other silo; what it had claimed is due again after its lease.
        var all = before.Concat(after).ToArray();
        await Eventually.Get(() => Mentioned(all), mentioned => mentioned.Count == all.Length, "every order to be mailed", TimeSpan.FromMinutes(2));
        var counts = await Eventually.Get(() => Notifications(all), counts => counts.Sent == all.Length, "every notification to be settled", TimeSpan.FromMinutes(1));
        Assert.Equal(all.Length, counts.Rows);

        // Each order is in one message: a message under way when the silo died may arrive again, as the same message.
        var messages = await fixture.Inbox("admin");
        Assert.All(all, number => Assert.Single(messages.Where(message => Mentions(message, number)).Select(message => message.MessageId).Distinct()));
    }

    private async Task<HashSet<string>> Mentioned(IEnumerable<string> numbers)
    {
        var messages = await fixture.Inbox("admin");
        return [.. numbers.Where(number => messages.Any(message => Mentions(message, number)))];
    }

    private static bool Mentions(MimeMessage message, string number) => (message.TextBody ?? "").Contains($"Order {number}:", StringComparison.Ordinal);

    private async Task<(long Rows, long Sent)> Notifications(string[] numbers)
    {
        await using var command = fixture.Database.DataSource.CreateCommand("""
            SELECT count(*), count(*) FILTER (WHERE n.status = 'Sent')
            FROM dexflow.notifications n JOIN dexflow.events e ON e.id = n.event_id
            WHERE n.user_id = (SELECT user_id FROM dexflow.users WHERE user_name = 'admin') AND e.action = 'Create' AND e.subject = ANY (@numbers)
            """);
        command.Parameters.AddWithValue("numbers", numbers);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<string[]> Create(IOrderDeskGrain desk, int count)
    {
        var numbers = new string[count];
        for (var index = 0; index < count; index++)
        {
            numbers[index] = (await desk.Create(Mia, NewOrder(customer: "Notification Crash AG"), null)).Order.Number;
        }

        return numbers;
    }
}
