import type { ListedApp } from '../os/macos-firewall';
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
  listedApps: ListedApp[];
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

/** TCP ports from `ufw status` rule lines such as "443/tcp   ALLOW OUT   Anywhere". */
export function ufwAllowedOutPorts(status: string): number[] {
  const ports = new Set<number>();
  for (const m of status.matchAll(/^(\d+)(?:\/tcp)?(?: \(v6\))?\s+ALLOW OUT\s+Anywhere/gm))
    ports.add(Number(m[1]));
  return [...ports];
}
