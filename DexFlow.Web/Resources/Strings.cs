namespace DexFlow.Web.Resources;

/// <summary>The name pages ask <c>IStringLocalizer&lt;Strings&gt;</c> for; the texts are in Strings.resx (and, later, Strings.de.resx).</summary>
public sealed class Strings;
