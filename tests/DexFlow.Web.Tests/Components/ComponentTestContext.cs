using System.Globalization;
using Bunit;
using DexFlow.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// A bUnit context with what the app's components need: MudBlazor's services, and English texts and formats. Disposed
/// asynchronously: some MudBlazor services (a select's) only dispose that way, and xUnit 2 disposes a test class
/// synchronously, so the context is disposed asynchronously first.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        // MudBlazor calls into its script for focus and sizes; the tests check markup, not those calls.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = AppCultures.For("en");
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
