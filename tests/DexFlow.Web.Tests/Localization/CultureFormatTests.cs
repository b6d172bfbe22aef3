using System.Globalization;
using DexFlow.Web.Localization;

namespace DexFlow.Web.Tests.Localization;

/// <summary>Dates, times and amounts as a German and an English user read them, whatever the browser's zone.</summary>
public sealed class CultureFormatTests : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentCulture;

    [Theory]
    [InlineData("de-DE", "30.11.2026", "1.234.567,50 EUR", "30.11.2026 07:05")]
    [InlineData("de", "30.11.2026", "1.234.567,50 EUR", "30.11.2026 07:05")]
    [InlineData("en-GB", "30/11/2026", "1,234,567.50 EUR", "30/11/2026 07:05")]
    [InlineData("en-US", "30/11/2026", "1,234,567.50 EUR", "30/11/2026 07:05")]
    [InlineData(null, "30/11/2026", "1,234,567.50 EUR", "30/11/2026 07:05")]
    public void Dates_and_amounts_follow_the_users_language_and_moments_are_shown_at_shop_time(string? requested, string day, string amount, string moment)
    {
        CultureInfo.CurrentCulture = AppCultures.For(requested);

        Assert.Equal(day, Dates.Day(new DateOnly(2026, 11, 30)));
        Assert.Equal(amount, Amounts.Format(1_234_567.5m, "EUR"));
        // 08:05 in Berlin is 07:05 shop time (UTC), however the moment arrived.
        Assert.Equal(moment, Dates.Moment(new DateTimeOffset(2026, 11, 30, 8, 5, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void German_month_and_day_names_are_german()
    {
        CultureInfo.CurrentCulture = AppCultures.For("de-AT");

        Assert.Equal("Montag, 30. November 2026", new DateOnly(2026, 11, 30).ToString("D", CultureInfo.CurrentCulture));
        Assert.Equal("März", new DateOnly(2026, 3, 1).ToString("MMMM", CultureInfo.CurrentCulture));
        Assert.Equal("de", CultureInfo.CurrentCulture.Name);
    }

    [Fact]
    public void Nothing_to_show_stays_empty()
    {
        Assert.Equal("", Dates.Day(null));
        Assert.Equal("", Dates.Moment(null));
        Assert.Equal("", Amounts.Format(null, "EUR"));
    }

    public void Dispose() => CultureInfo.CurrentCulture = before;
}
