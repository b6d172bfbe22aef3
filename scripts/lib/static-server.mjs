// Serves a published Blazor WebAssembly app's wwwroot as a plain static site: pre-compressed Brotli files when the
// browser accepts them, index.html for any path that is not a file (the app routes itself), no caching.
//   node scripts/lib/static-server.mjs <wwwroot> <port>
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [root, port] = process.argv.slice(2);
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

createServer((request, response) => {
  let path = join(root, normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
    path = join(root, 'index.html');
  }

  const headers = { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  if ((request.headers['accept-encoding'] ?? '').includes('br') && existsSync(`${path}.br`)) {
    response.writeHead(200, { ...headers, 'Content-Encoding': 'br' });
    response.end(readFileSync(`${path}.br`));
    return;
  }

  response.writeHead(200, headers);
  response.end(readFileSync(path));
}).listen(Number(port), '127.0.0.1');
