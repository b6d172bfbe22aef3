using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Pricing;

/// <summary>What a price list must hold before it is published; every problem is named with its path.</summary>
public static class PriceListRules
{
    public static void EnsureValid(PriceList? prices)
    {
        var problems = new Problems();
        void Positive(string field, decimal value) { if (value <= 0) problems.Add(field, "Must be greater than 0."); }
        void NotNegative(string field, decimal value) { if (value < 0) problems.Add(field, "Must not be negative."); }
        void Unique(string field, IEnumerable<string?> names)
        {
            foreach (var duplicate in names.Where(name => name is not null).GroupBy(name => name!.Trim(), StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
            {
                problems.Add(field, $"'{duplicate.Key}' is listed more than once.");
            }
        }

        if (prices is null)
        {
            throw ValidationException.For("priceList", "Required.");
        }

        if (prices.Presses.IsDefaultOrEmpty) problems.Add("presses", "At least one press.");
        if (prices.PaperStocks.IsDefaultOrEmpty) problems.Add("paperStocks", "At least one paper stock.");
        if (prices.Finishing.IsDefault) problems.Add("finishing", "Required (it may be empty).");
        if (prices.PriceBreakFactors.IsDefault) problems.Add("priceBreakFactors", "Required (it may be empty).");
        void NoNulls<T>(string field, ImmutableArray<T> items)
        {
            for (var i = 0; i < (items.IsDefault ? 0 : items.Length); i++)
            {
                if (items[i] is null) problems.Add($"{field}[{i}]", "Required.");
            }
        }

        NoNulls("presses", prices.Presses);
        NoNulls("paperStocks", prices.PaperStocks);
        NoNulls("finishing", prices.Finishing);
        problems.ThrowIfAny();
        var presses = prices.Presses.IsDefault ? [] : prices.Presses;
        for (var i = 0; i < presses.Length; i++)
        {
            var press = presses[i];
            problems.Required($"presses[{i}].name", press.Name);
            Positive($"presses[{i}].maxSheetWidthMm", press.MaxSheetWidthMm);
            Positive($"presses[{i}].maxSheetHeightMm", press.MaxSheetHeightMm);
            Positive($"presses[{i}].printingUnits", press.PrintingUnits);
            NotNegative($"presses[{i}].makeReadyMinutesPerPlate", press.MakeReadyMinutesPerPlate);
            Positive($"presses[{i}].sheetsPerHour", press.SheetsPerHour);
            NotNegative($"presses[{i}].hourlyRate", press.HourlyRate);
        }

        var stocks = prices.PaperStocks.IsDefault ? [] : prices.PaperStocks;
        for (var i = 0; i < stocks.Length; i++)
        {
            var stock = stocks[i];
            problems.Required($"paperStocks[{i}].name", stock.Name);
            problems.Required($"paperStocks[{i}].description", stock.Description);
            Positive($"paperStocks[{i}].grammage", stock.Grammage);
            Positive($"paperStocks[{i}].sheetWidthMm", stock.SheetWidthMm);
            Positive($"paperStocks[{i}].sheetHeightMm", stock.SheetHeightMm);
            NotNegative($"paperStocks[{i}].pricePer1000", stock.PricePer1000);
        }

        var finishing = prices.Finishing.IsDefault ? [] : prices.Finishing;
        for (var i = 0; i < finishing.Length; i++)
        {
            var operation = finishing[i];
            problems.Required($"finishing[{i}].name", operation.Name);
            problems.Required($"finishing[{i}].resourceKind", operation.ResourceKind);
            NotNegative($"finishing[{i}].setupCost", operation.SetupCost);
            NotNegative($"finishing[{i}].costPer1000", operation.CostPer1000);
            Positive($"finishing[{i}].unitsPerHour", operation.UnitsPerHour);
            NotNegative($"finishing[{i}].setupMinutes", operation.SetupMinutes);
        }

        Unique("presses", presses.Select(press => press.Name));
        Unique("paperStocks", stocks.Select(stock => stock.Name));
        Unique("finishing", finishing.Select(operation => operation.Name));
        NotNegative("platePrice", prices.PlatePrice);
        NotNegative("makeReadyWasteSheetsPerPlate", prices.MakeReadyWasteSheetsPerPlate);
        if (prices.RunningWastePercent is < 0 or > 100) problems.Add("runningWastePercent", "Between 0 and 100.");
        if (prices.MarginPercent is < 0 or > 1000) problems.Add("marginPercent", "Between 0 and 1000.");
        if (prices.VatPercent is < 0 or > 100) problems.Add("vatPercent", "Between 0 and 100.");
        if (prices.Prepayment is null) problems.Add("prepayment", "Required.");
        else
        {
            NotNegative("prepayment.netThreshold", prices.Prepayment.NetThreshold);
            if (prices.Prepayment.Percent is <= 0 or > 100) problems.Add("prepayment.percent", "Greater than 0, at most 100.");
        }

        if (!prices.PriceBreakFactors.IsDefault && prices.PriceBreakFactors.Any(factor => factor is < 2 or > 1000))
        {
            problems.Add("priceBreakFactors", "Each factor multiplies the quantity: between 2 and 1000.");
        }

        NotNegative("prepressMinutesPerPlate", prices.PrepressMinutesPerPlate);
        NotNegative("packingMinutesPer1000", prices.PackingMinutesPer1000);
        problems.ThrowIfAny();
    }
}
