import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '../../../shared/catalog';
import { isHiddenCodePoint } from '../../../shared/results/reveal-hidden-chars';
import { exportAllowlist } from '../allowlist/allowlist-export';
import { buildAllowlist } from '../allowlist/allowlist-model';
import { planFixes } from '../fixes/planner';
import { refusalMessage } from '../join/link-messages';
import { checkLink } from '../join/validate-link';
import { scriptOf } from '../os/powershell';
import { catalogEffects } from './catalog-effects';
import { protectedProgram } from './protected-names';
import { builtInCatalog, parseCatalog } from './load-catalog';

// Issue 14: a bounded fuzzer of catalogs and links, in `npm test`. Every input must give an answer (a
// refusal or a value), never a crash, a stack trace or a hang; and no accepted catalog may make the tool
// act on a shell or outside the agent's folders.
const base = builtInCatalog();
const RUNS = 300;

// Text an attacker reaches for: separators, variables, wildcards, controls, bidi, quotes, long runs.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'cmd.exe',
    'powershell.exe',
    '%TEMP%',
    '%USERPROFILE%',
    '%USERPROFILE%/*',
    '~',
    '~/.ssh',
    '/',
    '/usr/lib/systemd',
    '../Preferences/x',
    '',
    ' ',
    'WinDefend',
    'sudo',
    'ssh.service',
    'a\u0000b',
    'x\u2028y',
    '\u202Eexe.moc',
    "O'Brien ‘x’ $(calc)",
    '%LOCALAPPDATA%/Zoho',
    '/opt/zoho',
    'ZohoMeeting.exe',
    'n'.repeat(300),
  ),
  fc
    .tuple(
      fc.constantFrom(
        '%LOCALAPPDATA%/',
        '%PROGRAMFILES%/',
        '~/',
        '/opt/',
        '/usr/local/',
        '~/Library/',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    )
    .map(([a, b]) => a + b),
);
const names = fc.array(nasty, { maxLength: 6 });
// Half the time a field keeps the built-in value, so accepted catalogs are reached too.
const field = <T>(kept: T, mutated: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(kept), weight: 2 }, { arbitrary: mutated, weight: 1 });
const programNames = fc.array(
  fc.oneof(nasty, fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}\.exe$/)),
  { maxLength: 6 },
);

const mutatedCatalog = fc
  .record({
    name: field(base.name, nasty),
    id: field(base.id, nasty),
    executables: field(base.agent.executables, programNames),
    win32: field(base.agent.directories.win32 ?? [], names),
    darwin: field(base.agent.directories.darwin ?? [], names),
    linux: field(base.agent.directories.linux ?? [], names),
    services: field(base.agent.services?.win32 ?? [], names),
    units: field(base.agent.services?.linux ?? [], names),
    labels: field(base.agent.services?.darwin ?? [], names),
    packages: field(base.agent.packages?.linux ?? [], names),
    urls: field(base.agent.urlHandlers ?? [], names),
    uninstall: field(base.agent.uninstallKeys ?? [], names),
    domains: fc.array(
      fc.oneof(fc.constantFrom('*.com', '*.zoho.com', 'com', '*.co.jp'), fc.domain()),
      { maxLength: 4 },
    ),
  })
  .map((m) => ({
    ...base,
    id: m.id,
    name: m.name,
    domains: [...base.domains, ...m.domains],
    agent: {
      ...base.agent,
      executables: m.executables,
      directories: { win32: m.win32, darwin: m.darwin, linux: m.linux },
      services: { win32: m.services, darwin: m.labels, linux: m.units },
      packages: { linux: m.packages },
      urlHandlers: m.urls,
      uninstallKeys: m.uninstall,
    },
  }));

function hasHidden(text: string): boolean {
  return [...text].some((c) => c !== '\n' && isHiddenCodePoint(c.codePointAt(0) ?? 0));
}

const windows = {
  firewallEnabled: true,
  defender: {
    isActive: true,
    runningMode: 'Normal',
    isTamperProtected: false,
    isPolicyManaged: false,
  },
  otherAntivirus: [],
};

