import type { WindowsSecurityFacts } from '../os/security-probe';
import type { WindowsFacts } from './pc-facts';

/** The planner's Windows facts from the system area's security probe (one reading of the PC for both). */
export function windowsFactsFromSecurity(
  security: WindowsSecurityFacts,
  isPolicyManaged: boolean,
): WindowsFacts {
  const profiles = typeof security.firewallProfiles === 'string' ? null : security.firewallProfiles;
  const defender = typeof security.defender === 'string' ? null : security.defender;
  const products =
    typeof security.securityCenter === 'string' ? [] : security.securityCenter.products;
  const mode = defender?.runningMode ?? null;
  return {
    firewallEnabled:
      profiles === null || profiles.every((p) => p.isEnabled === null)
        ? null
        : profiles.some((p) => p.isEnabled === true),
    defender: {
      // "Passive Mode", "SxS Passive Mode", "EDR Block Mode", "Not running": another product is the antivirus.
      isActive:
        defender === null
          ? null
          : mode === null
            ? defender.isServiceEnabled
            : mode.toLowerCase() === 'normal' && defender.isServiceEnabled !== false,
      runningMode: mode,
      isTamperProtected: defender?.isTamperProtected ?? null,
      isPolicyManaged,
    },
    otherAntivirus: products
      .filter(
        (p) => p.kind === 'antivirus' && p.isEnabled !== false && !/defender/i.test(p.displayName),
      )
      .map((p) => p.displayName),
  };
}
