import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A fuse by electron-builder's name (`runAsNode`, …) and whether it is on. */
export type FuseStates = Record<string, boolean>;

const root = join(import.meta.dirname, '..', '..');

// electron-builder's names are @electron/fuses' FuseV1Options with a lower-case first letter.
const nameOf = (option: string) => option.charAt(0).toLowerCase() + option.slice(1);

/** The fuses docs/ARCHITECTURE.md promises ("Electron fuses" table: | `name` | on/off | why |). */
export async function documentedFuses(): Promise<FuseStates> {
  const text = await readFile(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
  const start = text.indexOf('### Electron fuses');
  if (start < 0) throw new Error('docs/ARCHITECTURE.md has no "Electron fuses" section');
  const section = text.slice(start, text.indexOf('\n#', start + 1));
  const states: FuseStates = {};
  for (const m of section.matchAll(/^\| `(\w+)`\s*\| (on|off)\s*\|/gm))
    states[m[1] ?? ''] = m[2] === 'on';
  return states;
}

/** The fuses as the binary's wire says (read with @electron/fuses, as `npx @electron/fuses read` does). */
export async function fusesOfBinary(path: string): Promise<FuseStates> {
  const wire = (await getCurrentFuseWire(path)) as unknown as Record<string, unknown>;
  const states: FuseStates = {};
  for (const [index, option] of Object.entries(FuseV1Options)) {
    if (!/^\d+$/.test(index) || typeof option !== 'string') continue;
    const state = wire[index];
    // 48 is '0' (off), 49 is '1' (on); 'r' would be a fuse this Electron removed.
    if (state === 48 || state === 49) states[nameOf(option)] = state === 49;
  }
  return states;
}

/** Every fuse electron-builder can set, by its name. */
export const fuseNames: readonly string[] = Object.keys(FuseV1Options)
  .filter((k) => !/^\d+$/.test(k))
  .map(nameOf);
