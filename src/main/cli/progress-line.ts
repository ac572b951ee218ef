import wrapAnsi from 'wrap-ansi';
import type { CheckEvent } from '../../shared/events';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';

/** One live line on a terminal: how many checks are done, which are still running. */
export class ProgressLine {
  private started = 0;
  private finished = 0;
  private failed = 0;
  private readonly running = new Set<string>();
  /** Added (issue 17): the idle test's seconds, shown while an idle check is still running. */
  private idle: { held: number; of: number } | undefined;
  private readonly t;

  constructor(
    private readonly out: NodeJS.WritableStream,
    lang: Lang,
    private readonly columns = 80,
  ) {
    this.t = translator(lang);
  }

  update(event: CheckEvent): void {
    if (event.type === 'check.started') {
      this.started++;
      this.running.add(event.id);
    } else if (event.type === 'check.finished') {
      this.finished++;
      this.running.delete(event.result.id);
      if (event.result.status === 'fail') this.failed++;
    } else if (event.type === 'idle.progress') {
      this.idle = { held: event.heldSeconds, of: event.ofSeconds };
    } else return;
    const counts = { done: this.finished, total: this.started, failed: this.failed };
    const isHolding = this.idle && [...this.running].some((id) => id.startsWith('idle:'));
    const text =
      isHolding && this.idle
        ? this.t('cli:progressIdle', { ...counts, ...this.idle })
        : this.t('cli:progress', { ...counts, current: [...this.running].slice(-1)[0] ?? '' });
    // One row, cut by display width: a line the terminal wrapped would leave its first row behind.
    const row = wrapAnsi(text, Math.max(this.columns - 1, 20), {
      hard: true,
      trim: false,
      wordWrap: false,
    }).split('\n')[0];
    this.out.write(`\r\x1b[2K${row ?? ''}`);
  }

  clear(): void {
    this.out.write('\r\x1b[2K');
  }
}
