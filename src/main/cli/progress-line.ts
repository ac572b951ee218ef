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
    this.out.write(`\r\x1b[2K${text.slice(0, 118)}`);
  }

  clear(): void {
    this.out.write('\r\x1b[2K');
  }
}
