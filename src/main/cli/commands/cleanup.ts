import { createInterface } from 'node:readline/promises';
import type { CleanupResult, CleanupScan } from '../../../shared/cleanup-schemas';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand, type CliIo } from '../command';
import { buildCoreOptions } from '../core-options';
import { jsonText, revealInline as shown } from '../terminal-text';
import { stringValue } from '../values';

/** `session-prep cleanup`: finds the agent's leftovers and our changes, removes them with consent, proves what remains. */
export const cleanupCommand: CliCommand = {
  name: 'cleanup',
  usage: 'cleanup [--dry-run] [--yes] [--json] [--catalog FILE] [--lang ja|en]',
  options: {
    'dry-run': { type: 'boolean' },
    yes: { type: 'boolean' },
    json: { type: 'boolean' },
    catalog: { type: 'string' },
  },
  async run({ values }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const json = values.json === true;
    const options = await buildCoreOptions(
      { catalog: stringValue(values.catalog), lang },
      'cli',
      io.env,
    );
    if (!options.ok) {
      io.stderr.write(`session-prep cleanup: ${options.problem.message}\n`);
      return EXIT.usage;
    }
    const core = createCoreClient(options.value);
    if (!json && io.isTTY) io.stderr.write(`${t('cleanup:cli.scanning')}\n`);
    const scan = await core.call('cleanup.scan', { lang });
    if (!scan.ok) {
      io.stderr.write(`session-prep cleanup: ${scan.problem.message}\n`);
      return EXIT.usage;
    }
    const found = scan.value;
    const say = (text: string) => (json ? io.stderr : io.stdout).write(`${text}\n`);
    const finish = (result: CleanupResult | undefined) => {
      if (json)
        io.stdout.write(
          jsonText(
            { found, outcomes: result?.outcomes ?? [], remaining: result?.after ?? found },
            0,
          ),
        );
      const remaining = result?.after ?? found;
      // A path refused for safety is a finding too: something of the catalog's was left unexamined.
      const failed = result?.outcomes.some((o) => !o.ok) ?? false;
      return remaining.items.length === 0 && remaining.refused.length === 0 && !failed
        ? EXIT.ok
        : EXIT.finding;
    };

    if (found.items.length === 0) {
      if (!json) say(t('cleanup:cli.nothing'));
      printRefused(found, lang, say);
      return finish(undefined);
    }
    if (!json) printScan(found, lang, say, 'cleanup:cli.found');
    printRefused(found, lang, say);
    const ids = found.items.filter((i) => i.removable).map((i) => i.id);
    if (values['dry-run'] === true || ids.length === 0) {
      say(t('cleanup:cli.dryRun'));
      return finish(undefined);
    }
    if (values.yes !== true) {
      if (!io.isTTY || !io.stdin.isTTY) {
        say(t('cleanup:cli.listOnly'));
        return finish(undefined);
      }
      if (!(await confirm(io, t('cleanup:cli.prompt', { count: ids.length })))) {
        say(t('cleanup:cli.declined'));
        return finish(undefined);
      }
    }
    const ran = await core.call('cleanup.run', { ids, consent: true, lang });
    if (!ran.ok) {
      io.stderr.write(`session-prep cleanup: ${ran.problem.message}\n`);
      return EXIT.usage;
    }
    const result = ran.value;
    if (!json) {
      say(t('cleanup:cli.results'));
      for (const o of result.outcomes) say(`  ${o.ok ? '✓' : '✗'} ${shown(o.message)}`);
      if (result.after.items.length === 0) say(t('cleanup:cli.allGone'));
      else printScan(result.after, lang, say, 'cleanup:cli.remaining');
    }
    return finish(result);
  },
};

function printScan(
  scan: CleanupScan,
  lang: Lang,
  say: (text: string) => void,
  titleKey: 'cleanup:cli.found' | 'cleanup:cli.remaining',
): void {
  const t = translator(lang);
  say(t(titleKey));
  for (const item of scan.items) {
    say(`  - ${shown(item.label)}`);
    say(`      ${shown(item.location)}`);
    if (item.reason) say(`      ${shown(item.reason)}`);
  }
}

function printRefused(scan: CleanupScan, lang: Lang, say: (text: string) => void): void {
  if (scan.refused.length === 0) return;
  say(translator(lang)('cleanup:cli.refusedTitle'));
  for (const r of scan.refused) say(`  - ${shown(r.reason)}`);
}

async function confirm(io: CliIo, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await rl.question(question, { signal: io.signal });
    return /^(y|yes|はい|ｙ)$/iu.test(answer.trim());
  } catch {
    return false;
  } finally {
    rl.close();
  }
}
