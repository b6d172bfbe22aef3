using System.Net;
using DexFlow.Contracts.Errors;
using DexFlow.Grains.Events;
using DexFlow.Grains.Webhooks;

namespace DexFlow.Domain.Tests.Webhooks;

public sealed class WebhookRulesTests
{
    [Theory]
    [InlineData("203.0.113.9", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2001:db8::1", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.10.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:203.0.113.9", true)]
    [InlineData("64:ff9b::a00:1", false)]
    public void Only_public_addresses_are_reached_without_the_operators_leave(string address, bool isPublic) =>
        Assert.Equal(isPublic, WebhookHosts.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_host_operators_allowed_is_reached_on_any_address_and_others_only_on_public_ones()
    {
        var hosts = new WebhookHosts(new WebhookOptions { AllowedHosts = ["127.0.0.1:8080", "10.0.0.5"] });

        Assert.Equal([IPAddress.Loopback], await hosts.Addresses("127.0.0.1", 8080, CancellationToken.None));
        Assert.Empty(await hosts.Addresses("127.0.0.1", 8081, CancellationToken.None));
        Assert.Single(await hosts.Addresses("10.0.0.5", 443, CancellationToken.None));
        Assert.Empty(await hosts.Addresses("10.0.0.6", 443, CancellationToken.None));
        Assert.Single(await hosts.Addresses("203.0.113.9", 443, CancellationToken.None));
    }

    [Fact]
    public void Retries_wait_twice_as_long_each_time_up_to_the_cap_with_jitter_between_half_and_all_of_the_wait()
    {
        var schedule = new RetrySchedule(new WebhookOptions { FirstRetryAfter = TimeSpan.FromSeconds(10), MaxRetryInterval = TimeSpan.FromMinutes(1) });

        Assert.Equal(TimeSpan.FromSeconds(5), schedule.After(1, 0));
        Assert.Equal(TimeSpan.FromSeconds(10), schedule.After(1, 1));
        Assert.Equal(TimeSpan.FromSeconds(20), schedule.After(2, 1));
        Assert.Equal(TimeSpan.FromSeconds(40), schedule.After(3, 1));
        Assert.Equal(TimeSpan.FromMinutes(1), schedule.After(4, 1));
        Assert.Equal(TimeSpan.FromMinutes(1), schedule.After(400, 1));
        Assert.InRange(schedule.After(3, 0.5), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40));
    }

    [Fact]
    public void A_delivery_is_given_up_when_its_next_attempt_would_fall_after_the_retry_window()
    {
        var schedule = new RetrySchedule(new WebhookOptions { RetryFor = TimeSpan.FromDays(1) });
        var made = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

        Assert.False(schedule.GivesUp(made, made.AddHours(23)));
        Assert.True(schedule.GivesUp(made, made.AddHours(24).AddSeconds(1)));
    }

    [Fact]
    public void The_signature_is_the_hmac_of_the_time_and_the_body_under_the_secret()
    {
        // The expected value was computed with: printf '%s' '1733220000.{"id":1}' | openssl dgst -sha256 -hmac whsec_test
        var signature = WebhookSignature.Sign("whsec_test", DateTimeOffset.FromUnixTimeSeconds(1733220000), """{"id":1}""");

        Assert.Equal("t=1733220000,v1=62fa2426cbe1f0c54d13659a09fc6a31206c08d0ad4e03120d2ab37ecefa735c", signature);
        Assert.NotEqual(WebhookSignature.NewSecret(), WebhookSignature.NewSecret());
        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", WebhookSignature.NewSecret());
    }

    [Fact]
    public void Event_types_name_a_kind_and_an_action_a_whole_kind_or_everything()
    {
        Assert.Equal(["Order.RejectQa", "Parcel.*"], EventTypes.Check(["Order.RejectQa", "Parcel.*", "Order.RejectQa"]).ToArray());
        Assert.Equal("eventTypes", Assert.Single(Assert.Throws<ValidationException>(() => EventTypes.Check(["Order.Explode"])).Errors.Keys));
        Assert.Throws<ValidationException>(() => EventTypes.Check(["Parcel.RouteToClerk"]));
        Assert.Throws<ValidationException>(() => EventTypes.Check([]));

        Assert.True(EventTypes.Wants(["Order.*"], "Order.RejectQa"));
        Assert.False(EventTypes.Wants(["Order.*"], "Parcel.Route"));
        Assert.False(EventTypes.Wants(["Order.Reject"], "Order.RejectQa"));
        Assert.True(EventTypes.Wants(["*"], "Webhook.Disable"));
    }
}
