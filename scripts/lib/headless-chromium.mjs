// A page in Debian's headless Chromium with a new (cold) profile, driven over the DevTools protocol directly, so the
// measuring scripts need nothing installed. Needs Node 20 with --experimental-websocket.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Starts Chromium; `send` speaks the protocol, `evaluate` runs an expression in the page, `close` ends it all. */
export async function openPage(name, extraArguments = []) {
  const profile = mkdtempSync(join(tmpdir(), `dexflow-${name}-`));
  const port = 9300 + Math.floor(Math.random() * 500);
  const chromium = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    ...extraArguments, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, '--no-first-run', 'about:blank'],
    { stdio: 'ignore' });

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
    if (answer.id && waiting.has(answer.id)) { waiting.get(answer.id)(answer); waiting.delete(answer.id); }
  };

  const send = (method, params = {}) => new Promise(resolve => {
    const id = ++lastId;
    waiting.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });

  const evaluate = async (expression, awaitPromise = false) => {
    const answer = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise });
    if (answer.error || answer.result.exceptionDetails) throw new Error(`${expression}: ${JSON.stringify(answer.error ?? answer.result.exceptionDetails)}`);
    return answer.result.result.value;
  };

  const close = async () => {
    socket.close();
    const exited = new Promise(resolve => chromium.once('exit', resolve));
    chromium.kill();
    await Promise.race([exited, sleep(2000)]);
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // A Chromium child process may still be writing its cache: a temporary profile left behind does no harm.
    }
  };

  return { send, evaluate, close };
}
