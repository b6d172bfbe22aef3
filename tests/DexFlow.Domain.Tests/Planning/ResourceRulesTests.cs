using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Planning;

namespace DexFlow.Domain.Tests.Planning;

public sealed class ResourceRulesTests
{
    [Fact]
    public void A_calendar_whose_periods_overlap_or_that_lacks_its_holidays_is_refused()
    {
        var calendar = new WorkingCalendar(
            [new WorkingHours(DayOfWeek.Monday, new TimeOnly(6, 0), new TimeOnly(14, 0)), new WorkingHours(DayOfWeek.Monday, new TimeOnly(13, 0), new TimeOnly(22, 0)),
             new WorkingHours((DayOfWeek)9, new TimeOnly(6, 0), new TimeOnly(7, 0))],
            default);

        var problems = Assert.Throws<ValidationException>(() => ResourceRules.EnsureValid("Press 1", new ResourceSettings("", "press", calendar))).Errors;

        Assert.Equal(["calendar.holidays", "calendar.hours", "calendar.hours[2].day", "id", "name"], problems.Keys.Order());
        Assert.Contains("Monday overlap", problems["calendar.hours"][0]);
    }

    [Fact]
    public void The_demo_shop_is_valid()
    {
        foreach (var (id, settings) in DemoResources.All)
        {
            ResourceRules.EnsureValid(id, settings);
        }
    }
}
