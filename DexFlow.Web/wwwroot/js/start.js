// Starts the app in the user's language: the one chosen in DexFlow (kept in this browser), else the browser's own.
// A page rendered on the server takes it from a cookie, sent with the connection that starts the server's circuit; the
// WebAssembly runtime runs with invariant globalization, so there it is handed over as an environment variable that
// Program.cs turns into one of DexFlow's cultures (Localization/AppCultures.cs).
(() => {
    const chosen = localStorage.getItem('dexflow.culture');
    const culture = chosen || (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    document.documentElement.lang = culture.toLowerCase().startsWith('de') ? 'de' : 'en';
    document.cookie = `dexflow.culture=${encodeURIComponent(culture)}; path=/; SameSite=Strict; max-age=31536000`;
    Blazor.start({
        webAssembly: { configureRuntime: runtime => runtime.withEnvironmentVariable('DEXFLOW_CULTURE', culture) },
    });
})();
