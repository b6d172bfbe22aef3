using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>How a mailbox connection is secured, as the user's language names it (<c>MailSecurity{Security}</c>).</summary>
public static class ImapSecurityNames
{
    public static string MailSecurity(this IStringLocalizer<Strings> texts, ImapSecurity security) =>
        texts[$"MailSecurity{security}"] is { ResourceNotFound: false } name ? name.Value : security.ToString();
}
