import { checkResultOf, type CheckResult, type Target } from '../../../shared/check-result';
import type { DetailOf, SkipReason } from '../../../shared/details';
import type { CheckEvent } from '../../../shared/events';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { CheckKind, Status } from '../../../shared/verdicts';
import { wordVerdict } from '../../../shared/word-verdict';
import type { StepOutcome } from '../network/step-outcome';
import { wordBoth } from './word-both';

export interface CheckBase<K extends CheckKind = CheckKind> {
  id: string;
  kind: K;
  target?: Target;
  /** False for an endpoint the catalog marks optional: its failures become warnings. */
  required: boolean;
}

export interface OutcomeContext {
  /** The chain goes through a proxy, so a local DNS failure is only a warning. */
  isBehindProxy?: boolean;
}

export type { SkipReason };

/** Turns probe outcomes into results with worded messages, and emits the run's events as they happen. */
// Steps that carry data over the link (TLS handshakes, HTTP and WebSocket answers); the others only wait.
const NETWORK_KINDS = new Set<CheckKind>(['dns', 'tcp', 'tls', 'websocket', 'http', 'proxy']);
const WAITING_KINDS = new Set<CheckKind>(['dns', 'tcp', 'proxy']);

export class CheckRecorder {
  readonly results: CheckResult[] = [];
  private readonly active = new Map<string, { kind: CheckKind; startedAt: number }>();
  private hasNetworkStarted = false;

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
    if (NETWORK_KINDS.has(base.kind)) {
      this.hasNetworkStarted = true;
      this.active.set(base.id, { kind: base.kind, startedAt: performance.now() });
    }
    this.emit({
      type: 'check.started',
      runId: this.o.runId,
      id: base.id,
      kind: base.kind,
      ...(base.target ? { target: base.target } : {}),
    });
  }

  finished(result: CheckResult): CheckResult {
    this.active.delete(result.id);
    this.results.push(result);
    this.emit({ type: 'check.finished', runId: this.o.runId, result });
    return result;
  }

  /**
   * Resolves once the network checks leave the link alone: every step still running only waits for an
   * answer (DNS, a connect: nothing flows) and has waited `waitMs` already, or `done` settles. The
   * bandwidth check starts then: the network checks' handshakes on the same link made it read low, and
   * two different rates in one run (the link shared, then not).
   */
  networkQuiet(waitMs: number, done: Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearInterval(timer);
        resolve();
      };
      const timer = setInterval(() => {
        if (!this.hasNetworkStarted) return;
        const now = performance.now();
        const isQuiet = [...this.active.values()].every(
          (a) => WAITING_KINDS.has(a.kind) && now - a.startedAt >= waitMs,
        );
        if (isQuiet) finish();
      }, 50);
      done.then(finish, finish);
    });
  }

  /**
   * Runs one step: started, the probe, then its result; a cancelled run records `cancelled` without
   * starting (and answers `undefined`). The probe writes the detail of its kind's schema.
   */
  async step<K extends CheckKind, T>(
    base: CheckBase<K>,
    probe: () => Promise<StepOutcome<DetailOf<K>, T>>,
    ctx: OutcomeContext = {},
  ): Promise<StepOutcome<DetailOf<K>, T> | undefined> {
    if (this.isCancelled) {
      this.cancelled(base);
      return undefined;
    }
    this.started(base);
    const startedAt = performance.now();
    const outcome = await probe();
    this.finished(this.toResult(base, outcome, performance.now() - startedAt, ctx));
    return outcome;
  }

  /** A step that cannot run because an earlier one failed (or `cancelled` once the run is cancelled). */
  skip<K extends CheckKind>(
    base: CheckBase<K>,
    reason: SkipReason,
    vars: { host: string; port: number },
  ): void {
    if (this.isCancelled) return this.cancelled(base);
    this.started(base);
    this.finished(
      checkResultOf({
        ...this.baseOf(base),
        status: 'skipped',
        verdict: 'skipped',
        durationMs: 0,
        ...wordBoth(this.o.lang, (lang) => {
          const why = translator(lang)(`verdicts:reasons.${reason}`, vars);
          return { message: wordVerdict(lang, 'skipped', { vars: { reason: why } }).message };
        }),
        detail: { skippedBecause: reason },
      }),
    );
  }

  cancelled<K extends CheckKind>(base: CheckBase<K>, durationMs = 0): void {
    this.started(base);
    this.finished(
      checkResultOf({
        ...this.baseOf(base),
        status: 'skipped',
        verdict: 'cancelled',
        durationMs,
        ...wordBoth(this.o.lang, (lang) => ({ message: wordVerdict(lang, 'cancelled').message })),
      }),
    );
  }

  toResult<K extends CheckKind, T>(
    base: CheckBase<K>,
    outcome: StepOutcome<DetailOf<K>, T>,
    durationMs: number,
    ctx: OutcomeContext,
  ): CheckResult {
    const ms = Math.max(0, Math.round(durationMs));
    if (outcome.verdict === 'cancelled') {
      return checkResultOf({
        ...this.baseOf(base),
        status: 'skipped',
        verdict: 'cancelled',
        durationMs: ms,
        ...wordBoth(this.o.lang, (lang) => ({ message: wordVerdict(lang, 'cancelled').message })),
        detail: outcome.detail,
      });
    }
    const notes: ('behindProxy' | 'optional')[] = [];
    let status: Status =
      outcome.verdict === 'ok' ? 'pass' : outcome.verdict === 'http_server_error' ? 'warn' : 'fail';
    // Behind a proxy the PC need not resolve vendor names itself: a local DNS failure, or no DNS server
    // at all, only warns.
    const isLocalDns =
      base.kind === 'dns' || (base.kind === 'connectivity' && outcome.verdict === 'no_dns_server');
    if (status === 'fail' && isLocalDns && ctx.isBehindProxy) {
      status = 'warn';
      notes.push('behindProxy');
    }
    if (status === 'fail' && !base.required) {
      status = 'warn';
      notes.push('optional');
    }
    const verdict = outcome.verdict;
    const worded = wordBoth(this.o.lang, (lang) => {
      const t = translator(lang);
      const wording = wordVerdict(lang, verdict, {
        kind: base.kind,
        ...(outcome.variant ? { variant: outcome.variant } : {}),
        ...(outcome.fixVariant ? { fixVariant: outcome.fixVariant } : {}),
        ...(outcome.vars ? { vars: outcome.vars } : {}),
      });
      return {
        message: [wording.message, ...notes.map((n) => t(`verdicts:notes.${n}`))].join(
          lang === 'ja' ? '' : ' ',
        ),
        ...(wording.fix && verdict !== 'ok' ? { fix: wording.fix } : {}),
      };
    });
    return checkResultOf({
      ...this.baseOf(base),
      status,
      verdict,
      durationMs: ms,
      ...worded,
      detail: outcome.detail,
    });
  }

  private baseOf<K extends CheckKind>(
    base: CheckBase<K>,
  ): { id: string; kind: K; target?: Target; required?: false } {
    return {
      id: base.id,
      kind: base.kind,
      ...(base.target ? { target: base.target } : {}),
      ...(base.required ? {} : { required: false }),
    };
  }
}
