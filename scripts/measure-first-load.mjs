// Measures the web application's first load with a cold cache, as docs/ui.md reports it: a new headless Chromium
// profile opens the given address and the time until the sign-in form (#user-name) is there is printed, with the bytes
// that crossed the wire and where the page runs (Server or WebAssembly). Needs Node 20 with --experimental-websocket
// (the DevTools protocol is spoken directly, so nothing is installed):
//   node --experimental-websocket scripts/measure-first-load.mjs http://127.0.0.1:8080/sign-in [v] [again]
// 'v' also lists every request: name, start and end (ms since navigation), transferred bytes.
// 'again' measures a later visit instead: the same profile opens the address a second time, once the first visit has
// fetched what it fetches in the background (Blazor notes the WebAssembly runtime as complete in local storage).
import { openPage, sleep } from './lib/headless-chromium.mjs';

const [url, ...options] = process.argv.slice(2);
if (!url) {
  console.error('usage: node --experimental-websocket scripts/measure-first-load.mjs <address of the sign-in page> [v] [again]');
  process.exit(2);
}

const { send, evaluate, close } = await openPage('first-load');

async function load() {
  const started = Date.now();
  await send('Page.navigate', { url });
  while (!(await evaluate("!!document.querySelector('#user-name')"))) {
    if (Date.now() - started > 60_000) throw new Error('no sign-in form after 60 s');
    await sleep(20);
  }

  return Date.now() - started;
}

try {
  await send('Page.enable');
  let elapsed = await load();
  if (options.includes('again')) {
    const waited = Date.now();
    // A page that runs in the browser from the start has the runtime once it is drawn; one run on the server in the
    // auto render mode fetches it in the background, and Blazor notes when it is complete; in the server render mode
    // nothing is fetched.
    const fetchingRuntime = "performance.getEntriesByType('resource').some(entry => entry.name.includes('/_framework/dotnet.'))";
    while (await evaluate(`document.querySelector('[data-renderer]')?.dataset.renderer === 'Server' && ${fetchingRuntime}
        && !localStorage.getItem('blazor-resource-hash:DexFlow.Web')`)) {
      if (Date.now() - waited > 60_000) throw new Error('the runtime was not complete 60 s after the first visit');
      await sleep(100);
    }

    await send('Page.navigate', { url: 'about:blank' });
    elapsed = await load();
  }

  const renderer = await evaluate("document.querySelector('[data-renderer]')?.dataset.renderer ?? 'unknown'");
  const requests = JSON.parse(await evaluate(`JSON.stringify([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .map(entry => [entry.name.split('/').pop(), Math.round(entry.startTime), Math.round(entry.responseEnd), entry.transferSize || 0]))`));
  const bytes = requests.reduce((sum, request) => sum + request[3], 0);
  console.log(`until the sign-in form: ${elapsed} ms; ${(bytes / 1024).toFixed(0)} KiB transferred in ${requests.length} requests; runs on ${renderer}`);
  if (options.includes('v')) {
    for (const request of requests) console.log(request.join('\t'));
  }
} finally {
  await close();
}
