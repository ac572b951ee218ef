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
    } else return;
    const current = [...this.running].slice(-1)[0] ?? '';
    const text = this.t('cli:progress', {
      done: this.finished,
      total: this.started,
      failed: this.failed,
      current,
    });
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
