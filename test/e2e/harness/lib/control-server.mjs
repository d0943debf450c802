// A tiny localhost HTTP server the probe extension talks to: POST /log, /screenshot,
// /dom and /result with JSON bodies. Request/response, so neither side polls a file.
import http from 'node:http';

/**
 * handlers: { [route]: async (body) => responseBody }. Resolves with { url, close }.
 * An unknown route answers 404; a handler that throws answers 500 with the message.
 */
export function startControlServer(handlers) {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const route = (req.url || '').replace(/^\//, '').split('?')[0];
      const handler = req.method === 'POST' ? handlers[route] : undefined;
      if (!handler) { res.writeHead(404).end(`no route ${req.method} ${req.url}`); return; }
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const out = await handler(text ? JSON.parse(text) : {});
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out ?? {}));
      } catch (err) {
        res.writeHead(500).end(String((err && err.message) || err));
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
