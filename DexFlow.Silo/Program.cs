using DexFlow.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDexFlowSilo().AddDexFlowApiWhenEnabled();

var app = builder.Build();
app.MapDexFlowEndpoints();
app.LogStartupBanner();
app.Run();
