import { BlockList, isIP } from 'node:net';

// macOS writes abbreviated ranges ("169.254/16"): fill the missing octets with zeros.
function expandIpv4(net: string): string {
  const parts = net.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

function inRange(host: string, entry: string): boolean {
  const [netRaw = '', bitsRaw] = entry.split('/');
  const bits = Number(bitsRaw);
  const family = isIP(host);
  if (!family || !Number.isInteger(bits)) return false;
  const net = family === 4 && /^\d+(\.\d+){0,3}$/.test(netRaw) ? expandIpv4(netRaw) : netRaw;
  if (isIP(net) !== family) return false;
  const list = new BlockList();
  const type = family === 6 ? 'ipv6' : 'ipv4';
  list.addSubnet(net, bits, type);
  return list.check(host, type);
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
}

/**
 * Whether an OS bypass list sends `host` direct. One matcher for the dialects: WinINet ("<local>" for
 * names without a dot, "*.corp", "10.*", ";"-separated), macOS ("*.local", "169.254/16"), GNOME
 * ("localhost", ".corp" suffixes, "10.0.0.0/8"). An optional scheme or port on an entry is ignored.
 */
export function matchesBypass(hostIn: string, entries: readonly string[]): boolean {
  const host = hostIn
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  for (const raw of entries) {
    let entry = raw
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '');
    // "host:port" has one colon; an IPv6 address has several and keeps them.
    if (entry.split(':').length === 2) entry = entry.replace(/:\d+$/, '');
    entry = entry.replace(/^\[|\](:\d+)?$/g, '');
    if (!entry) continue;
    if (entry === '<local>') {
      if (!host.includes('.') && !host.includes(':')) return true;
      continue;
    }
    if (entry.includes('/')) {
      if (inRange(host, entry)) return true;
      continue;
    }
    if (entry.startsWith('.')) {
      if (host.endsWith(entry) || host === entry.slice(1)) return true;
      continue;
    }
    if (entry.includes('*')) {
      if (globToRegExp(entry).test(host)) return true;
      continue;
    }
    if (host === entry) return true;
  }
  return false;
}
