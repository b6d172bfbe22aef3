using System.Globalization;

namespace DexFlow.Web.Localization;

/// <summary>
/// The languages DexFlow speaks and how each writes dates and numbers. The app runs with invariant globalization (no
/// ICU data to download and load at start), so the two cultures' formats are set here, in one place, rather than taken
/// from ICU. They are neutral cultures ("de", not "de-DE"): under invariant globalization a culture's parent is the
/// invariant one, so only the neutral name finds the texts of <c>Strings.de.resx</c>.
/// </summary>
public static class AppCultures
{
    /// <summary>
    /// Where the user's choice is kept in the browser (read by <c>js/start.js</c> before the app starts), and the name of
    /// the cookie that carries it to a server rendering the app.
    /// </summary>
    public const string StorageKey = "dexflow.culture";

    /// <summary>The environment variable <c>js/start.js</c> hands the chosen culture in.</summary>
    public const string EnvironmentVariable = "DEXFLOW_CULTURE";

    public static IReadOnlyList<AppLanguage> Languages { get; } = [new("en", "English"), new("de", "Deutsch")];

    /// <summary>The supported culture nearest to <paramref name="requested"/> (a choice, or the browser's language): German for any "de", else English.</summary>
    public static CultureInfo For(string? requested) =>
        requested is not null && requested.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? German() : English();

    private static CultureInfo English()
    {
        var culture = new CultureInfo("en");
        culture.NumberFormat.NumberDecimalSeparator = ".";
        culture.NumberFormat.NumberGroupSeparator = ",";
        culture.NumberFormat.PercentPositivePattern = 1; // 65%
        culture.NumberFormat.PercentNegativePattern = 1;
        var dates = culture.DateTimeFormat;
        dates.ShortDatePattern = "dd/MM/yyyy";
        dates.LongDatePattern = "dddd, d MMMM yyyy";
        dates.ShortTimePattern = "HH:mm";
        dates.LongTimePattern = "HH:mm:ss";
        dates.FirstDayOfWeek = DayOfWeek.Monday;
        return culture;
    }

    private static CultureInfo German()
    {
        var culture = new CultureInfo("de");
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = ".";
        culture.NumberFormat.PercentPositivePattern = 0; // 65 %
        culture.NumberFormat.PercentNegativePattern = 0;
        var dates = culture.DateTimeFormat;
        dates.DayNames = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
        dates.AbbreviatedDayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
        dates.ShortestDayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
        dates.MonthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", ""];
        dates.AbbreviatedMonthNames = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", ""];
        dates.MonthGenitiveNames = dates.MonthNames;
        dates.AbbreviatedMonthGenitiveNames = dates.AbbreviatedMonthNames;
        dates.ShortDatePattern = "dd.MM.yyyy";
        dates.LongDatePattern = "dddd, d. MMMM yyyy";
        dates.ShortTimePattern = "HH:mm";
        dates.LongTimePattern = "HH:mm:ss";
        dates.FirstDayOfWeek = DayOfWeek.Monday;
        return culture;
    }
}

/// <summary>A language the user can choose, named in itself.</summary>
public sealed record AppLanguage(string Culture, string Name);
