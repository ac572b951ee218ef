import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepReport, REPORTS_KEPT } from './keep-last-reports';

describe('the last reports in the data folder', () => {
  it('keeps the newest five of our reports and leaves any other file alone', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'reports-'));
    const folder = join(dataDir, 'reports');
    for (let i = 0; i < 7; i++) {
      await keepReport(dataDir, {
        fileName: `session-prep-report-20261125-09000${i}.json`,
        mimeType: 'application/json',
        content: `{"n":${i}}\n`,
      });
      if (i === 0) await writeFile(join(folder, 'notes.txt'), 'mine');
    }
    const names = (await readdir(folder)).sort();
    expect(names.filter((n) => n.startsWith('session-prep-report-'))).toHaveLength(REPORTS_KEPT);
    expect(names).toContain('notes.txt');
    expect(names).not.toContain('session-prep-report-20261125-090000.json');
    expect(await readFile(join(folder, 'session-prep-report-20261125-090006.json'), 'utf8')).toBe(
      '{"n":6}\n',
    );
  });
});
