using DexFlow.Contracts.Errors;
using DexFlow.Grains.Pricing;

namespace DexFlow.Domain.Tests.Pricing;

public sealed class PriceListRulesTests
{
    [Fact]
    public void The_demo_price_list_is_valid()
    {
        PriceListRules.EnsureValid(DemoPriceList.PriceList);
    }

    [Fact]
    public void Every_problem_of_a_broken_price_list_is_named_by_its_path()
    {
        var broken = DemoPriceList.PriceList with
        {
            Presses = [DemoPriceList.PriceList.Presses[0] with { SheetsPerHour = 0 }, null!],
            PaperStocks = [.. DemoPriceList.PriceList.PaperStocks, DemoPriceList.PriceList.PaperStocks[0]],
            Finishing = default,
            PriceBreakFactors = [1],
            VatPercent = 120m,
        };

        var problems = Assert.Throws<ValidationException>(() => PriceListRules.EnsureValid(broken)).Errors;

        Assert.Equal(["finishing", "presses[1]"], problems.Keys.Order());
        var second = Assert.Throws<ValidationException>(() => PriceListRules.EnsureValid(broken with { Presses = [broken.Presses[0]], Finishing = [] })).Errors;
        Assert.Equal(["paperStocks", "presses[0].sheetsPerHour", "priceBreakFactors", "vatPercent"], second.Keys.Order());
    }
}
