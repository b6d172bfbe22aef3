namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' price list. The editor binds to these, so they have settable properties; a draft is
// always a copy (Clone) of the version read.

/// <summary>What printing costs (domain.md §5); every publication is a new version.</summary>
public sealed record PriceList
{
    public List<Press> Presses { get; set; } = [];

    public List<PaperStock> PaperStocks { get; set; } = [];

    public decimal PlatePrice { get; set; }

    public int MakeReadyWasteSheetsPerPlate { get; set; }

    public decimal RunningWastePercent { get; set; }

    public List<FinishingOperation> Finishing { get; set; } = [];

    public decimal MarginPercent { get; set; }

    public decimal VatPercent { get; set; }

    public PrepaymentPolicy Prepayment { get; set; } = new();

    public List<int> PriceBreakFactors { get; set; } = [];

    public int PrepressMinutesPerPlate { get; set; }

    public int PackingMinutesPer1000 { get; set; }
}

public sealed record Press
{
    public string Name { get; set; } = "";

    public int MaxSheetWidthMm { get; set; }

    public int MaxSheetHeightMm { get; set; }

    public int PrintingUnits { get; set; }

    public int MakeReadyMinutesPerPlate { get; set; }

    public int SheetsPerHour { get; set; }

    public decimal HourlyRate { get; set; }
}

/// <summary>A paper stock: <see cref="Name"/> is the code order forms use, the description what people read.</summary>
public sealed record PaperStock
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public int Grammage { get; set; }

    public int SheetWidthMm { get; set; }

    public int SheetHeightMm { get; set; }

    public decimal PricePer1000 { get; set; }
}

public sealed record FinishingOperation
{
    public string Name { get; set; } = "";

    public string ResourceKind { get; set; } = "";

    public decimal SetupCost { get; set; }

    public decimal CostPer1000 { get; set; }

    public int UnitsPerHour { get; set; }

    public int SetupMinutes { get; set; }
}

/// <summary>When approval issues a prepayment invoice: new customers, or a net total above the threshold.</summary>
public sealed record PrepaymentPolicy
{
    public bool NewCustomers { get; set; }

    public decimal NetThreshold { get; set; }

    public decimal Percent { get; set; }
}

/// <summary>A published version of the price list (<see cref="PriceList"/> is left out of history listings).</summary>
public sealed record PriceListVersion(int Version, PriceList? PriceList, string PublishedBy, DateTimeOffset PublishedAt, string Comment);
