using System.Collections.Immutable;
using DexFlow.Contracts.Planning;

namespace DexFlow.Grains.Planning;

[GenerateSerializer, Alias("dexflow.resource-directory-state")]
public sealed record ResourceDirectoryState
{
    [Id(0)] public ImmutableArray<ResourceView> Resources { get; init; } = [];
}
