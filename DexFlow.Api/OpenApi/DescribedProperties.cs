using System.ComponentModel;
using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DexFlow.Api.OpenApi;

/// <summary>
/// Properties that take codes or names from a closed set (price-list codes, rule facts and operators) say which, with a
/// <see cref="DescriptionAttribute"/> on the contract; this puts that text into their schema.
/// </summary>
public sealed class DescribedProperties : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema described && context.MemberInfo?.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            described.Description = description.Description;
        }
    }
}
