using CsCheck;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Pricing;

namespace DexFlow.Domain.Tests.Pricing;

/// <summary>What must hold for every order the demo price list can print, checked on generated specifications.</summary>
public sealed class EstimatorProperties
{
    private static readonly string[] Stocks = [.. DemoPriceList.PriceList.PaperStocks.Select(stock => stock.Name)];
    private static readonly string[] Operations = [.. DemoPriceList.PriceList.Finishing.Select(operation => operation.Name)];

    private static readonly Gen<PrintSpecification> Specifications =
        from width in Gen.Int[20, 420]
        from height in Gen.Int[20, 600]
        from quantity in Gen.Int[1, 200_000]
        from pages in Gen.Int[1, 64]
        from front in Gen.Int[0, 6]
        from back in Gen.Int[0, 6]
        from stock in Gen.OneOf(Stocks)
        from finishing in Gen.OneOf(Operations).Array[0, 3]
        where front + back > 0
        select new PrintSpecification(ProductType.Brochure, null, width, height, quantity, pages, front, back, stock, [.. finishing.Distinct()], null, null, null);

    private static Contracts.Pricing.Estimate Estimate(PrintSpecification spec) => Estimator.Estimate(spec, DemoPriceList.PriceList, 1, "EUR");

    [Fact]
    public void More_quantity_never_costs_less_in_total() =>
        Gen.Select(Specifications, Gen.Int[1, 50_000]).Sample((spec, more) =>
        {
            var smaller = Estimate(spec);
            var larger = Estimate(spec with { Quantity = spec.Quantity + more });
            Assert.True(larger.Net >= smaller.Net, $"{spec.Quantity + more} copies cost {larger.Net}, {spec.Quantity} cost {smaller.Net}");
            Assert.True(larger.Gross >= smaller.Gross);
        });

    [Fact]
    public void More_colours_never_need_fewer_plates() =>
        Gen.Select(Specifications, Gen.Int[1, 2]).Sample((spec, extra) =>
            Assert.True(Estimate(spec with { ColoursFront = spec.ColoursFront + extra }).Plates >= Estimate(spec).Plates));

    [Fact]
    public void The_totals_add_up_from_the_rounded_lines() =>
        Specifications.Sample(spec =>
        {
            var estimate = Estimate(spec);
            Assert.Equal(estimate.Lines.Sum(line => line.Amount), estimate.Subtotal);
            Assert.Equal(estimate.Subtotal + estimate.Margin, estimate.Net);
            Assert.Equal(estimate.Net + estimate.Vat, estimate.Gross);
            Assert.All(estimate.Lines, line => Assert.Equal(decimal.Round(line.Amount, 2), line.Amount));
        });

    [Fact]
    public void The_net_sheets_carry_every_page_of_every_copy() =>
        Specifications.Sample(spec =>
        {
            var estimate = Estimate(spec);
            var sides = spec.ColoursBack > 0 ? 2 : 1;
            var pages = Math.Max(spec.Pages!.Value, sides);
            Assert.True((long)estimate.NetSheets * estimate.NumberUp * sides >= (long)spec.Quantity!.Value * pages);
        });

    [Fact]
    public void Price_breaks_never_cost_less_than_the_order_itself() =>
        Specifications.Sample(spec =>
        {
            var estimate = Estimate(spec);
            Assert.All(estimate.PriceBreaks, priceBreak => Assert.True(priceBreak.Quantity > estimate.Quantity && priceBreak.Gross >= estimate.Gross));
        });
}
