/**
 * Second-level public suffixes under which each name belongs to a different organisation. A PC in
 * corp.example.co.jp must not ask wpad.co.jp: anyone can register that name and hand every PC in the
 * country a proxy script (the WPAD "devolution" problem). A suffix missing here costs one lookup too
 * many for that country's names (wpad.<public suffix>), so the list holds the common ones, and Japan's
 * organisation types in full.
 */
export const twoLevelPublicSuffixes: ReadonlySet<string> = new Set([
  ...['co', 'ne', 'or', 'ac', 'ad', 'ed', 'go', 'gr', 'lg'].map((s) => `${s}.jp`),
  ...['co', 'org', 'me', 'ltd', 'plc', 'net', 'ac', 'gov', 'nhs', 'sch'].map((s) => `${s}.uk`),
  ...['com', 'net', 'org', 'edu', 'gov', 'asn', 'id'].map((s) => `${s}.au`),
  ...['com', 'net', 'org', 'edu', 'gov', 'ac'].map((s) => `${s}.cn`),
  ...['com', 'net', 'org', 'edu', 'gov'].map((s) => `${s}.tw`),
  ...['com', 'net', 'org', 'edu', 'gov'].map((s) => `${s}.hk`),
  ...['co', 'or', 'ne', 'ac', 'go'].map((s) => `${s}.kr`),
  ...['co', 'net', 'org', 'ac', 'govt'].map((s) => `${s}.nz`),
  ...['com', 'net', 'org', 'edu', 'gov'].map((s) => `${s}.sg`),
  ...['co', 'net', 'org', 'firm', 'gen', 'ac'].map((s) => `${s}.in`),
  ...['com', 'net', 'org', 'gov'].map((s) => `${s}.br`),
  ...['co', 'org', 'ac'].map((s) => `${s}.za`),
]);

/** Fewest labels a suffix keeps: its organisational domain (example.com: 2; example.co.jp: 3). */
function minimumLabels(labels: readonly string[]): number {
  return twoLevelPublicSuffixes.has(labels.slice(-2).join('.')) ? 3 : 2;
}

/**
 * The WPAD names to try for the PC's DNS suffixes, in order: for each suffix, wpad.<suffix>, then one
 * label shorter each time, down to the organisational domain and never further. So a.b.example.co.jp
 * gives wpad.a.b.example.co.jp, wpad.b.example.co.jp, wpad.example.co.jp, and stops there. A single-label
 * suffix ("corp", "lan", "home") is never used: it cannot be told from a top-level domain (.home and
 * .corp are the best-known WPAD leaks to the internet), and home routers hand out such names.
 */
export function wpadHosts(suffixes: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const suffix of suffixes) {
    const labels = suffix.toLowerCase().split('.').filter(Boolean);
    for (let n = labels.length; n >= minimumLabels(labels); n--)
      hosts.push(`wpad.${labels.slice(-n).join('.')}`);
  }
  return [...new Set(hosts)];
}

/** The script's URL for a WPAD name: the fixed path every WPAD client asks for. */
export function wpadUrl(host: string): string {
  return `http://${host}/wpad.dat`;
}
