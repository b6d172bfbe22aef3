using DexFlow.Api;
using DexFlow.Api.Cluster;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddFilter("Orleans", LogLevel.Warning).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.AddDexFlowClusterClient();
builder.AddDexFlowApi();

var app = builder.Build();
app.MapDexFlowApi();
app.Run();
