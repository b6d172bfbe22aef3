using DexFlow.Web.Auth.Oidc;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>Why a sign-in with the provider failed, in the user's language (<c>SignInFailure{Name}</c> in the resource files).</summary>
public static class SignInFailureNames
{
    public static string SignInFailure(this IStringLocalizer<Strings> texts, OidcFailure failure) => texts[$"SignInFailure{failure}"];
}
