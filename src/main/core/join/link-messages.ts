import type { Catalog } from '../../../shared/catalog';
import { translator } from '../../../shared/i18n';
import type { LinkValidation } from '../../../shared/join-schemas';
import type { Lang } from '../../../shared/lang';
import { checkLink, dataCentreHosts, type LinkCheck } from './validate-link';

/** The refusal as a sentence the customer can act on. */
export function refusalMessage(check: Extract<LinkCheck, { ok: false }>, lang: Lang): string {
  const t = translator(lang);
  return t(`join:refusal.${check.reason}`, {
    host: check.host ?? '',
    min: check.min ?? 0,
    max: check.max ?? 0,
  });
}

/** `link.validate`: the check, its sentence, and the hosts to test before opening. */
export function validateLink(text: string, catalog: Catalog, lang: Lang): LinkValidation {
  const check = checkLink(text, catalog.join);
  if (!check.ok) return { ok: false, reason: check.reason, message: refusalMessage(check, lang) };
  // A bare key opens on the default join host, so that host's data centre is the one to check.
  const host = new URL(check.link.url).hostname;
  const dc =
    check.link.dataCentre ??
    catalog.join?.hosts.find((h) => h.host.toLowerCase() === host)?.dataCentre ??
    null;
  return { ok: true, link: check.link, checkHosts: dataCentreHosts(catalog, dc) };
}
