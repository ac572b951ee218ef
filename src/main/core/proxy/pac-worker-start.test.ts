import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntryPoints } from '../../../../scripts/worker-entries';
import { bundledFromSources } from './pac-worker-from-sources';
import { pacWorkerBeside, pacWorkerFile } from './pac-worker-start';

const root = join(import.meta.dirname, '..', '..', '..', '..');

describe('where a PAC thread starts from', () => {
  it('beside the running bundle, with its extension: the names scripts/build.ts writes', () => {
    expect(pacWorkerBeside('file:///app/dist/cli/session-prep.js').href).toBe(
      'file:///app/dist/cli/pac-worker.js',
    );
    expect(pacWorkerBeside('file:///app/resources/app.asar/dist/shell/main.mjs').href).toBe(
      'file:///app/resources/app.asar/dist/shell/pac-worker.mjs',
    );
    // The name the bundles use is the module's own: one entry, one file name.
    expect(fileURLToPath(pacWorkerBeside())).toBe(join(root, workerEntryPoints['pac-worker']));
  });

  it('from the sources, a bundle of pac-worker.ts under node_modules/.cache, named by its content', async () => {
    const file = await pacWorkerFile();
    expect(fileURLToPath(file)).toMatch(
      new RegExp(
        `^${join(root, 'node_modules', '.cache', 'session-prep')}/pac-worker-[0-9a-f]{16}\\.mjs$`,
      ),
    );
    expect(await pacWorkerFile()).toEqual(file);
    expect((await bundledFromSources(pacWorkerBeside())).href).toBe(file.href);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('from "pac-resolver"');
    expect(text).toContain('pacQuestionSchema');
  });
});
