import { randomBytes, timingSafeEqual } from 'node:crypto';
import { BRIDGE_PROTOCOL, SECRET_PROTOCOL_PREFIX } from '../../shared/bridge-messages';

/** How many bridge sockets browser mode serves at once: a page, its reload, a duplicated tab. */
export const MAX_BRIDGE_SOCKETS = 4;

/**
 * Who may drive browser mode. No cookie at all (cookies ignore ports, so every other server on
 * 127.0.0.1 would receive one): a one-time launch code in the address's fragment (never sent over the
 * network, not even to us), traded once for a page secret the page keeps in its sessionStorage (per
 * origin, so per port; it survives a reload, and another profile or browser never has it) and sends on
 * the WebSocket. Once traded, the printed address opens nothing anywhere else.
 */
export class PageSession {
  readonly launchCode = randomBytes(32).toString('base64url');
  private pageSecret: string | undefined;

  /** The page secret for the launch code, once; afterwards (or for a wrong code) why not. */
  trade(
    code: string,
  ): { ok: true; secret: string } | { ok: false; reason: 'launchUsed' | 'wrongLaunch' } {
    if (!same(code, this.launchCode)) return { ok: false, reason: 'wrongLaunch' };
    if (this.pageSecret !== undefined) return { ok: false, reason: 'launchUsed' };
    this.pageSecret = randomBytes(32).toString('base64url');
    return { ok: true, secret: this.pageSecret };
  }

  get isTraded(): boolean {
    return this.pageSecret !== undefined;
  }

  /** Whether the page secret a WebSocket offers is the one given out. */
  isPageSecret(secret: string | undefined): boolean {
    return secret !== undefined && this.pageSecret !== undefined && same(secret, this.pageSecret);
  }
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The page secret among the offered subprotocols (Sec-WebSocket-Protocol), if exactly one is offered. */
export function secretOfProtocols(header: string | undefined): string | undefined {
  const offered = (header ?? '').split(',').map((p) => p.trim());
  if (!offered.includes(BRIDGE_PROTOCOL)) return undefined;
  const secrets = offered.filter((p) => p.startsWith(SECRET_PROTOCOL_PREFIX));
  return secrets.length === 1 ? secrets[0]?.slice(SECRET_PROTOCOL_PREFIX.length) : undefined;
}
