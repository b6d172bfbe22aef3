using DexFlow.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace DexFlow.Api.WebApp;

/// <summary>
/// The language of the app's pages when this process renders them: the one <c>js/start.js</c> keeps in a cookie (the
/// person's choice, else their browser's language), else the request's Accept-Language. A circuit keeps the culture of
/// the connection that started it, so a change of language reloads the page (Localization/LanguageMenu.razor). The API
/// itself is left alone: its answers never depend on a reader's language.
/// </summary>
public static class WebAppCulture
{
    public static IApplicationBuilder UseDexFlowWebAppCulture(this IApplicationBuilder app)
    {
        var cultures = AppCultures.Languages.Select(language => AppCultures.For(language.Culture)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CustomRequestCultureProvider(context =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(AppCultures.For(Requested(context.Request)).Name)))],
        };
        return app.UseWhen(context => WebAppHosting.IsAppRequest(context.Request.Path), branch => branch.UseRequestLocalization(options));
    }

    private static string? Requested(HttpRequest request) =>
        request.Cookies[AppCultures.StorageKey] is { Length: > 0 } chosen
            ? chosen
            : request.GetTypedHeaders().AcceptLanguage.OrderByDescending(language => language.Quality ?? 1).FirstOrDefault()?.Value.Value;
}
