using DexFlow.Api.WebApp;

namespace DexFlow.Api.Tests;

/// <summary>Pages rendered by the API call it over loopback at the address it listens on, whatever form that address takes.</summary>
public sealed class LoopbackApiTests
{
    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080")]
    [InlineData("http://*:80", "http://127.0.0.1:80")]
    [InlineData("http://[::]:8080", "http://[::1]:8080")]
    [InlineData("http://127.0.0.1:45711", "http://127.0.0.1:45711")]
    [InlineData("http://localhost:8080", "http://localhost:8080")]
    [InlineData("https://dexflow.example:443", "https://dexflow.example:443")]
    public void A_wildcard_listening_address_is_called_on_loopback_and_any_other_as_it_is(string listening, string called)
    {
        Assert.Equal(called, LoopbackApi.Loopback(listening));
    }
}
