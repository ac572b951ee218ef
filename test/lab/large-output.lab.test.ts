import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { catalogSchema } from '../../src/shared/catalog';
import { describeLab, LAB_TIMEOUT_MS } from './harness/scenario';
import { runCheckOnPc } from './harness/run-cli';

const HOSTS = 500;

// A pipe takes 64 KiB at once; the rest of a large write is queued, and a process that exits right after
// writing lost it (`check --json | jq` broke at exactly 65,536 bytes). The lab's DNS refuses names it does
// not know, so each of these hosts is a dns_failed chain whose later steps are skipped: a result of over
// a megabyte in a few seconds.
describeLab('output is never cut: a result over 1 MB read whole through a pipe', {}, (s) => {
  it('prints every byte of a 1 MB+ JSON document to a pipe, and it parses', async () => {
    const lab = s.lab();
    const base = catalogSchema.parse(JSON.parse(await readFile(lab.catalogPath, 'utf8')));
    const catalog = {
      ...base,
      endpoints: Array.from({ length: HOSTS }, (_, i) => ({
        host: `host${i}.unknown-vendor.lab.test`,
        ports: [443, 80],
        websocketPath: '/ws',
      })),
    };
    const path = join(lab.dir, 'large-catalog.json');
    await writeFile(path, JSON.stringify(catalog));
    const out = await runCheckOnPc(
      lab,
      ['--ca', lab.vendorCaPath, '--timeout-ms', String(LAB_TIMEOUT_MS), '--only', 'network'],
      {},
      path,
    );
    const bytes = Buffer.byteLength(out.stdout);
    expect(bytes).toBeGreaterThan(1024 * 1024);
    // runCheckOnPc read stdout through a pipe and parsed it with the contract's schema: it is whole.
    expect(out.stdout.endsWith('}\n')).toBe(true);
    expect(out.run.checks.filter((c) => c.kind === 'dns')).toHaveLength(HOSTS);
    expect(out.exitCode).toBe(1);
    // Not a word on stderr either (hundreds of concurrent steps listen to the run's signal).
    expect(out.stderr).toBe('');
  });
});
