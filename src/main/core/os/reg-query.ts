import type { CommandSpec } from './command';
import { splitLines } from './text-lines';

export interface RegValue {
  type: string;
  data: string;
}

export interface RegKey {
  path: string;
  values: Record<string, RegValue>;
}

/** `reg query KEY [/v NAME]` as an argument array; reg.exe lives in System32 on every Windows since XP. */
export function regQueryCommand(key: string, valueName?: string): CommandSpec {
  return {
    file: 'reg',
    args: valueName ? ['query', key, '/v', valueName] : ['query', key],
    timeoutMs: 5000,
  };
}

/**
 * Keys and values of `reg query` output. Value lines are "    NAME    REG_TYPE    DATA"; names and data may hold
 * spaces, so the REG_ type is the anchor. A damaged header (a paste that lost its first characters) still
 * starts a key, so the values are kept.
 */
export function parseRegQuery(text: string): RegKey[] {
  const keys: RegKey[] = [];
  let current: RegKey | undefined;
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    const value = /^\s+(.*?)\s+(REG_[A-Z_]+)(?:\s+(.*?))?\s*$/.exec(line);
    if (value) {
      if (!current) {
        current = { path: '', values: {} };
        keys.push(current);
      }
      current.values[value[1] ?? ''] = { type: value[2] ?? '', data: value[3] ?? '' };
      continue;
    }
    if (!/^\s/.test(line)) {
      current = { path: line.trim(), values: {} };
      keys.push(current);
    }
  }
  return keys;
}

/** All values of all keys as name → data (later keys win), the shape the version and proxy readers take. */
export function regValuesOf(keys: readonly RegKey[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) for (const [name, v] of Object.entries(k.values)) out[name] = v.data;
  return out;
}
