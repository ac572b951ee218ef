import type { OsFamily } from '../../../shared/catalog';
import type { OsFacts } from './os-facts';
import type { OsProbe } from './os-probe';
import type { OsDetail } from '../../../shared/details';
import { finding, type CheckWording, type FindingOf } from './system-result';
import { compareVersions } from './version-compare';

/** Family names of the catalog's OS list, for "join from a PC with …". */
export function supportedFamilies(w: CheckWording): string {
  const names = [
    ...new Set(w.catalog.requirements.os.map((o) => String(w.t(`system:family.${o.family}`)))),
  ];
  return names.join(String(w.t('system:listSeparator')));
}

function familyName(w: CheckWording, f: OsFamily): string {
  return String(w.t(`system:family.${f}`));
}

/** The `os` check: family and version against the catalog's list, with the name a customer knows. */
export function checkOs(probe: OsProbe, w: CheckWording): FindingOf<'os'> {
  const { t } = w;
  if (!probe.ok)
    return finding(
      'warn',
      'not_determined',
      t('system:os.notDetermined', { reason: probe.reason }),
      t('system:os.notDeterminedFix'),
    );
  const facts: OsFacts = probe.facts;
  const detail: OsDetail = { ...facts };
  const bits = t(facts.is64Bit ? 'system:bits.64' : 'system:bits.32');
  const families = supportedFamilies(w);
  if (!facts.family) {
    const base = facts.basedOn
      ? w.catalog.requirements.os.find((o) => o.family === facts.basedOn)
      : undefined;
    if (base)
      return finding(
        'warn',
        'not_determined',
        t('system:os.derivative', { name: facts.name, base: familyName(w, base.family) }),
        t('system:os.derivativeFix', { families }),
        detail,
      );
    return finding(
      'fail',
      'os_unsupported',
      t('system:os.unknown', { name: facts.name }),
      t('system:os.unknownFix', { families }),
      detail,
    );
  }
  const req = w.catalog.requirements.os.find((o) => o.family === facts.family);
  if (!req)
    return finding(
      'fail',
      'os_unsupported',
      t('system:os.unknown', { name: facts.name }),
      t('system:os.unknownFix', { families }),
      detail,
    );
  const family = familyName(w, req.family);
  const vars = {
    name: facts.name,
    bits,
    family,
    min: displayVersion(req.family, req.min),
    warnBelow: displayVersion(req.family, req.warnBelow ?? ''),
  };
  detail.required = { min: req.min, ...(req.warnBelow ? { warnBelow: req.warnBelow } : {}) };
  if (!facts.version || compareVersions(facts.version, req.min) < 0)
    return finding(
      'fail',
      'os_unsupported',
      t('system:os.unsupported', vars),
      t('system:os.unsupportedFix', vars),
      detail,
    );
  if (req.warnBelow && compareVersions(facts.version, req.warnBelow) < 0)
    return finding(
      'warn',
      'os_out_of_support',
      t('system:os.outOfSupport', vars),
      t('system:os.outOfSupportFix', vars),
      detail,
    );
  return finding('pass', 'ok', t('system:os.ok', vars), undefined, detail);
}

// The catalog speaks NT versions for Windows ("6.1"); a customer knows the release name.
const ntNames: Readonly<Record<string, string>> = {
  '6.1': '7',
  '6.2': '8',
  '6.3': '8.1',
  '10.0': '10',
};

function displayVersion(family: OsFamily, version: string): string {
  return family === 'windows' ? (ntNames[version] ?? version) : version;
}
