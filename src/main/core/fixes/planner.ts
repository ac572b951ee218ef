import type { Catalog } from '../../../shared/catalog';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { planLinux } from './plan-linux';
import { planMacos } from './plan-macos';
import { planWindows } from './plan-windows';
import type { PcFacts } from './pc-facts';
import type { PlannedChange } from './planned-change';

/** The changes this PC needs, from the catalog's footprint and the PC's facts: a pure function, so tests run it on any OS. */
export function planFixes(catalog: Catalog, facts: PcFacts, lang: Lang): PlannedChange[] {
  const t = translator(lang);
  switch (facts.platform) {
    case 'win32':
      return facts.windows ? planWindows(catalog, { ...facts, windows: facts.windows }, t) : [];
    case 'darwin':
      return facts.macos ? planMacos(catalog, { ...facts, macos: facts.macos }, t) : [];
    case 'linux':
      return facts.linux ? planLinux(catalog, { ...facts, linux: facts.linux }, t) : [];
  }
}
