using System.Collections.Immutable;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Planning;

/// <summary>The list of resources; on first use it sets up <see cref="DemoResources"/> so that a new shop can plan at once.</summary>
public sealed class ResourceDirectoryGrain([PersistentState("resources", DexFlowStorage.Name)] IPersistentState<ResourceDirectoryState> directory)
    : Grain, IResourceDirectoryGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!directory.RecordExists)
        {
            foreach (var (id, settings) in DemoResources.All)
            {
                await Store(Caller.System, id, settings);
            }
        }
    }

    public Task<ImmutableArray<ResourceView>> List(Caller caller)
    {
        caller.EnsureRole(ResourceGrain.Readers, "read resources");
        return Task.FromResult(directory.State.Resources);
    }

    public Task<ImmutableArray<ResourceView>> All() => Task.FromResult(directory.State.Resources);

    public async Task<ResourceView> Put(Caller caller, string id, ResourceSettings settings)
    {
        caller.EnsureRole(Roles.Administrator, "configure resources");
        ResourceRules.EnsureValid(id, settings);
        return await Store(caller, id, settings);
    }

    private async Task<ResourceView> Store(Caller caller, string id, ResourceSettings settings)
    {
        var view = await GrainFactory.GetGrain<IResourceGrain>(id).Configure(caller, settings);
        directory.State = directory.State with { Resources = [.. directory.State.Resources.Where(resource => resource.Id != id).Append(view).OrderBy(resource => resource.Id)] };
        await directory.WriteStateAsync();
        return view;
    }
}
