import type { Translate } from '../../../shared/i18n';
import type { Catalog } from '../../../shared/catalog';
import { checkResultOf, type CheckResult, type CheckTexts } from '../../../shared/check-result';
import type { Lang } from '../../../shared/lang';
import type { DetailOf } from '../../../shared/details';
import type { CheckKind, Status, Verdict } from '../../../shared/verdicts';

/** The kinds of the system checks. */
export type SystemKind = Extract<
  CheckKind,
  'os' | 'browser' | 'display' | 'disk' | 'agent' | 'security' | 'permission'
>;

/** What every system check needs to word its result. */
export interface CheckWording {
  t: Translate;
  catalog: Catalog;
}

/** The verdict part of a result, with the detail of its kind (D); the runner adds the id, kind and duration. */
export interface Finding<D extends object = never> {
  status: Status;
  verdict: Verdict;
  message: string;
  fix?: string;
  detail?: D;
  /** Added (issue 15): the message and fix in both languages (see `wordedInBoth`). */
  texts?: CheckTexts;
}

/** A finding of the check of kind K: its detail is that kind's schema (src/shared/details). */
export type FindingOf<K extends SystemKind> = Finding<DetailOf<K>>;

export function finding<D extends object = never>(
  status: Status,
  verdict: Verdict,
  message: string,
  fix?: string,
  detail?: D,
): Finding<D> {
  return { status, verdict, message, ...(fix ? { fix } : {}), ...(detail ? { detail } : {}) };
}

export function toResult<K extends SystemKind>(
  id: string,
  kind: K,
  durationMs: number,
  f: FindingOf<K>,
): CheckResult {
  return checkResultOf({ id, kind, durationMs: Math.max(0, Math.round(durationMs)), ...f });
}

/** The wording of the run's language, and of each language, for findings worded in both. */
export interface Wordings {
  lang: Lang;
  each: Readonly<Record<Lang, CheckWording>>;
}

/**
 * A finding worded in the run's language, with `texts` in both: the same wording function for each
 * language, so a language switch re-words it (issue 15). Only the words differ: status, verdict and
 * detail are the run language's.
 */
export function wordedInBoth<F extends Finding<object>>(
  ws: Wordings,
  word: (w: CheckWording) => F,
): F {
  const ja = word(ws.each.ja);
  const en = word(ws.each.en);
  return { ...(ws.lang === 'ja' ? ja : en), texts: { ja: wordingOf(ja), en: wordingOf(en) } };
}

/** Findings of one probe (one per browser), each with `texts` in both languages, matched by id. */
export function wordedManyInBoth<F extends Finding<object>>(
  ws: Wordings,
  word: (w: CheckWording) => { id: string; finding: F }[],
): { id: string; finding: F }[] {
  const ja = word(ws.each.ja);
  const en = word(ws.each.en);
  const textOf = (list: { id: string; finding: F }[], id: string) => {
    const found = list.find((f) => f.id === id);
    return found ? wordingOf(found.finding) : undefined;
  };
  return (ws.lang === 'ja' ? ja : en).map(({ id, finding: f }) => {
    const jaText = textOf(ja, id);
    const enText = textOf(en, id);
    return {
      id,
      finding: {
        ...f,
        texts: { ...(jaText ? { ja: jaText } : {}), ...(enText ? { en: enText } : {}) },
      },
    };
  });
}

function wordingOf(f: Finding<object>): { message: string; fix?: string } {
  return { message: f.message, ...(f.fix ? { fix: f.fix } : {}) };
}
