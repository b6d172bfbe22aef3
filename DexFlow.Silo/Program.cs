using DexFlow.Api;
using DexFlow.Api.Health;
using DexFlow.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDexFlowSilo();
var hostsApi = builder.Configuration.GetValue<bool>("DexFlow:Api:Enabled");
if (hostsApi)
{
    builder.AddDexFlowApi();
}

var app = builder.Build();
if (hostsApi)
{
    app.MapDexFlowApi();
}
else
{
    app.MapDexFlowHealth();
}

app.LogStartupBanner(hostsApi);
app.Run();
