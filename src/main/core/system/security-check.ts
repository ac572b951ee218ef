import type { SecurityFacts, WindowsSecurityFacts } from '../os/security-probe';
import type { DefenderStatus } from '../os/windows-security';
import { finding, type CheckWording, type FindingOf } from './system-result';

const microsoft = /windows defender|microsoft defender/i;

function defenderWords(d: DefenderStatus | string, w: CheckWording): string {
  if (typeof d === 'string') return '?';
  const parts: string[] = [];
  const mode = d.runningMode ?? '';
  if (/passive|edr/i.test(mode))
    parts.push(String(w.t('system:security.defenderPassive', { mode })));
  else
    parts.push(
      String(
        w.t(
          d.isAntivirusEnabled && d.isRealTimeProtectionEnabled !== false
            ? 'system:security.defenderOn'
            : 'system:security.defenderOff',
        ),
      ),
    );
  if (d.isTamperProtected) parts.push(String(w.t('system:security.tamperOn')));
  return parts.join(String(w.t('system:listSeparator')));
}

function checkWindows(f: WindowsSecurityFacts, w: CheckWording): FindingOf<'security'> {
  const { t } = w;
  const detail: WindowsSecurityFacts = { ...f };
  const sc = f.securityCenter;
  if (typeof sc === 'string') {
    if (typeof f.defender === 'string')
      return finding(
        'warn',
        'not_determined',
        t('system:security.notDetermined', { reason: sc }),
        t('system:security.notDeterminedFix'),
        detail,
      );
    return finding(
      'pass',
      'ok',
      t('system:security.server', { defender: defenderWords(f.defender, w) }),
      undefined,
      detail,
    );
  }
  if (!sc.hasSecurityCenter)
    return finding(
      'pass',
      'ok',
      t('system:security.server', { defender: defenderWords(f.defender, w) }),
      undefined,
      detail,
    );
  const antivirus = sc.products.filter((p) => p.kind === 'antivirus');
  // Third-party products are what Zoho tells customers to configure (allow its executables or folders).
  const thirdParty = sc.products.filter(
    (p) => !microsoft.test(p.displayName) && p.isEnabled !== false,
  );
  const sep = String(t('system:listSeparator'));
  if (thirdParty.length) {
    const products = [...new Set(thirdParty.map((p) => p.displayName))].join(sep);
    return finding(
      'warn',
      'security_software',
      t('system:security.thirdParty', { products }),
      t('system:security.thirdPartyFix', { products }),
      detail,
    );
  }
  if (!antivirus.length && sc.errors.length)
    return finding(
      'warn',
      'not_determined',
      t('system:security.notDetermined', { reason: sc.errors.join('; ') }),
      t('system:security.notDeterminedFix'),
      detail,
    );
  if (!antivirus.length) return finding('pass', 'ok', t('system:security.none'), undefined, detail);
  const products = antivirus
    .map((p) =>
      microsoft.test(p.displayName) && typeof f.defender !== 'string'
        ? `${p.displayName} (${defenderWords(f.defender, w)})`
        : p.displayName,
    )
    .join(sep);
  return finding('pass', 'ok', t('system:security.ok', { products }), undefined, detail);
}

/** The `security` check: security software that may block the agent (Windows), the firewall (macOS). */
export function checkSecurity(facts: SecurityFacts, w: CheckWording): FindingOf<'security'> {
  const { t } = w;
  if (facts.platform === 'win32') return checkWindows(facts, w);
  const state = facts.firewallState;
  if (typeof state === 'string')
    return finding(
      'warn',
      'not_determined',
      t('system:security.notDetermined', { reason: state }),
      t('system:security.notDeterminedFix'),
      { ...facts },
    );
  if (state === 2)
    return finding(
      'warn',
      'security_software',
      t('system:security.macFirewallBlockAll'),
      t('system:security.macFirewallBlockAllFix'),
      { ...facts },
    );
  return finding(
    'pass',
    'ok',
    t('system:security.macFirewall', {
      state: t(state === 1 ? 'system:security.firewallOn' : 'system:security.firewallOff'),
    }),
    undefined,
    { ...facts },
  );
}
