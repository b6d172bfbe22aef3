using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Grains.Company;

public static class CompanyServiceCollectionExtensions
{
    /// <summary>The company profile, versioned, and the profile in force for invoices and plans.</summary>
    public static IServiceCollection AddCompany(this IServiceCollection services)
    {
        services.AddSingleton<CompanyProfileStore>();
        services.AddSingleton<CompanyProfiles>();
        return services;
    }
}
