namespace DexFlow.Web.Tests.Components;

/// <summary>
/// For components with MudBlazor parts whose services only dispose asynchronously (a select's pointer-events service):
/// xUnit 2 disposes a test class synchronously, so the context is disposed asynchronously first, here.
/// </summary>
public abstract class AsyncComponentTestContext : ComponentTestContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
