// The page server for the real-browser tests and the page benchmark: node http on 127.0.0.1:0.
// - GET /pages/NAME.html      → tests/e2e/pages/NAME.html, no special headers;
// - GET /csp/NAME.html        → the same file under a strict Content-Security-Policy whose reports
//                                go to /csp-report (recorded in `cspReports`);
// - POST /csp-report          → recorded, 204;
// - GET /gen/NAME             → a page registered at run time with `addPage` (the benchmark's
//                                generated pages), optionally with extra headers.
// Everything else is 404. No directory listing, no path traversal (names are one path segment).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = typeof __dirname === 'string' && !__dirname.includes('.tmp') ? resolve(__dirname, '..', 'pages') : resolve('tests', 'e2e', 'pages');

/** The strict policy of the /csp/ route: nothing may load, not even a style. */
export const STRICT_CSP = "default-src 'none'; style-src 'none'; img-src 'none'; report-uri /csp-report";

export interface CspReport {
  /** The page that raised the violation. */
  documentUri: string;
  violatedDirective: string;
  blockedUri: string;
  sourceFile?: string;
  sample?: string;
  /** The raw JSON body, for the failure message. */
  raw: unknown;
}

export interface PageServer {
  origin: string;
  cspReports: CspReport[];
  /** Registers an in-memory page served at /gen/NAME. */
  addPage(name: string, body: string | Buffer, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const SAFE_NAME = /^[\w.-]+$/;

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function toReport(raw: unknown): CspReport {
  const body = (raw as { 'csp-report'?: Record<string, string> })['csp-report'] ?? (raw as Record<string, string>);
  return {
    documentUri: String(body['document-uri'] ?? body.documentURL ?? ''),
    violatedDirective: String(body['violated-directive'] ?? body.effectiveDirective ?? ''),
    blockedUri: String(body['blocked-uri'] ?? body.blockedURL ?? ''),
    sourceFile: body['source-file'],
    sample: body['script-sample'],
    raw,
  };
}

export async function startServer(): Promise<PageServer> {
  const generated = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
  const cspReports: CspReport[] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, String(error)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, route, name, ...rest] = url.pathname.split('/');
    if (req.method === 'POST' && route === 'csp-report') {
      const text = await readBody(req);
      try {
        const parsed: unknown = JSON.parse(text);
        for (const one of Array.isArray(parsed) ? parsed : [parsed]) cspReports.push(toReport((one as { body?: unknown }).body ?? one));
      } catch {
        cspReports.push(toReport({ unparsable: text }));
      }
      send(res, 204, '');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      send(res, 204, ''); // no favicon, and no 404 in the console
      return;
    }
    if (req.method !== 'GET' || rest.length || !name || !SAFE_NAME.test(name)) {
      send(res, 404, 'not found');
      return;
    }
    const html = { 'content-type': 'text/html; charset=utf-8' };
    if (route === 'gen') {
      const page = generated.get(name);
      if (!page) send(res, 404, 'not found');
      else send(res, 200, page.body, { ...html, ...page.headers });
      return;
    }
    if (route !== 'pages' && route !== 'csp') {
      send(res, 404, 'not found');
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(join(PAGES_DIR, name));
    } catch {
      send(res, 404, 'not found');
      return;
    }
    const headers: Record<string, string> = { ...html };
    if (route === 'csp') headers['content-security-policy'] = STRICT_CSP;
    send(res, 200, body, headers);
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    cspReports,
    addPage(name, body, headers = {}) {
      if (!SAFE_NAME.test(name)) throw new Error(`bad page name: ${name}`);
      generated.set(name, { body, headers });
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
