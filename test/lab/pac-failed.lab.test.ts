import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { addr } from './harness/topology';
import { describeLab, labHosts } from './harness/scenario';
import { detailOf } from '../../src/shared/check-result';

// The PC's own proxy settings are GNOME's (what `session-prep` reads on Linux): real gsettings with the keyfile
// backend, written into the lab's folder, set to "automatic" with a PAC address.
function hasGsettings(): boolean {
  try {
    execFileSync('gsettings', ['list-keys', 'org.gnome.system.proxy'], { stdio: 'ignore' });
    return true;
  } catch {
    process.stderr.write(
      'pac-failed.lab.test.ts: gsettings or the org.gnome.system.proxy schema is missing (libglib2.0-bin, gsettings-desktop-schemas): skipped\n',
    );
    return false;
  }
}

describeLab(
  'verdict pac_failed: the system settings name a proxy script that cannot be used',
  {},
  (s) => {
    const gnomeSettings = (pacUrl: string): Record<string, string> => {
      const env = {
        GSETTINGS_BACKEND: 'keyfile',
        XDG_CONFIG_HOME: join(s.lab().dir, 'gnome-config'),
      };
      mkdirSync(env.XDG_CONFIG_HOME, { recursive: true });
      const settings: [string, string][] = [
        ['mode', 'auto'],
        ['autoconfig-url', pacUrl],
      ];
      for (const [key, value] of settings)
        execFileSync('gsettings', ['set', 'org.gnome.system.proxy', key, value], {
          env: { ...process.env, ...env },
        });
      return env;
    };

    it.skipIf(!hasGsettings())(
      'proves pac_failed: the PAC address does not answer, and every chain behind it is skipped',
      async () => {
        const pacUrl = `http://${addr.officeLan}:8088/proxy.pac`;
        const out = await s.check([], { env: gnomeSettings(pacUrl) });
        expect(out.exitCode).toBe(1);
        expect(out.run.proxy?.source).toBe('pac');
        const pac = out.check(`proxy:pac:${labHosts.web}`);
        expect(pac).toMatchObject({ status: 'fail', verdict: 'pac_failed' });
        // The sentence says what failed; the script's address and the raw code are for support, in the
        // detail (issue 15).
        expect(pac.message).toContain('the automatic setup script failed');
        expect(pac.message).not.toContain('ECONNREFUSED');
        expect(detailOf(pac, 'proxy')?.pacUrl).toBe(pacUrl);
        expect(JSON.stringify(pac.detail)).toContain('ECONNREFUSED');
        expect(out.check(`tcp:${labHosts.web}:443`)).toMatchObject({
          status: 'skipped',
          verdict: 'skipped',
        });
      },
    );

    it.skipIf(!hasGsettings())(
      'proves pac_failed: a script that is not JavaScript fails to run, with the reason',
      async () => {
        // The vendor's web server answers any path with text: not a PAC script.
        const pacUrl = `http://${labHosts.web}/proxy.pac`;
        const out = await s.check([], { env: gnomeSettings(pacUrl) });
        const pac = out.check(`proxy:pac:${labHosts.web}`);
        expect(pac).toMatchObject({ status: 'fail', verdict: 'pac_failed' });
        expect(pac.message).toContain('the automatic setup script failed');
        expect(detailOf(pac, 'proxy')?.stage).toBe('run');
      },
    );
  },
);
