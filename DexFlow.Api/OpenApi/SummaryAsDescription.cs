using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DexFlow.Api.OpenApi;

/// <summary>
/// Every operation's summary is written once, at its mapping; an operation with nothing more to say is described by
/// it too, so that generated clients document every method.
/// </summary>
public sealed class SummaryAsDescription : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (string.IsNullOrWhiteSpace(operation.Description))
        {
            operation.Description = operation.Summary;
        }
    }
}
