import { resolvePort, type Catalog } from '../../shared/catalog';

/**
 * A host name that may stand in a CSP source: lowercase LDH labels of 1–63 characters, 253 at most, no
 * leading or trailing hyphen. No space, `;`, `,`, quote, `*`, `/`, `:` or anything else that would end a
 * source, open a new directive or widen it; an IPv4 literal passes as its digits and dots.
 */
const CSP_HOST =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export interface ChromiumConnectSources {
  /** `https://HOST:PORT` and `wss://HOST:PORT` for each TLS port of the catalog, each once. */
  sources: string[];
  /** Catalog host names that did not pass, so they never reach a header (the page cannot probe them). */
  refused: string[];
}

/**
 * What the page's `connect-src` adds so that the browser itself can probe the catalog's hosts (issue 17):
 * exactly the catalog's TLS endpoints, no wildcard. The catalog is untrusted: a name goes into the header
 * only when it passes CSP_HOST (the catalog schema and policy already refuse worse; this is the last word).
 */
export function chromiumConnectSources(
  catalog: Pick<Catalog, 'endpoints'>,
): ChromiumConnectSources {
  const sources = new Set<string>();
  const refused = new Set<string>();
  for (const e of catalog.endpoints) {
    const host = e.host.toLowerCase();
    if (!CSP_HOST.test(host)) {
      refused.add(e.host);
      continue;
    }
    for (const p of e.ports.map(resolvePort)) {
      if (p.protocol !== 'tls' || !Number.isInteger(p.port) || p.port < 1 || p.port > 65535)
        continue;
      sources.add(`https://${host}:${p.port}`);
      sources.add(`wss://${host}:${p.port}`);
    }
  }
  return { sources: [...sources], refused: [...refused] };
}

/** The meta CSP the build writes into index.html allows only its own host; browser mode adds the same sources. */
const META_CONNECT = "connect-src 'self' ws://127.0.0.1:*";

/**
 * index.html with the sources added to its meta CSP's `connect-src`: the meta policy is enforced beside the
 * header's, so it must allow them too. Unchanged when it has no such directive (then only the header counts).
 */
export function withMetaConnectSources(html: string, sources: readonly string[]): string {
  if (sources.length === 0 || !html.includes(META_CONNECT)) return html;
  return html.replace(META_CONNECT, `${META_CONNECT} ${sources.join(' ')}`);
}
