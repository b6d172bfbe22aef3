namespace DexFlow.Grains.Storage;

/// <summary>The name of the grain storage provider every DexFlow grain persists its state with.</summary>
public static class DexFlowStorage
{
    public const string Name = "dexflow";
}
