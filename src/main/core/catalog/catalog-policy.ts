import type { Catalog } from '../../../shared/catalog';
import { translator, type Translate } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { PolicyRefusal } from '../../../shared/catalog-check-schemas';
import { revealHiddenChars } from '../../../shared/results/reveal-hidden-chars';
import type { OsPlatform } from '../os/platform';
import { folderRefusal, type FolderRefusal } from './folder-policy';
import {
  protectedLaunchdLabel,
  protectedLinuxPackage,
  protectedLinuxUnit,
  protectedProgram,
  protectedUninstallEntry,
  protectedUrlScheme,
  protectedWindowsService,
  type ProtectedCategory,
} from './protected-names';

/** What the policy found wrong with one entry, before it is worded. */
export type PolicyIssue =
  | { rule: 'exeNotPlain' | 'exeWildcard' }
  | { rule: 'exeProtected'; category: ProtectedCategory }
  | { rule: 'folder'; refusal: FolderRefusal }
  | { rule: 'empty' }
  | { rule: 'pattern'; kind: NameKind }
  | { rule: 'nameProtected'; category: ProtectedCategory }
  | { rule: 'domainTooWide' }
  | { rule: 'badId' }
  | { rule: 'tooMany'; max: number };

export type NameKind =
  'winService' | 'launchdLabel' | 'linuxUnit' | 'linuxPackage' | 'urlScheme' | 'uninstallEntry';

type Found = { path: (string | number)[]; entry: string; issue: PolicyIssue };

// A plain file name: no folder, drive, variable or wildcard; letters, digits and the usual punctuation.
const PLAIN_FILE = /^[A-Za-z0-9_][A-Za-z0-9 _.()+-]{0,99}$/;
const WILDCARD = /[*?[\]{}]/;
const PATTERNS: Record<NameKind, RegExp> = {
  // sc.exe accepts up to 256 characters except / and \; ours is stricter, so nothing reads as a path or flag.
  winService: /^[A-Za-z0-9_][A-Za-z0-9 _.()+-]{0,79}$/,
  // Reverse-DNS, at least two labels: never a path (`../Preferences/x` trashed a preference file).
  launchdLabel: /^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9_][A-Za-z0-9_-]*)+$/,
  linuxUnit: /^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,200}\.(service|socket|timer)$/,
  // Debian policy §5.6.1: lowercase letters, digits, + - . ; at least two characters, starting alphanumeric.
  linuxPackage: /^[a-z0-9][a-z0-9+.-]{1,99}$/,
  // RFC 3986 §3.1, at least two characters so a drive letter never passes.
  urlScheme: /^[A-Za-z][A-Za-z0-9+.-]{1,63}$/,
  // A key name under …\Uninstall: no backslash (it would name another key), no leading dot or space.
  uninstallEntry: /^[A-Za-z0-9_{][A-Za-z0-9 _.(){}+-]{0,127}$/,
};
const CATALOG_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
// Second-level labels that are public suffixes (co.jp, com.au…): `*.co.jp` covers every company in Japan.
const PUBLIC_SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'ac',
  'go',
  'ne',
  'or',
  'gov',
  'edu',
  'gr',
  'lg',
  'ed',
  'ad',
  'mil',
]);
const MAX = { executables: 64, folders: 32, names: 32 };

/** Every entry of a catalog that the policy refuses (empty: acceptable), each named by its path. */
export function catalogIssues(catalog: Catalog): Found[] {
  const found: Found[] = [];
  const add = (path: (string | number)[], entry: string, issue: PolicyIssue) =>
    found.push({ path, entry, issue });
  if (!CATALOG_ID.test(catalog.id)) add(['id'], catalog.id, { rule: 'badId' });
  catalog.domains.forEach((d, i) => {
    if (isTooWide(d)) add(['domains', i], d, { rule: 'domainTooWide' });
  });
  const agent = catalog.agent;
  if (agent.executables.length > MAX.executables)
    add(['agent', 'executables'], '', { rule: 'tooMany', max: MAX.executables });
  agent.executables.forEach((exe, i) => {
    const issue = executableIssue(exe);
    if (issue) add(['agent', 'executables', i], exe, issue);
  });
  for (const platform of ['win32', 'darwin', 'linux'] as const) {
    const folders = agent.directories[platform] ?? [];
    if (folders.length > MAX.folders)
      add(['agent', 'directories', platform], '', { rule: 'tooMany', max: MAX.folders });
    folders.forEach((folder, i) => {
      const refusal = folderRefusal(folder, platform);
      if (refusal) add(['agent', 'directories', platform, i], folder, { rule: 'folder', refusal });
    });
  }
  const names: [(string | number)[], readonly string[] | undefined, NameKind][] = [
    [['agent', 'services', 'win32'], agent.services?.win32, 'winService'],
    [['agent', 'services', 'darwin'], agent.services?.darwin, 'launchdLabel'],
    [['agent', 'services', 'linux'], agent.services?.linux, 'linuxUnit'],
    [['agent', 'packages', 'linux'], agent.packages?.linux, 'linuxPackage'],
    [['agent', 'urlHandlers'], agent.urlHandlers, 'urlScheme'],
    [['agent', 'uninstallKeys'], agent.uninstallKeys, 'uninstallEntry'],
  ];
  for (const [path, list, kind] of names) {
    if ((list?.length ?? 0) > MAX.names) add(path, '', { rule: 'tooMany', max: MAX.names });
    (list ?? []).forEach((name, i) => {
      const issue = nameIssue(name, kind);
      if (issue) add([...path, i], name, issue);
    });
  }
  return found;
}

