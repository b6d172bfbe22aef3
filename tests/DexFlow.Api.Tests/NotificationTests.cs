using System.Diagnostics;
using System.Net;
using DexFlow.Grains.Notifications;
using DexFlow.Testing;
using MimeKit;
using Xunit.Abstractions;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// What concerns people reaches them by e-mail through a real SMTP server, read back over IMAP: each event once, only
/// to whom the rules name and who may see it, at once or gathered in a digest, never what they muted.
/// </summary>
public sealed class NotificationTests(NotificationFixture fixture, ITestOutputHelper output) : IClassFixture<NotificationFixture>
{
    [Fact]
    public async Task A_qa_rejection_is_mailed_once_to_the_orders_manager_with_its_reasons_and_a_link_and_to_nobody_else()
    {
        var manager = await LogIn("manager");
        var number = await Create(manager, "Mailed Rejection AG");
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview", "review");
        await Json(await (await LogIn("accountant")).Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await Json(await (await LogIn("qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Reject", reasons = new[] { "Bleed missing" } }),
            HttpStatusCode.OK);
        var rejected = Stopwatch.StartNew();

        var mail = await Eventually.Get(() => About("manager", number), found => found.Length > 0, "the manager's e-mail about the rejection");
        output.WriteLine($"The rejection was in the manager's mailbox {rejected.ElapsedMilliseconds} ms after its answer.");
        var message = Assert.Single(mail);
        Assert.Equal($"[DexFlow] Order {number}: rejected by QA", message.Subject);
        Assert.Equal(("Mia Manager", $"manager@{NotificationFixture.Domain}"), (message.To.Mailboxes.Single().Name, message.To.Mailboxes.Single().Address));
        Assert.Contains("Bleed missing", Text(message));
        Assert.Contains($"{NotificationFixture.WebAddress}/orders/{number}", Text(message));
        Assert.Contains("Quinn Inspector", Text(message));
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);

        // The rejection was for the manager alone: not the QA inspector who made it, not another manager, not the administrators.
        foreach (var other in new[] { "qa", "manager2", "admin", "accountant" })
        {
            Assert.Empty(await About(other, number));
        }

        Assert.Single(await About("manager", number));
    }

    [Fact]
    public async Task A_digest_gathers_what_waited_for_its_hour_into_one_message_and_a_muted_type_is_not_mailed()
    {
        // The digest goes at midnight UTC: a test started shortly before would see it go by itself (the rows must be made
        // more than the two minutes before it that Waiting asks for).
        var untilDigest = NotificationRules.NextDigest(DateTimeOffset.UtcNow, NotificationFixture.DigestEvery) - DateTimeOffset.UtcNow;
        if (untilDigest < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(untilDigest + TimeSpan.FromSeconds(1));
        }

        var manager = await LogIn("manager2");
        await Json(await manager.Put("/api/me/notifications", new { digest = true, muted = Array.Empty<string>() }), HttpStatusCode.OK);
        var accountant = await LogIn("accountant");
        var numbers = new List<string>();
        foreach (var customer in new[] { "Digest One GmbH", "Digest Two GmbH" })
        {
            var number = await Create(manager, customer);
            await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
            await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview", "review");
            await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Reject", reasons = new[] { "Price list outdated" } }),
                HttpStatusCode.OK);
            numbers.Add(number);
        }

        // Both wait for the digest hour; nothing is mailed before it.
        await Eventually.Get(() => Waiting("manager2"), waiting => waiting >= 2, "both rejections to wait for the digest");
        Assert.DoesNotContain(await fixture.Inbox("manager2"), message => numbers.Any(number => Text(message).Contains(number, StringComparison.Ordinal)));
        await BringDigestHourForward("manager2");

        var digest = await Eventually.Get(async () => (await fixture.Inbox("manager2")).Where(message => numbers.All(number => Text(message).Contains(number, StringComparison.Ordinal))).ToArray(),
            found => found.Length > 0, "one message with both rejections");
        Assert.Equal("[DexFlow] 2 updates", Assert.Single(digest).Subject);
        Assert.Contains("rejected by accounting", Text(digest[0]));

