namespace DexFlow.Grains.Pricing;

/// <summary>The kinds of resource the estimate's processes run on; finishing operations name theirs in the price list.</summary>
public static class ResourceKinds
{
    public const string Prepress = "prepress";
    public const string Press = "press";
    public const string Packing = "packing";
}
