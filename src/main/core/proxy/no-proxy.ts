import { BlockList, isIP } from 'node:net';

interface Entry {
  name: string;
  port?: number;
}

// "[::1]:8080", "::1", "10.0.0.0/8", "host:443", ".zoho.com", "*.zoho.com"
function parseEntry(entry: string): Entry {
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracket?.[1])
    return bracket[2] ? { name: bracket[1], port: Number(bracket[2]) } : { name: bracket[1] };
  if (isIP(entry.split('/')[0] ?? '') === 6) return { name: entry };
  const m = /^(.+?)(?::(\d+))?$/.exec(entry);
  return m?.[2] ? { name: m[1] ?? entry, port: Number(m[2]) } : { name: m?.[1] ?? entry };
}

function matchesAddress(entry: string, address: string): boolean {
  const [net = '', bits] = entry.split('/');
  const family = isIP(net);
  if (!family || isIP(address) !== family) return false;
  if (bits === undefined) return net === address;
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const list = new BlockList();
  list.addSubnet(net, Number(bits), type);
  return list.check(address, type);
}

/**
 * Whether NO_PROXY exempts host:port, as curl reads it: comma- or space-separated names, where
 * "zoho.com", ".zoho.com" and "*.zoho.com" cover the domain and its subdomains, "*" covers everything,
 * "name:port" only that port, and IPs or CIDR ranges match literal addresses. Loopback is exempt only
 * when listed.
 */
export function isExemptByNoProxy(
  noProxy: string | undefined,
  host: string,
  port: number,
): boolean {
  if (!noProxy) return false;
  const h = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const e = parseEntry(entry);
    if (e.port !== undefined && e.port !== port) continue;
    if (isIP(e.name.split('/')[0] ?? '')) {
      if (matchesAddress(e.name, h)) return true;
      continue;
    }
    const name = e.name.replace(/^\*?\./, '');
    if (h === name || h.endsWith(`.${name}`)) return true;
  }
  return false;
}
