import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalPath, recordChange } from '../journal/journal';
import { appliedFixesIn } from './applied-fixes';

describe('appliedFixesIn', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists the applied changes of a real journal, and says when it cannot read one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-journal-'));
    expect(await appliedFixesIn(dir)).toEqual({ journal: [] });
    const undo = { kind: 'linux-ufw' as const, ports: [443] };
    await recordChange(dir, {
      id: 'fw',
      title: 'Firewall rule',
      appliedAt: '2026-11-25T09:00:00Z',
      platform: 'linux',
      state: 'applied',
      undo,
    });
    await recordChange(dir, {
      id: 'half',
      title: 'Half done',
      appliedAt: '2026-11-25T09:01:00Z',
      platform: 'linux',
      state: 'applying',
      undo,
    });
    expect(await appliedFixesIn(dir)).toEqual({
      journal: [{ id: 'fw', title: 'Firewall rule', appliedAt: '2026-11-25T09:00:00Z' }],
    });
    await writeFile(journalPath(dir), '{"version": 9}');
    const broken = await appliedFixesIn(dir);
    expect(broken.journal).toEqual([]);
    expect(broken.unreadable).toContain('journal');
  });
});
