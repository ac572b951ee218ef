import type { Catalog } from '../../shared/catalog';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { ok, refused, type Reply } from '../../shared/reply';
import { builtInCatalog, loadCatalogFile } from '../core/catalog/load-catalog';
import type { CoreOptions } from '../core/context';
import { dataDirFor } from '../core/data-dir';
import { publicRootsFrom } from '../core/network/public-roots';
import { checkProxyFlag } from '../core/proxy/proxy-url';
import { readCaFile } from './ca-file';

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
  const timeout = parseTimeout(flags.timeoutMs, flags.lang);
  if (!timeout.ok) return timeout;
  const proxy = flags.proxy === undefined ? ok(undefined) : parseProxyUrl(flags.proxy, flags.lang);
  if (!proxy.ok) return proxy;
  // A lab's stand-in for the public roots: refused here, naming the file, rather than mid-run.
  const publicRoots = publicRootsFrom(env);
  if (!publicRoots.ok) {
    const t = translator(flags.lang);
    return refused(
      'bad_params',
      t('cli:badPublicRoots', {
        file: publicRoots.file,
        why: t(
          publicRoots.reason === 'no_pem' ? 'cli:publicRootsNoPem' : 'cli:publicRootsUnreadable',
        ),
      }),
    );
  }
  const pems: string[] = [];
  for (const file of flags.ca ?? []) {
    const pem = await readCaFile(file, flags.lang);
    if (!pem.ok) return pem;
    pems.push(pem.value);
  }
  let catalog: Catalog;
  if (flags.catalog === undefined) catalog = builtInCatalog();
  else {
    const loaded = await loadCatalogFile(flags.catalog, flags.lang);
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

function parseTimeout(text: string | undefined, lang: Lang): Reply<number> {
  if (text === undefined) return ok(DEFAULT_TIMEOUT_MS);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 100 || n > 120_000)
    return refused('bad_params', translator(lang)('cli:badTimeout', { value: text }));
  return ok(n);
}

/** An HTTP proxy URL; credentials are allowed in it but never echoed back. */
export function parseProxyUrl(text: string, lang: Lang): Reply<string> {
  const t = translator(lang);
  const checked = checkProxyFlag(text);
  if (checked.ok) return ok(checked.href);
  switch (checked.problem) {
    case 'not_url':
      return refused('bad_params', t('cli:badProxyUrl'));
    case 'not_http':
      return refused('bad_params', t('cli:badProxyScheme', { scheme: checked.scheme }));
    case 'no_host':
      return refused('bad_params', t('cli:proxyNoHost'));
  }
}
