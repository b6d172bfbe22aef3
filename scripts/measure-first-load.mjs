// Measures the web application's first load with a cold cache, as docs/ui.md reports it: a new headless Chromium
// profile opens the given address and the time until the sign-in form (#user-name) is there is printed, with the bytes
// that crossed the wire. Needs Node 20 with --experimental-websocket (the DevTools protocol is spoken directly, so
// nothing is installed):
//   node --experimental-websocket scripts/measure-first-load.mjs http://127.0.0.1:8080/sign-in [v]
// 'v' also lists every request: name, start and end (ms since navigation), transferred bytes.
import { openPage, sleep } from './lib/headless-chromium.mjs';

const [url, verbose] = process.argv.slice(2);
if (!url) {
  console.error('usage: node --experimental-websocket scripts/measure-first-load.mjs <address of the sign-in page> [v]');
  process.exit(2);
}

const { send, evaluate, close } = await openPage('first-load');
try {
  await send('Page.enable');
  const started = Date.now();
  await send('Page.navigate', { url });
  while (!(await evaluate("!!document.querySelector('#user-name')"))) {
    if (Date.now() - started > 60_000) throw new Error('no sign-in form after 60 s');
    await sleep(20);
  }

  const elapsed = Date.now() - started;
  const requests = JSON.parse(await evaluate(`JSON.stringify([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .map(entry => [entry.name.split('/').pop(), Math.round(entry.startTime), Math.round(entry.responseEnd), entry.transferSize || 0]))`));
  const bytes = requests.reduce((sum, request) => sum + request[3], 0);
  console.log(`until the sign-in form: ${elapsed} ms; ${(bytes / 1024).toFixed(0)} KiB transferred in ${requests.length} requests`);
  if (verbose === 'v') {
    for (const request of requests) console.log(request.join('\t'));
  }
} finally {
  await close();
}
