import { createInterface } from 'node:readline';
import type { FixApplyResult, FixPlan, JournalItem } from '../../../shared/fixes-schemas';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { CliIo } from '../command';
import { revealInline as shown } from '../terminal-text';

/** An argument array as a person would type it: each argument quoted only when it needs to be. */
export function showArgv(argv: readonly string[]): string {
  return argv
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${shown(a).replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

/** The plan in words, each change with its exact commands. */
export function planText(plan: FixPlan, product: string, lang: Lang): string {
  const t = translator(lang);
  const out: string[] = [];
  if (plan.changes.length === 0) out.push(t('fixes:cli.nothingNeeded'));
  else out.push(t('fixes:cli.planTitle', { product }));
  for (const c of plan.changes) {
    out.push(
      '',
      `[${t(`fixes:cli.state.${c.state}`)}] ${shown(c.id)}: ${shown(c.title)}`,
      `  ${shown(c.description)}`,
    );
    if (c.reason) out.push(`  ${t('fixes:cli.why')}: ${shown(c.reason)}`);
    for (const argv of c.commands) out.push(`  ${t('fixes:cli.command')}: ${showArgv(argv)}`);
    for (const argv of c.undoCommands)
      out.push(`  ${t('fixes:cli.undoCommand')}: ${showArgv(argv)}`);
  }
  if (plan.journal.length) {
    out.push('', t('fixes:cli.journalTitle'));
    for (const j of plan.journal) out.push(`  ${shown(j.appliedAt)}  ${shown(j.title)}`);
  }
  for (const n of plan.notRun ?? []) out.push(`✗ ${shown(n.message)}`);
  return `${out.join('\n')}\n`;
}

/** Outcomes, one per line, then the re-check's before → after. */
export function outcomesText(result: FixApplyResult, lang: Lang): string {
  const t = translator(lang);
  const out = result.outcomes.map((o) => `${o.ok ? '✓' : '✗'} ${shown(o.message)}`);
  if (result.recheck) {
    out.push('', t('fixes:cli.recheck'));
    for (const after of result.recheck.after) {
      const before = result.recheck.before.find((b) => b.id === after.id);
      out.push(`  ${shown(after.id)}: ${before?.verdict ?? '—'} → ${after.verdict}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Asks a yes/no question on the terminal; anything but y/yes (or はい) is a no. */
export async function confirm(io: CliIo, question: string): Promise<boolean> {
  io.stderr.write(question);
  const rl = createInterface({ input: io.stdin, terminal: false });
  try {
    const line = await new Promise<string>((resolve) => {
      rl.once('line', resolve);
      rl.once('close', () => resolve(''));
    });
    return /^\s*(y|yes|はい)\s*$/i.test(line);
  } finally {
    rl.close();
  }
}

/** What undo will do, entry by entry: its title, then each exact command (and the script inside). */
export function undoPlanText(journal: readonly JournalItem[], lang: Lang): string {
  const t = translator(lang);
  const out: string[] = [t('fixes:cli.journalTitle')];
  for (const e of journal) {
    out.push(`  ${shown(e.appliedAt)}  ${shown(e.title)}`);
    for (const argv of e.undoCommands ?? [])
      out.push(`    ${t('fixes:cli.undoCommand')}: ${showArgv(argv)}`);
    for (const script of e.undoScripts ?? [])
      out.push(...script.split('\n').map((line) => `      | ${shown(line)}`));
  }
  return `${out.join('\n')}\n`;
}
