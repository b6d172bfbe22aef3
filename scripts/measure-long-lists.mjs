// Measures how long the web application's longest lists take to become interactive once their data has arrived, as
// docs/ui.md reports it. Against a running DexFlow with the demo users (./scripts/run.sh): seeds orders through the
// REST API until the demo manager has as many as asked for (1,000 by default), then, signed in as the manager and as
// the administrator, opens the order list and the inbox five times each by navigating inside the app, and prints the
// time from the list request's Resource Timing responseEnd (or, for a page run on the server, from the navigation)
// until its rows are in the DOM and the main thread is free (a requestAnimationFrame, then a setTimeout(0), after the
// rows appear), with the longest task after it.
// Needs Node 20 with --experimental-websocket (the DevTools protocol is spoken to Debian's Chromium directly, so
// nothing is installed):
//   node --experimental-websocket scripts/measure-long-lists.mjs http://127.0.0.1:8080 [orders] [runs]
import { openPage, sleep } from './lib/headless-chromium.mjs';

const [base, wanted = '1000', runsText = '5'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node --experimental-websocket scripts/measure-long-lists.mjs <address of DexFlow> [orders] [runs]');
  process.exit(2);
}

const address = base.replace(/\/$/, '');
const runs = Number(runsText);
const password = 'dexflow-demo';

// Each list: where the app shows it, the API request it reads, what a row of it is in the page, and whose it is (the
// administrator's inbox holds nothing of the seeded drafts: submitting them is the manager's task).
const lists = [
  { name: 'order list', path: '/orders', request: '/api/orders?', row: '[data-test=order-row]', users: ['manager', 'admin'] },
  { name: 'inbox', path: '/', request: '/api/inbox?', row: '[data-test=inbox-item]', users: ['manager'] },
];
const users = ['manager', 'admin'];

async function call(method, path, token, body) {
  const response = await fetch(address + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const tokenOf = async user => (await call('POST', '/api/auth/token', null, { userName: user, password })).accessToken;

// A draft like the order form's: enough for the list's columns, nothing that needs processing.
const draft = n => ({
  customer: { name: `Long list customer ${n % 97}`, billingAddress: 'Hauptstr. 1, 10115 Berlin' },
  specification: {
    product: 'Flyer', title: `Long list flyer ${n}`, finishedWidthMm: 148, finishedHeightMm: 210, quantity: 1000 + n, pages: 2,
    coloursFront: 4, coloursBack: 0, paperStock: 'gloss-135', finishing: ['cutting'],
    dueDate: new Date(Date.now() + (30 + n % 60) * 86_400_000).toISOString().slice(0, 10),
  },
});

async function seed(count) {
  const token = await tokenOf('manager');
  const have = (await call('GET', '/api/orders?pageSize=1', token)).total;
  const missing = Math.max(0, count - have);
  if (missing > 0) console.log(`seeding ${missing} orders (the manager has ${have})...`);
  let next = 0;
  const worker = async () => {
    while (next < missing) {
      const n = have + next++;
      await call('POST', '/api/orders', token, draft(n));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

// Runs in the page: resolves once the list's rows are in the DOM and the main thread is free again, with the times
// that matter (Resource Timing of the list's request, the moment it was ready, the long tasks after the response).
// The request's timing entry may be added a moment after the rows are drawn (the app can read the body and render in
// the task that received it), so it is looked for until it is there; its responseEnd is when the data arrived. A page
// run on the server makes no request of its own (the server asks the API): then the time is counted from the start of
// the navigation, the API's answer included, and the figure is an upper bound.
const measureInPage = (request, row) => `new Promise(resolve => {
  const longTasks = [];
  const tasks = new PerformanceObserver(list => longTasks.push(...list.getEntries()));
  tasks.observe({ type: 'longtask' });
  const rows = () => document.querySelectorAll(${JSON.stringify(row)}).length;
  const navigated = performance.now();
  const report = ready => {
    const entry = performance.getEntriesByType('resource').filter(e => e.name.includes(${JSON.stringify(request)})).pop();
    const onServer = document.querySelector('[data-renderer]')?.dataset.renderer === 'Server';
    if (!entry && !onServer) { setTimeout(() => report(ready), 5); return; }
    tasks.disconnect();
    const from = entry ? entry.responseEnd : navigated;
    const after = longTasks.filter(task => task.startTime + task.duration > from);
    resolve({
      ms: ready - from,
      from: entry ? 'the response' : 'the navigation (run on the server)',
      rowsInDom: rows(),
      pageSize: entry ? new URL(entry.name).searchParams.get('pageSize') : 'as the app asks',
      transferred: entry ? entry.transferSize : 0,
      longest: Math.max(0, ...after.map(task => task.duration)),
    });
  };
  const observer = new MutationObserver(() => {
    if (rows() === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => report(performance.now()), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => {
    observer.disconnect();
    resolve({ failed: location.pathname + ': ' + rows() + ' rows; requests: '
      + performance.getEntriesByType('resource').map(e => e.name).join(' ') });
  }, 30_000);
})`;

const { send, evaluate, close } = await openPage('long-lists', ['--window-size=1280,900']);
try {
  await seed(Number(wanted));

  const waitFor = async (css, what) => {
    const started = Date.now();
    while (!(await evaluate(`!!document.querySelector(${JSON.stringify(css)})`))) {
      if (Date.now() - started > 60_000) throw new Error(`no ${what} after 60 s`);
      await sleep(20);
    }
  };

  await send('Page.enable');
  const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const user of users) {
    // Signed in as the sign-in page would: the app keeps the token in the tab's session storage.
    const token = await tokenOf(user);
    await send('Page.navigate', { url: `${address}/sign-in` });
    await waitFor('#user-name', 'sign-in form');
    await evaluate(`sessionStorage.setItem('dexflow.token', ${JSON.stringify(token)})`);
    await send('Page.navigate', { url: `${address}/search` });
    await waitFor('[data-test=user-name]', `${user} signed in`);

    for (const list of lists.filter(list => list.users.includes(user))) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        // From a page that reads nothing, into the list, as a click in the navigation does.
        await evaluate(`Blazor.navigateTo('/search')`);
        await waitFor('[data-test=search-hint]', 'the empty search page');
        await evaluate('performance.clearResourceTimings(); window.__dexflowList = ' + measureInPage(list.request, list.row));
        await evaluate(`Blazor.navigateTo(${JSON.stringify(list.path)})`);
        const result = await evaluate('window.__dexflowList', true);
        if (result.failed) throw new Error(`${list.name} did not show its rows within 30 s: ${result.failed}`);
        results.push(result);
      }

      const times = results.map(result => Math.round(result.ms));
      const last = results.at(-1);
      console.log(`${user.padEnd(8)} ${list.name.padEnd(11)} median ${median(times)} ms (runs ${times.join(', ')} ms) from ${last.from}; `
        + `page of ${last.pageSize}, ${last.rowsInDom} rows in the DOM, ${(last.transferred / 1024).toFixed(0)} KiB; `
        + `longest task after it ${Math.round(Math.max(...results.map(result => result.longest)))} ms`);
    }
  }

} finally {
  await close();
}