        // Muted, a rejection makes no notification at all.
        await Json(await manager.Put("/api/me/notifications", new { digest = false, muted = new[] { "Order.RejectAccounting" } }), HttpStatusCode.OK);
        var muted = await Create(manager, "Muted Rejection SA");
        await Json(await manager.Post($"/api/orders/{muted}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{muted}"), order => order["stage"]!.GetValue<string>() == "InReview", "review");
        await Json(await accountant.Post($"/api/orders/{muted}/accounting-review", new { decision = "Reject", reasons = new[] { "Muted" } }), HttpStatusCode.OK);
        await Eventually.Get(() => NotifierPassed(muted, "RejectAccounting"), passed => passed, "the notifier to read past the muted rejection");
        Assert.Equal(0, await NotificationsAbout("manager2", muted));
        var settings = await manager.GetJson("/api/me/notifications");
        Assert.Equal("Order.RejectAccounting", settings["muted"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missed_review_deadline_reaches_accounting_qa_and_the_administrators_live_and_by_e_mail_and_not_the_planners()
    {
        var manager = await LogIn("manager");
        await using var accountants = await EventStreamClient.Connect(await LogIn("accountant"));
        var number = await Create(manager, "Missed Deadline KG");
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        await Eventually.Get(() => manager.GetJson($"/api/orders/{number}"), order => order["stage"]!.GetValue<string>() == "InReview", "review");

        // Five days on, the review's two working days are past whatever the weekday.
        fixture.DeadlineClock.Advance(TimeSpan.FromDays(5));

        var breach = await accountants.WaitFor((type, data) => type == "Order.FlagDeadline" && data["subject"]!.GetValue<string>() == number,
            "the accountants to hear of the breach live");
        Assert.Equal("InReview", breach.Data["stage"]!.GetValue<string>());
        foreach (var told in new[] { "accountant", "qa", "admin" })
        {
            var mail = await Eventually.Get(() => About(told, number), found => found.Length > 0, $"{told} to be mailed the breach");
            Assert.Equal($"[DexFlow] Order {number}: deadline missed", Assert.Single(mail).Subject);
        }

        Assert.Empty(await About("planner", number));
        Assert.Empty(await About("manager", number));
    }

    [Fact]
    public async Task A_parcel_waiting_too_long_is_mailed_to_the_clerks_with_a_link_to_the_indexing_station()
    {
        var admin = await LogIn("admin");
        var location = (await admin.Upload("/api/parcels", [("unreadable.png", TestImages.BlankPng(1240, 1754))])).Headers.Location!.OriginalString;
        var parcel = (await admin.GetJson(location))["id"]!.GetValue<string>();

        var mail = await Eventually.Get(() => About("clerk", parcel), found => found.Length > 0, "the clerk's e-mail about the waiting parcel");
        Assert.Equal($"[DexFlow] Parcel {parcel}: waiting for a clerk too long", Assert.Single(mail).Subject);
        Assert.Contains($"{NotificationFixture.WebAddress}/indexing/{Uri.EscapeDataString(parcel)}", Text(mail[0]));
        Assert.Empty(await About("operator", parcel));
    }

    [Fact]
    public async Task Muting_a_type_that_does_not_exist_is_refused()
    {
        var refused = await Json(await (await LogIn("clerk")).Put("/api/me/notifications", new { digest = true, muted = new[] { "Parcel.Vanish" } }),
            HttpStatusCode.BadRequest);

        Assert.True(refused["errors"]!.AsObject().ContainsKey("muted"), refused.ToJsonString());
        // Who never chose gets each event at once, unless operators named their role busy (auditors, here).
        Assert.False((await (await LogIn("clerk")).GetJson("/api/me/notifications"))["digest"]!.GetValue<bool>());
        Assert.True((await (await LogIn("auditor")).GetJson("/api/me/notifications"))["digest"]!.GetValue<bool>());
    }

    private static string Text(MimeMessage message) => message.TextBody ?? "";

    private async Task<MimeMessage[]> About(string user, string number) =>
        [.. (await fixture.Inbox(user)).Where(message => (message.Subject ?? "").Contains(number, StringComparison.Ordinal))];

    private async Task<long> Waiting(string user)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT count(*) FROM dexflow.notifications WHERE user_id = (SELECT user_id FROM dexflow.users WHERE user_name = @user) AND status = 'Pending' AND send_after > created_at + interval '2 minutes'");
        command.Parameters.AddWithValue("user", user);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task BringDigestHourForward(string user)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            "UPDATE dexflow.notifications SET send_after = now() WHERE user_id = (SELECT user_id FROM dexflow.users WHERE user_name = @user) AND status = 'Pending'");
        command.Parameters.AddWithValue("user", user);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<bool> NotifierPassed(string number, string action)
    {
        await using var command = fixture.Database.DataSource.CreateCommand("""
            SELECT coalesce((SELECT (c.tx, c.id) >= (e.tx, e.id) FROM dexflow.event_cursors c, dexflow.events e
                             WHERE c.consumer = 'notifications' AND e.subject = @number AND e.action = @action), false)
            """);
        command.Parameters.AddWithValue("number", number);
        command.Parameters.AddWithValue("action", action);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> NotificationsAbout(string user, string number)
    {
        await using var command = fixture.Database.DataSource.CreateCommand("""
            SELECT count(*) FROM dexflow.notifications n JOIN dexflow.events e ON e.id = n.event_id
            WHERE n.user_id = (SELECT user_id FROM dexflow.users WHERE user_name = @user) AND e.subject = @number
            """);
        command.Parameters.AddWithValue("user", user);
        command.Parameters.AddWithValue("number", number);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> Create(DexFlowHttpClient manager, string customer) =>
        (await Json(await manager.Post("/api/orders", OrderForms.Complete(customer)), HttpStatusCode.Created))["number"]!.GetValue<string>();

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
