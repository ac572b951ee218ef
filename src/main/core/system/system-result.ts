import type { Translate } from '../../../shared/i18n';
import type { Catalog } from '../../../shared/catalog';
import { checkResultOf, type CheckResult } from '../../../shared/check-result';
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
