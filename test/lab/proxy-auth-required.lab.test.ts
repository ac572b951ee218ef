import { expect, it } from 'vitest';
import { labProxyCredentials } from './harness/lab';
import { describeLab, labHosts } from './harness/scenario';

describeLab(
  'verdict proxy_auth_required: the corporate proxy wants Basic credentials (Squid, basic_ncsa_auth)',
  { squid: { deniedHosts: [] } },
  (s) => {
    it('proves proxy_auth_required: without credentials every tunnel gets 407, named in the message', async () => {
      const out = await s.check(['--proxy', s.lab().proxyUrl('auth')]);
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${labHosts.web}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'proxy_auth_required' });
      expect(tcp.message).toContain('407');
      expect(tcp.message).toContain('user name and password');
      // Plain HTTP goes to the proxy as a request (no tunnel): the 407 lands on the http step.
      expect(out.check(`http:${labHosts.web}:80`).verdict).toBe('proxy_auth_required');
    });

    it('and with the credentials in the proxy URL the same proxy lets everything through (ok)', async () => {
      const out = await s.check(['--proxy', s.lab().proxyUrl('auth', labProxyCredentials)]);
      expect(out.exitCode).toBe(0);
      expect(out.check(`tls:${labHosts.web}:443`).verdict).toBe('ok');
      // The password never appears in the result.
      expect(out.stdout).not.toContain(labProxyCredentials.split(':')[1]);
    });
  },
);
