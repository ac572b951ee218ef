import type { DisplayFacts } from './display-facts';
import { finding, type CheckWording, type FindingOf } from './system-result';

function describe(d: DisplayFacts, w: CheckWording): string {
  if (d.width === null || d.height === null) return d.name;
  const size = String(w.t('system:display.size', { width: d.width, height: d.height }));
  const shown =
    d.scalePercent && d.scalePercent !== 100
      ? String(w.t('system:display.scale', { size, percent: d.scalePercent }))
      : size;
  return `${d.name}, ${shown}`;
}

/** The `display` check: which screens exist and which one is shared (the main one). None is never a pass. */
export function checkDisplays(
  probe: DisplayFacts[] | string,
  w: CheckWording,
): FindingOf<'display'> {
  const { t } = w;
  if (typeof probe === 'string')
    return finding(
      'warn',
      'not_determined',
      t('system:display.notDetermined', { reason: probe }),
      t('system:display.notDeterminedFix'),
    );
  const main = probe.find((d) => d.isMain) ?? probe[0];
  if (!main)
    return finding('warn', 'display_none', t('system:display.none'), t('system:display.noneFix'), {
      displays: [],
    });
  const detail = { displays: probe, shared: main.name };
  const vars = { count: probe.length, main: describe(main, w) };
  return finding(
    'pass',
    'ok',
    t(probe.length === 1 ? 'system:display.okOne' : 'system:display.okMany', vars),
    undefined,
    detail,
  );
}
