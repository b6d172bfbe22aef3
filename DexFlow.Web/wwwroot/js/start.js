// Starts the app in the user's language: the one chosen in DexFlow (kept in this browser), else the browser's own.
// The runtime runs with invariant globalization, so the choice is handed over as an environment variable and
// Program.cs turns it into one of DexFlow's cultures (Localization/AppCultures.cs).
(() => {
    const chosen = localStorage.getItem('dexflow.culture');
    const culture = chosen || (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    document.documentElement.lang = culture.toLowerCase().startsWith('de') ? 'de' : 'en';
    Blazor.start({ configureRuntime: runtime => runtime.withEnvironmentVariable('DEXFLOW_CULTURE', culture) });
})();
