using Bunit;
using MudBlazor;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// A component context with MudBlazor's popover provider rendered, where selects show their options.
/// </summary>
public abstract class PopoverTestContext : ComponentTestContext
{
    private IRenderedComponent<MudPopoverProvider>? popovers;

    /// <summary>What the open popovers show (a select's options).</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers => popovers ??= Render<MudPopoverProvider>();

    public override Task InitializeAsync()
    {
        _ = Popovers;
        return Task.CompletedTask;
    }
}
