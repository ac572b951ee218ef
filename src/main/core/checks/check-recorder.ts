import type { CheckResult, Target } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { CheckKind, Status } from '../../../shared/verdicts';
import { wordVerdict } from '../../../shared/word-verdict';
import type { StepOutcome } from '../network/step-outcome';

export interface CheckBase {
  id: string;
  kind: CheckKind;
  target?: Target;
  /** False for an endpoint the catalog marks optional: its failures become warnings. */
  required: boolean;
}

export interface OutcomeContext {
  /** The chain goes through a proxy, so a local DNS failure is only a warning. */
  isBehindProxy?: boolean;
}

export type SkipReason = 'dns' | 'tcp' | 'tls' | 'pac';

/** Turns probe outcomes into results with worded messages, and emits the run's events as they happen. */
export class CheckRecorder {
  readonly results: CheckResult[] = [];

  constructor(
    private readonly o: {
      runId: string;
      lang: Lang;
      signal?: AbortSignal;
      onEvent?: (e: CheckEvent) => void;
    },
  ) {}

  get isCancelled(): boolean {
    return this.o.signal?.aborted === true;
  }

  emit(e: CheckEvent): void {
    this.o.onEvent?.(e);
  }

  started(base: Pick<CheckBase, 'id' | 'kind' | 'target'>): void {
    this.emit({
      type: 'check.started',
      runId: this.o.runId,
      id: base.id,
      kind: base.kind,
      ...(base.target ? { target: base.target } : {}),
    });
  }

  finished(result: CheckResult): CheckResult {
    this.results.push(result);
    this.emit({ type: 'check.finished', runId: this.o.runId, result });
    return result;
  }

  /** Runs one step: started, the probe, then its result; a cancelled run records `cancelled` without starting. */
  async step<T>(
    base: CheckBase,
    probe: () => Promise<StepOutcome<T>>,
    ctx: OutcomeContext = {},
  ): Promise<StepOutcome<T>> {
    if (this.isCancelled) {
      this.cancelled(base);
      return { verdict: 'cancelled', detail: {} };
    }
    this.started(base);
    const startedAt = performance.now();
    const outcome = await probe();
    this.finished(this.toResult(base, outcome, performance.now() - startedAt, ctx));
    return outcome;
  }

  /** A step that cannot run because an earlier one failed (or `cancelled` once the run is cancelled). */
  skip(base: CheckBase, reason: SkipReason, vars: { host: string; port: number }): void {
    if (this.isCancelled) return this.cancelled(base);
    const why = translator(this.o.lang)(`verdicts:reasons.${reason}`, vars);
    this.started(base);
    this.finished({
      ...this.baseOf(base),
      status: 'skipped',
      verdict: 'skipped',
      durationMs: 0,
      message: wordVerdict(this.o.lang, 'skipped', { vars: { reason: why } }).message,
      detail: { skippedBecause: reason },
    });
  }

  cancelled(base: CheckBase, durationMs = 0): void {
    this.started(base);
    this.finished({
      ...this.baseOf(base),
      status: 'skipped',
      verdict: 'cancelled',
      durationMs,
      message: wordVerdict(this.o.lang, 'cancelled').message,
    });
  }

  toResult<T>(
    base: CheckBase,
    outcome: StepOutcome<T>,
    durationMs: number,
    ctx: OutcomeContext,
  ): CheckResult {
    const ms = Math.max(0, Math.round(durationMs));
    if (outcome.verdict === 'cancelled') {
      return {
        ...this.baseOf(base),
        status: 'skipped',
        verdict: 'cancelled',
        durationMs: ms,
        message: wordVerdict(this.o.lang, 'cancelled').message,
        detail: outcome.detail,
      };
    }
    const t = translator(this.o.lang);
    const notes: string[] = [];
    let status: Status =
      outcome.verdict === 'ok' ? 'pass' : outcome.verdict === 'http_server_error' ? 'warn' : 'fail';
    if (status === 'fail' && base.kind === 'dns' && ctx.isBehindProxy) {
      status = 'warn';
      notes.push(t('verdicts:notes.behindProxy'));
    }
    if (status === 'fail' && !base.required) {
      status = 'warn';
      notes.push(t('verdicts:notes.optional'));
    }
    const wording = wordVerdict(this.o.lang, outcome.verdict, {
      kind: base.kind,
      ...(outcome.variant ? { variant: outcome.variant } : {}),
      ...(outcome.vars ? { vars: outcome.vars } : {}),
    });
    return {
      ...this.baseOf(base),
      status,
      verdict: outcome.verdict,
      durationMs: ms,
      message: [wording.message, ...notes].join(this.o.lang === 'ja' ? '' : ' '),
      ...(wording.fix && outcome.verdict !== 'ok' ? { fix: wording.fix } : {}),
      detail: outcome.detail,
    };
  }

  private baseOf(base: CheckBase): Pick<CheckResult, 'id' | 'kind' | 'target' | 'required'> {
    return {
      id: base.id,
      kind: base.kind,
      ...(base.target ? { target: base.target } : {}),
      ...(base.required ? {} : { required: false }),
    };
  }
}
