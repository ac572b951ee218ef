import { request } from 'node:http';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCatalog } from '../core/catalog/load-catalog';
import type { CoreOptions } from '../core/context';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with exactly these headers and this path (no normalisation), as an attacker would send it. */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A stand-in dist/renderer with a page, a script, and a secret beside (not inside) it. */
export async function makeRendererDir(): Promise<{ root: string; rendererDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'sp-web-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>Session Prep</title><script type="module" src="./assets/app.js"></script>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("wizard");');
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(rendererDir, '.env'), 'HIDDEN=1');
  await writeFile(join(root, 'secret.txt'), 'TOP SECRET');
  return { root, rendererDir };
}

/** CoreOptions for browser-mode tests: the built-in catalog, a throwaway data folder. */
export function testCoreOptions(dataDir: string): CoreOptions {
  return {
    catalog: builtInCatalog(),
    lang: 'en',
    mode: 'web',
    timeoutMs: 2000,
    env: {},
    dataDir,
    extraCaPem: [],
  };
}

/** The page's own trade of the launch code for its page secret, as the wizard makes it. */
export async function tradeLaunch(port: number, launch: string): Promise<RawAnswer> {
  return rawGet(
    port,
    '/session',
    {
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
      'content-type': 'application/json',
    },
    'POST',
    JSON.stringify({ launch }),
  );
}

/** The page secret a fresh server gives its page (the launch code traded). */
export async function pageSecretOf(server: { port: number; launchCode: string }): Promise<string> {
  const res = await tradeLaunch(server.port, server.launchCode);
  if (res.status !== 200) throw new Error(`trade refused: ${res.status} ${res.body}`);
  return (JSON.parse(res.body) as { secret: string }).secret;
}

/** The subprotocols the page opens the bridge with. */
export const bridgeProtocols = (secret: string): string[] => ['session-prep', `sp.${secret}`];
