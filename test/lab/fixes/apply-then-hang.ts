// Applies every needed fix inside a namespace, and hangs right after the firewall command has run,
// before the journal says `applied`: the test kills it there with SIGKILL.
import { catalogSchema } from '../../../src/shared/catalog';
import { readFileSync } from 'node:fs';
import { applyChanges } from '../../../src/main/core/fixes/apply';
import { currentPlan } from '../../../src/main/core/fixes/fixes-service';
import type { CommandSpec, RunOptions } from '../../../src/main/core/os/run-command';
import { nsRunner } from './ns-runner';

const [ns, dataDir, catalogPath] = process.argv.slice(2);
if (!ns || !dataDir || !catalogPath) throw new Error('usage: apply-then-hang NS DATA_DIR CATALOG');
const catalog = catalogSchema.parse(JSON.parse(readFileSync(catalogPath, 'utf8')));
const inner = nsRunner(ns);
const deps = { runner: inner, isPrivileged: true, platform: 'linux' as const };
const { planned } = await currentPlan({ catalog, lang: 'en', env: process.env, dataDir }, deps);
const hanging = {
  ...deps,
  runner: async (spec: CommandSpec, options?: RunOptions) => {
    const result = await inner(spec, options);
    const argv = [spec.file, ...spec.args];
    if (argv.includes('rule') && (argv.includes('add') || argv.includes('insert'))) {
      process.stdout.write(`RAN ${result.code}\n`);
      await new Promise(() => undefined);
    }
    return result;
  },
};
await applyChanges(
  planned,
  planned.filter((c) => c.state === 'needed').map((c) => c.id),
  { dataDir, lang: 'en' },
  hanging,
);
process.stdout.write('FINISHED\n');
