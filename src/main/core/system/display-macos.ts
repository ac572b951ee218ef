import type { DisplayFacts } from './display-facts';
import type { CommandSpec } from '../os/run-command';
import { splitLines } from '../os/text-lines';

export const macosDisplaysCommand: CommandSpec = {
  file: 'system_profiler',
  args: ['SPDisplaysDataType'],
  timeoutMs: 10_000,
};

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The displays of `system_profiler SPDisplaysDataType` (text): under each GPU's "Displays:", one block per
 * screen. Scale is physical over "UI Looks like" size; a Retina screen without that line is at 2x.
 */
export function parseMacosDisplays(text: string): DisplayFacts[] {
  const out: DisplayFacts[] = [];
  let displaysIndent: number | undefined;
  let current: { name: string; props: Record<string, string> } | undefined;
  let nameIndent = 0;
  const blocks: { name: string; props: Record<string, string> }[] = [];
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    if (displaysIndent !== undefined && indent <= displaysIndent) {
      displaysIndent = undefined;
      current = undefined;
    }
    if (/^\s*Displays:\s*$/.test(line)) {
      displaysIndent = indent;
      continue;
    }
    if (displaysIndent === undefined) continue;
    const header = /^\s*(.+):\s*$/.exec(line);
    if (header && (!current || indent <= nameIndent)) {
      current = { name: (header[1] ?? '').trim(), props: {} };
      nameIndent = indent;
      blocks.push(current);
      continue;
    }
    const kv = /^\s*([^:]+):\s*(.*)$/.exec(line);
    if (current && kv) current.props[(kv[1] ?? '').trim()] = (kv[2] ?? '').trim();
  }
  for (const b of blocks) {
    const res = /(\d+)\s*x\s*(\d+)/.exec(b.props.Resolution ?? '');
    const looks = /(\d+)\s*x\s*(\d+)/.exec(b.props['UI Looks like'] ?? '');
    const width = res ? Number(res[1]) : null;
    const height = res ? Number(res[2]) : null;
    let scalePercent: number | null = null;
    if (width && looks) scalePercent = Math.round((width / Number(looks[1])) * 100);
    else if (/retina/i.test(b.props.Resolution ?? '')) scalePercent = 200;
    const connection = b.props['Connection Type'] ?? null;
    out.push({
      name: b.name,
      width,
      height,
      scalePercent,
      isMain: /^yes$/i.test(b.props['Main Display'] ?? ''),
      isBuiltin:
        /built-?in/i.test(b.props['Display Type'] ?? '') || connection === 'Internal' ? true : null,
      connection,
    });
  }
  if (out.length && !out.some((d) => d.isMain)) out[0] = { ...out[0]!, isMain: true };
  return out;
}