function executableIssue(exe: string): PolicyIssue | undefined {
  if (exe.trim() === '') return { rule: 'empty' };
  if (WILDCARD.test(exe)) return { rule: 'exeWildcard' };
  if (!PLAIN_FILE.test(exe) || exe.endsWith(' ') || exe.endsWith('.'))
    return { rule: 'exeNotPlain' };
  const category = protectedProgram(exe);
  return category ? { rule: 'exeProtected', category } : undefined;
}

function nameIssue(name: string, kind: NameKind): PolicyIssue | undefined {
  if (name.trim() === '') return { rule: 'empty' };
  if (!PATTERNS[kind].test(name) || name.endsWith(' ')) return { rule: 'pattern', kind };
  const category = protectedCategoryOf(name, kind);
  return category ? { rule: 'nameProtected', category } : undefined;
}

function protectedCategoryOf(name: string, kind: NameKind): ProtectedCategory | undefined {
  switch (kind) {
    case 'winService':
      return protectedWindowsService(name);
    case 'launchdLabel':
      return protectedLaunchdLabel(name);
    case 'linuxUnit':
      return protectedLinuxUnit(name);
    case 'linuxPackage':
      return protectedLinuxPackage(name);
    case 'urlScheme':
      return protectedUrlScheme(name);
    case 'uninstallEntry':
      return protectedUninstallEntry(name);
  }
}

/** `*.com`, `*.co.jp`, a bare `com`: a domain the PAC and the proxy would let a whole country through. */
function isTooWide(domain: string): boolean {
  const labels = domain.replace(/^\*\./, '').toLowerCase().split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return true;
  return domain.startsWith('*.') && labels.length === 2 && PUBLIC_SECOND_LEVEL.has(labels[0] ?? '');
}

/** The policy's refusals of a catalog, each a sentence in the language that names the entry and says why. */
export function checkCatalogPolicy(catalog: Catalog, lang: Lang): PolicyRefusal[] {
  const t = translator(lang);
  return catalogIssues(catalog).map(({ path, entry, issue }) => ({
    path: formatEntryPath(path),
    entry,
    rule: ruleId(issue),
    message: t('policy:entry', {
      path: formatEntryPath(path),
      entry: shownEntry(entry),
      why: whyText(issue, t),
    }),
  }));
}

/** `agent.directories.win32[2]` from its path. */
export function formatEntryPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The entry as a quoted literal with every invisible character shown: the refusal shows what is there. */
function shownEntry(entry: string): string {
  const cut = entry.length > 100 ? `${entry.slice(0, 100)}…` : entry;
  return JSON.stringify(revealHiddenChars(cut));
}

function ruleId(issue: PolicyIssue): string {
  return issue.rule === 'folder' ? `folder.${issue.refusal.rule}` : issue.rule;
}

function whyText(issue: PolicyIssue, t: Translate): string {
  const category = (c: ProtectedCategory) => t(`policy:category.${c}`);
  switch (issue.rule) {
    case 'exeNotPlain':
      return t('policy:why.exeNotPlain');
    case 'exeWildcard':
      return t('policy:why.wildcard');
    case 'exeProtected':
      return t('policy:why.exeProtected');
    case 'empty':
      return t('policy:why.empty');
    case 'pattern':
      return t(`policy:pattern.${issue.kind}`);
    case 'nameProtected':
      return t('policy:why.nameProtected', { category: category(issue.category) });
    case 'domainTooWide':
      return t('policy:why.domainTooWide');
    case 'badId':
      return t('policy:why.badId');
    case 'tooMany':
      return t('policy:why.tooMany', { max: issue.max });
    case 'folder': {
      const r = issue.refusal;
      if (r.rule === 'unknownVariable')
        return t('policy:folder.unknownVariable', { variable: r.variable });
      if (r.rule === 'protected')
        return t('policy:folder.protected', { category: category(r.category) });
      return t(`policy:folder.${r.rule}`);
    }
  }
}

/** The platforms whose folders a catalog names, for the summary of what it would do. */
export const POLICY_PLATFORMS: readonly OsPlatform[] = ['win32', 'darwin', 'linux'];
