import type { OsFamily } from '../../../shared/catalog';
import { splitLines } from '../os/text-lines';

/** `/etc/os-release` (freedesktop): KEY=value lines, values optionally quoted with shell escapes. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of splitLines(text)) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let value = (m[2] ?? '').trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\(["\\$`])/g, '$1');
    }
    out[m[1] ?? ''] = value;
  }
  return out;
}

const familyById: Readonly<Record<string, OsFamily>> = {
  ubuntu: 'ubuntu',
  debian: 'debian',
  rhel: 'rhel',
  centos: 'centos',
  linuxmint: 'mint',
  mint: 'mint',
};

export interface LinuxRelease {
  family: OsFamily | undefined;
  basedOn?: OsFamily;
  name: string;
  version: string;
}

/** The catalog family of an os-release; a derivative (ID_LIKE) is named, but its own version numbers differ. */
export function linuxReleaseOf(fields: Readonly<Record<string, string>>): LinuxRelease {
  const id = (fields.ID ?? '').toLowerCase();
  const name =
    fields.PRETTY_NAME || [fields.NAME, fields.VERSION].filter(Boolean).join(' ') || 'Linux';
  const version = fields.VERSION_ID ?? '';
  const family = familyById[id];
  if (family) return { family, name, version };
  const like = (fields.ID_LIKE ?? '').toLowerCase().split(/\s+/);
  // Ubuntu before Debian: Mint and Pop!_OS say "ubuntu debian", and their nearest vendor match is Ubuntu.
  const basedOn = (['ubuntu', 'rhel', 'centos', 'debian'] as const).find((f) => like.includes(f));
  return basedOn
    ? { family: undefined, basedOn, name, version }
    : { family: undefined, name, version };
}
