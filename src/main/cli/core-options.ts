import { readFile } from 'node:fs/promises';
import type { Catalog } from '../../shared/catalog';
import type { Lang } from '../../shared/lang';
import { ok, refused, type Reply } from '../../shared/reply';
import { builtInCatalog, loadCatalogFile } from '../core/catalog/load-catalog';
import type { CoreOptions } from '../core/context';
import { dataDirFor } from '../core/data-dir';
import { checkProxyFlag } from '../core/proxy/proxy-url';

/** The flags every front door shares, as the user typed them. */
export interface CommonFlags {
  catalog?: string;
  proxy?: string;
  ca?: string[];
  timeoutMs?: string;
  lang: Lang;
}

export const DEFAULT_TIMEOUT_MS = 5000;

/** Turns common flags into CoreOptions; every bad value is a refusal that says what to give instead. */
export async function buildCoreOptions(
  flags: CommonFlags,
  mode: CoreOptions['mode'],
  env: NodeJS.ProcessEnv,
): Promise<Reply<CoreOptions>> {
  const timeout = parseTimeout(flags.timeoutMs);
  if (!timeout.ok) return timeout;
  const proxy = flags.proxy === undefined ? ok(undefined) : parseProxyUrl(flags.proxy);
  if (!proxy.ok) return proxy;
  const pems: string[] = [];
  for (const file of flags.ca ?? []) {
    const pem = await readCaFile(file);
    if (!pem.ok) return pem;
    pems.push(pem.value);
  }
  let catalog: Catalog;
  if (flags.catalog === undefined) catalog = builtInCatalog();
  else {
    const loaded = await loadCatalogFile(flags.catalog);
    if (!loaded.ok) return loaded;
    catalog = loaded.value;
  }
  return ok({
    catalog,
    lang: flags.lang,
    mode,
    proxyUrl: proxy.value,
    extraCaPem: pems,
    timeoutMs: timeout.value,
    env,
    dataDir: dataDirFor(process.platform, env),
  });
}

function parseTimeout(text: string | undefined): Reply<number> {
  if (text === undefined) return ok(DEFAULT_TIMEOUT_MS);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 100 || n > 120_000) {
    return refused(
      'bad_params',
      `--timeout-ms must be a whole number of milliseconds between 100 and 120000, not "${text}".`,
    );
  }
  return ok(n);
}

/** An HTTP proxy URL; credentials are allowed in it but never echoed back. */
export function parseProxyUrl(text: string): Reply<string> {
  const checked = checkProxyFlag(text);
  if (checked.ok) return ok(checked.href);
  switch (checked.problem) {
    case 'not_url':
      return refused(
        'bad_params',
        '--proxy must be a URL such as http://proxy.example:8080 (http://user:pass@host:port for a proxy that asks for a password).',
      );
    case 'not_http':
      return refused(
        'bad_params',
        `--proxy must be an http:// proxy URL (the CONNECT method is spoken in plain HTTP); "${checked.scheme}" is not supported.`,
      );
    case 'no_host':
      return refused('bad_params', '--proxy needs a host name, e.g. http://proxy.example:8080.');
  }
}

async function readCaFile(file: string): Promise<Reply<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refused(
      'bad_params',
      `Cannot read the --ca file ${file} (${code === 'ENOENT' ? 'no such file' : String(code)}). Give a PEM file with the certificates to trust.`,
    );
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    return refused(
      'bad_params',
      `The --ca file ${file} holds no PEM certificate ("-----BEGIN CERTIFICATE-----"). Export the corporate root as PEM (Base-64) and try again.`,
    );
  }
  return ok(text);
}
