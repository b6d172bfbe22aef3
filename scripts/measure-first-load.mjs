// Measures the web application's first load with a cold cache, as docs/ui.md reports it: a new headless Chromium
// profile opens the given address and the time until the sign-in form (#user-name) is there is printed, with the bytes
// that crossed the wire. Needs Node 20 with --experimental-websocket (the DevTools protocol is spoken directly, so
// nothing is installed):
//   node --experimental-websocket scripts/measure-first-load.mjs http://127.0.0.1:8080/sign-in [v]
// 'v' also lists every request: name, start and end (ms since navigation), transferred bytes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, verbose] = process.argv.slice(2);
if (!url) {
  console.error('usage: node --experimental-websocket scripts/measure-first-load.mjs <address of the sign-in page> [v]');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'dexflow-first-load-'));
const port = 9300 + Math.floor(Math.random() * 500);
const chromium = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, '--no-first-run', 'about:blank'], { stdio: 'ignore' });
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

try {
  let targets;
  for (let attempt = 0; attempt < 100 && !targets; attempt++) {
    try { targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json(); } catch { await sleep(100); }
  }

  const socket = new WebSocket(targets.find(target => target.type === 'page').webSocketDebuggerUrl);
  await new Promise(resolve => { socket.onopen = resolve; });
  let lastId = 0;
  const waiting = new Map();
  socket.onmessage = message => {
    const answer = JSON.parse(message.data);
    if (answer.id && waiting.has(answer.id)) { waiting.get(answer.id)(answer.result); waiting.delete(answer.id); }
  };
  const send = (method, params = {}) => new Promise(resolve => {
    const id = ++lastId;
    waiting.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });
  const evaluate = async expression => (await send('Runtime.evaluate', { expression, returnByValue: true })).result.value;

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

  socket.close();
} finally {
  chromium.kill();
  await sleep(200);
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // A Chromium child process may still be writing its cache: a temporary profile left behind does no harm.
  }
}
