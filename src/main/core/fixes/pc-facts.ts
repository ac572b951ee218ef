import type { FirewalldFacts } from './firewalld-facts';

/** What the planner needs to know about this PC; gathered by `gather-facts.ts`, or built by tests from fixtures. */
export interface WindowsFacts {
  /** Whether any Windows Defender Firewall profile is on; null when it could not be read. */
  firewallEnabled: boolean | null;
  defender: {
    /** Defender is the active antivirus (AMRunningMode Normal); false in passive mode or not running. */
    isActive: boolean | null;
    runningMode: string | null;
    isTamperProtected: boolean | null;
    /** Exclusions are set by a group policy or MDM, so local ones are ignored or refused. */
    isPolicyManaged: boolean;
  };
  /** Other antivirus products Windows Security Center reports. */
  otherAntivirus: string[];
}

export interface MacFacts {
  /** The application firewall's state: 0 off, 1 on, 2 blocking all incoming; null when unknown. */
  firewallState: 0 | 1 | 2 | null;
  /** Apps already in the firewall's list, with whether they are allowed. */
  listedApps: { path: string; isAllowed: boolean }[];
  /** The agent's app bundles found in the catalog's folders. */
  agentApps: string[];
}

export interface LinuxFacts {
  /** `nft -j list ruleset`, or null when it could not be read (not root, no nft). */
  nftRulesetJson: string | null;
  nftUnreadableReason?: string;
  /** `allowedOutPorts`: TCP ports ufw already allows out to anywhere (left alone, so undo never deletes them). */
  ufw?: {
    isActive: boolean;
    defaultOutgoing: 'allow' | 'deny' | 'reject';
    allowedOutPorts?: number[];
  };
  /** Present while firewalld runs (`firewall-cmd --state` → running). */
  firewalld?: FirewalldFacts;
}

export interface PcFacts {
  platform: 'win32' | 'darwin' | 'linux';
  isPrivileged: boolean;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Session Prep's data folder, where a change may leave what it needs for an exact undo. */
  dataDir?: string;
  windows?: WindowsFacts;
  macos?: MacFacts;
  linux?: LinuxFacts;
}

/** `Name : Value` lines of PowerShell's list view (Get-MpComputerStatus), names matched case-insensitively. */
export function parseListView(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z][\w]*)\s*:\s?(.*)$/.exec(line);
    if (m?.[1]) map.set(m[1].toLowerCase(), (m[2] ?? '').trim());
  }
  return map;
}

/** Defender's state from Get-MpComputerStatus (list view). */
export function defenderFromStatus(text: string): WindowsFacts['defender'] {
  const v = parseListView(text);
  const bool = (key: string) => {
    const s = v.get(key)?.toLowerCase();
    return s === 'true' ? true : s === 'false' ? false : null;
  };
  const mode = v.get('amrunningmode') ?? null;
  const enabled = bool('amserviceenabled');
  // "Passive Mode", "SxS Passive Mode", "EDR Block Mode", "Not running": another product is the antivirus.
  const isActive = mode === null ? enabled : mode.toLowerCase() === 'normal' && enabled !== false;
  return {
    isActive,
    runningMode: mode,
    isTamperProtected: bool('istamperprotected'),
    isPolicyManaged: false,
  };
}

/** Whether any profile is enabled, from `Get-NetFirewallProfile | ConvertTo-Json` (GpoBoolean: 1 = True). */
export function firewallEnabledFromProfiles(json: string): boolean | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const states = list.map((p: unknown) =>
    typeof p === 'object' && p !== null ? (p as Record<string, unknown>).Enabled : undefined,
  );
  if (states.every((s) => s === undefined)) return null;
  return states.some((s) => s === 1 || s === true || s === 'True');
}

/** `socketfilterfw --getglobalstate`: matched on "(State = N)", which every wording carries. */
export function firewallStateFromGlobalState(text: string): MacFacts['firewallState'] {
  const m = /\(State = (\d)\)/.exec(text);
  if (m) {
    const n = Number(m[1]);
    return n === 0 || n === 1 || n === 2 ? n : null;
  }
  if (/Firewall is disabled/i.test(text)) return 0;
  return null;
}

/** `socketfilterfw --listapps`: "N : /path" then "(Allow|Block incoming connections)". */
export function parseListApps(text: string): MacFacts['listedApps'] {
  const apps: MacFacts['listedApps'] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\d+\s*:\s*(\/.*?)\s*(?:\((Allow|Block) incoming connections\))?\s*$/.exec(
      lines[i] ?? '',
    );
    if (!m?.[1]) continue;
    const state = m[2] ?? /\((Allow|Block) incoming connections\)/.exec(lines[i + 1] ?? '')?.[1];
    apps.push({ path: m[1], isAllowed: state === 'Allow' });
  }
  return apps;
}

/** TCP ports from `ufw status` rule lines such as "443/tcp   ALLOW OUT   Anywhere". */
export function ufwAllowedOutPorts(status: string): number[] {
  const ports = new Set<number>();
  for (const m of status.matchAll(/^(\d+)(?:\/tcp)?(?: \(v6\))?\s+ALLOW OUT\s+Anywhere/gm))
    ports.add(Number(m[1]));
  return [...ports];
}
