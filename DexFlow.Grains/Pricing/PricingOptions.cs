namespace DexFlow.Grains.Pricing;

/// <summary>Pricing settings (<c>DexFlow:Pricing</c>).</summary>
public sealed class PricingOptions
{
    /// <summary>ISO 4217 code of the currency the price list, estimates and invoices are in.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>How often a silo looks for a newer price list: the longest it prices with a superseded one.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}
