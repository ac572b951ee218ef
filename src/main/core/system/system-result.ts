import type { Translate } from '../../../shared/i18n';
import type { Catalog } from '../../../shared/catalog';
import type { CheckResult } from '../../../shared/check-result';
import type { CheckKind, Status, Verdict } from '../../../shared/verdicts';

/** What every system check needs to word its result. */
export interface CheckWording {
  t: Translate;
  catalog: Catalog;
}

/** The verdict part of a result; the runner adds the id, kind and duration. */
export interface Finding {
  status: Status;
  verdict: Verdict;
  message: string;
  fix?: string;
  detail?: Record<string, unknown>;
}

export function finding(
  status: Status,
  verdict: Verdict,
  message: string,
  fix?: string,
  detail?: Record<string, unknown>,
): Finding {
  return { status, verdict, message, ...(fix ? { fix } : {}), ...(detail ? { detail } : {}) };
}

export function toResult(id: string, kind: CheckKind, durationMs: number, f: Finding): CheckResult {
  return { id, kind, durationMs: Math.max(0, Math.round(durationMs)), ...f };
}
