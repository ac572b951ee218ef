/**
 * The SSL-inspection products Session Prep can name from a certificate chain (issue 12). Names are the
 * products' own and are not translated; each one's exemption wording is in the `verdicts` namespace
 * (`verdicts:interception.bypass.<id>`), in the product's own terms. Sources:
 * shared/research/interception-products.md.
 */
export const interceptionProductIds = [
  'zscaler',
  'netskope',
  'cisco-umbrella',
  'cloudflare-gateway',
  'palo-alto',
  'fortinet',
  'sophos',
  'check-point',
  'forcepoint',
  'symantec',
  'trellix',
  'iboss',
  'menlo',
  'barracuda',
  'sonicwall',
  'smoothwall',
  'cyberoam',
  'contentkeeper',
  'trend-micro',
  'eset',
  'kaspersky',
  'avast',
  'avg',
  'norton',
  'bitdefender',
  'adguard',
  'drweb',
] as const;
export type InterceptionProductId = (typeof interceptionProductIds)[number];

/** Where the product decrypts: on the company's network (ask IT), or in software on this PC. */
export type InterceptionPlace = 'network' | 'pc';

export const interceptionProducts: Record<
  InterceptionProductId,
  { name: string; place: InterceptionPlace }
> = {
  zscaler: { name: 'Zscaler', place: 'network' },
  netskope: { name: 'Netskope', place: 'network' },
  'cisco-umbrella': { name: 'Cisco Umbrella', place: 'network' },
  'cloudflare-gateway': { name: 'Cloudflare Gateway', place: 'network' },
  'palo-alto': { name: 'Palo Alto Networks', place: 'network' },
  fortinet: { name: 'Fortinet FortiGate', place: 'network' },
  sophos: { name: 'Sophos', place: 'network' },
  'check-point': { name: 'Check Point', place: 'network' },
  forcepoint: { name: 'Forcepoint', place: 'network' },
  symantec: { name: 'Symantec (Blue Coat)', place: 'network' },
  trellix: { name: 'Trellix (McAfee Web Gateway)', place: 'network' },
  iboss: { name: 'iboss', place: 'network' },
  menlo: { name: 'Menlo Security', place: 'network' },
  barracuda: { name: 'Barracuda', place: 'network' },
  sonicwall: { name: 'SonicWall', place: 'network' },
  smoothwall: { name: 'Smoothwall', place: 'network' },
  cyberoam: { name: 'Cyberoam', place: 'network' },
  contentkeeper: { name: 'ContentKeeper', place: 'network' },
  'trend-micro': { name: 'Trend Micro', place: 'network' },
  eset: { name: 'ESET', place: 'pc' },
  kaspersky: { name: 'Kaspersky', place: 'pc' },
  avast: { name: 'Avast', place: 'pc' },
  avg: { name: 'AVG', place: 'pc' },
  norton: { name: 'Norton', place: 'pc' },
  bitdefender: { name: 'Bitdefender', place: 'pc' },
  adguard: { name: 'AdGuard', place: 'pc' },
  drweb: { name: 'Dr.Web', place: 'pc' },
};

export function isInterceptionProductId(id: unknown): id is InterceptionProductId {
  return typeof id === 'string' && (interceptionProductIds as readonly string[]).includes(id);
}