/** Every program an accepted catalog's Windows plan would allow or exclude, from the scripts it runs. */
function programsIn(catalog: Catalog): string[] {
  const home = 'C:\\Users\\tanaka';
  const plan = planFixes(
    catalog,
    {
      platform: 'win32',
      isPrivileged: false,
      home,
      env: { LOCALAPPDATA: `${home}\\AppData\\Local`, ProgramFiles: 'C:\\Program Files' },
      dataDir: `${home}\\AppData\\Roaming\\Session Prep`,
      windows,
    },
    'en',
  );
  const scripts = plan.flatMap((c) => c.commands.flatMap((a) => scriptOf(a) ?? []));
  return scripts.flatMap((s) => [...s.matchAll(/-Program '([^']*)'/g)].map((m) => m[1] ?? ''));
}

describe('fuzz: catalogs (bounded)', () => {
  it('any file text gets an answer, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const reply = parseCatalog(text, 'fuzz.json', 'ja');
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) expect(reply.problem.message).not.toMatch(/\n\s+at /);
      }),
      { numRuns: RUNS },
    );
  });

  it('any catalog is judged entry by entry; an accepted one acts only on the agent’s own programs', () => {
    let accepted = 0;
    let withPrograms = 0;
    fc.assert(
      fc.property(mutatedCatalog, (candidate) => {
        const text = JSON.stringify(candidate);
        for (const lang of ['en', 'ja'] as const) {
          const reply = parseCatalog(text, 'fuzz.json', lang);
          if (!reply.ok) {
            // The refusal shows what is there, with every invisible character revealed.
            expect(hasHidden(reply.problem.message)).toBe(false);
            continue;
          }
          const catalog = reply.value;
          accepted++;
          const programs = programsIn(catalog);
          if (programs.length > 0) withPrograms++;
          for (const program of programs) {
            const file = program.split('\\').pop() ?? '';
            expect(protectedProgram(file), program).toBeUndefined();
            expect(program).toMatch(/^C:\\(Users\\tanaka\\AppData\\Local|Program Files)\\[^\\]+/);
          }
          const pac = exportAllowlist(
            buildAllowlist(catalog),
            'pac',
            lang,
            'PROXY p.corp:8080',
          ).content;
          expect(pac).toMatch(/^[\t\n\x20-\x7e]*$/);
          for (const e of catalogEffects(catalog, lang))
            for (const item of e.items) expect(hasHidden(item)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
    // The property above is about accepted catalogs too: the generator must reach some.
    expect(accepted).toBeGreaterThan(0);
    expect(withPrograms).toBeGreaterThan(0);
  });

  it('the schema and the policy agree with each other: whatever the schema takes, the policy answers', () => {
    fc.assert(
      fc.property(mutatedCatalog, (candidate) => {
        const parsed = catalogSchema.safeParse(candidate);
        if (parsed.success)
          expect(() => parseCatalog(JSON.stringify(parsed.data), 'f', 'en')).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzz: invitation links (bounded)', () => {
  const joinHosts = (base.join?.hosts ?? []).map((h) => h.host);
  const links = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(
        fc.constantFrom(...joinHosts, 'assist.zoho.com.evil.example', 'evil.example', 'zoho.com'),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.stringMatching(/^[0-9０-９ -]{0,14}$/),
      )
      .map(([host, path, key]) => `https://${host}/${path}?key=${key}`),
  );

  it('any text is accepted as a join URL on a data centre’s host, or refused with a sentence; nothing throws', () => {
    fc.assert(
      fc.property(links, (text) => {
        const check = checkLink(text, base.join);
        if (check.ok) {
          const url = new URL(check.link.url);
          expect(url.protocol).toBe('https:');
          expect(joinHosts).toContain(url.hostname);
          expect(check.link.key).toMatch(/^\d{9,10}$/);
        } else {
          for (const lang of ['en', 'ja'] as const)
            expect(refusalMessage(check, lang).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
