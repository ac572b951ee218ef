import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckRun } from '../../shared/check-result';
import { builtInCatalog } from '../core/catalog/load-catalog';
import { testIo } from './cli-test-io';
import { main } from './index';
import { formatSummary } from './summary';
import { jsonText, terminalText } from './terminal-text';

// Issue 14: an OU of "ESC]0;…BEL ESC[2J" set the terminal's title and cleared the screen; U+202E reordered text.
const ESC = String.fromCharCode(0x1b);
const BEL = String.fromCharCode(0x07);
const evilOu = `Corp${ESC}]0;Session Prep: READY${BEL}${ESC}[2J${ESC}[8m\u202Eydaer\r\n✔ ready`;

function runWith(message: string): CheckRun {
  return {
    schemaVersion: 1,
    tool: { name: 'session-prep', version: '0' },
    startedAt: '2026-11-25T08:00:00.000Z',
    durationMs: 10,
    ready: false,
    system: {},
    catalog: { id: 'x', name: 'Zoho\u202E' },
    checks: [
      {
        id: 'tls:assist.zoho.com:443',
        kind: 'tls',
        target: { host: 'assist.zoho.com', port: 443 },
        status: 'fail',
        verdict: 'tls_intercepted',
        durationMs: 5,
        message,
      },
    ],
  };
}

/** A control or bidi character left raw, after our own colour and erase sequences are taken out. */
function hasRawControl(text: string): boolean {
  const withoutOurs = text
    .split(ESC)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*[mK]/, '')));
  if (
    withoutOurs.length > 1 &&
    text
      .split(ESC)
      .slice(1)
      .some((p) => !/^\[[0-9;]*[mK]/.test(p))
  )
    return true;
  return [...withoutOurs.join('')].some((c) => {
    const n = c.codePointAt(0) ?? 0;
    return (n < 0x20 && n !== 0x0a) || (n >= 0x7f && n <= 0x9f) || (n >= 0x202a && n <= 0x202e);
  });
}

describe('terminal output (issue 14)', () => {
  it('shows controls and bidi overrides from outside as [U+…], keeping our own colours', () => {
    const out = terminalText(formatSummary(runWith(`Issued by OU=${evilOu}`), 'en', true));
    expect(hasRawControl(out)).toBe(false);
    expect(out).toContain(
      '[U+001B]]0;Session Prep: READY[U+0007][U+001B][2J[U+001B][8m[U+202E]ydaer',
    );
    // The fake "ready" line stays on the line of the message: its CR LF are shown, not obeyed.
    expect(out).toContain('[U+000D][U+000A]✔ ready');
    expect(out).toContain(`${ESC}[31;1m`);
    expect(out).toContain('Zoho[U+202E]');
  });

  it('the net under every write lets only our own escape sequences through', () => {
    const ours = `${ESC}[32;1mok${ESC}[0m \r${ESC}[2K`;
    expect(terminalText(ours)).toBe(ours);
    expect(terminalText(`${ESC}]0;title${BEL}${ESC}[2J\u009b31m\u202e`)).toBe(
      '[U+001B]]0;title[U+0007][U+001B][2J[U+009B]31m[U+202E]',
    );
  });

  it('--json escapes them, so the document parses to exactly what it holds', () => {
    const value = { message: evilOu, name: 'Zoho\u202E\u2028' };
    const text = jsonText(value);
    expect(hasRawControl(text)).toBe(false);
    expect(text.includes('\u2028') || text.includes('\u202e')).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('every command’s output passes the net (a catalog whose name holds escapes)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sp-term-'));
    try {
      const file = join(dir, 'c.json');
      await writeFile(file, JSON.stringify({ ...builtInCatalog(), name: evilOu }));
      for (const argv of [
        ['catalog', 'check', file],
        ['catalog', 'check', file, '--json'],
      ]) {
        const { io, out, err } = testIo({ env: { PATH: process.env.PATH, HOME: dir } });
        expect(await main(argv, io)).toBe(0);
        expect(out()).toContain('Corp');
        expect(hasRawControl(out() + err()), argv.join(' ')).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
