import { homedir, hostname, userInfo } from 'node:os';

const userKeys = new Set(['username', 'user', 'login', 'account', 'owner']);
const hostKeys = new Set([
  'hostname',
  'host',
  'computername',
  'fqdn',
  'machinename',
  'devicename',
  'pcname',
]);

export interface PersonalNames {
  userNames: string[];
  hostNames: string[];
  /** The home folders of the run, whatever their path. */
  homeDirs?: string[];
  /** The PC's DNS domains (its suffixes, the domain of its FQDN). */
  dnsDomains?: string[];
}

/** The user and host names in a run's system facts (top level and one level down), by their key. */
export function personalNamesInFacts(system: Record<string, unknown>): PersonalNames {
  const found: PersonalNames = { userNames: [], hostNames: [] };
  const visit = (record: Record<string, unknown>, depth: number) => {
    for (const [key, value] of Object.entries(record)) {
      const k = key.toLowerCase().replace(/[_-]/g, '');
      if (typeof value === 'string') {
        if (userKeys.has(k)) found.userNames.push(value);
        if (hostKeys.has(k)) found.hostNames.push(value);
      } else if (
        depth === 0 &&
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value)
      ) {
        visit(value as Record<string, unknown>, 1);
      }
    }
  };
  visit(system, 0);
  return found;
}

/** This PC's own user and host names, which a report made here must hide when redacting. */
export function personalNamesOfThisPc(): PersonalNames {
  let user: string | undefined;
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry for this uid (containers): there is no name to hide.
    user = undefined;
  }
  return { userNames: user ? [user] : [], hostNames: [hostname()], homeDirs: [homedir()] };
}
