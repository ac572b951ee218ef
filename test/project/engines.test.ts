import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
}

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

// Issue 11: i18next 27 asked for Node 22 while we state Node 20. Every package that ships in the app (the
// lockfile's non-dev entries, transitive ones included) must run on every Node our `engines` admits.
describe('runtime dependencies and our engines', () => {
  it('every runtime package supports the Node versions package.json states', () => {
    const ours = manifest.engines.node;
    const misfits: string[] = [];
    let runtime = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '' || entry.dev === true) continue;
      runtime += 1;
      const theirs = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (theirs !== undefined && !semver.subset(ours, theirs))
        misfits.push(`${path}@${entry.version ?? '?'} wants node ${theirs}`);
    }
    expect(runtime).toBeGreaterThan(5);
    expect(misfits).toEqual([]);
  });

  it('the check itself notices a package that needs a newer Node', () => {
    expect(semver.subset('>=20', '>=22')).toBe(false);
    expect(semver.subset('>=20', '>= 20')).toBe(true);
  });
});
