import { expect, it } from 'vitest';
import { labIssuers } from './harness/lab-certs';
import { describeLab, labHosts } from './harness/scenario';

// Squid (squid-openssl) bumps every tunnel with its own CA; the PC trusts that CA (--ca), as a company PC
// with the inspection root installed does.
describeLab(
  'verdict tls_intercepted: the corporate proxy inspects TLS (Squid ssl-bump)',
  { squid: { deniedHosts: [] } },
  (s) => {
    it('proves tls_intercepted: trusted but issued by the inspection CA, which the message names; the WebSocket still runs', async () => {
      const lab = s.lab();
      const out = await s.check(['--proxy', lab.proxyUrl('bump')], { ca: lab.bumpCaPath });
      expect(out.exitCode).toBe(1);
      const tls = out.check(`tls:${labHosts.web}:443`);
      expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_intercepted' });
      expect(tls.message).toContain(labIssuers.bump.cn);
      expect(tls.message).toContain('Lab Vendor Trust');
      expect(JSON.stringify(tls.detail)).toContain(labIssuers.bump.o);
      // The intercepted session is trusted, so the upgrade is tried over it: this Squid answers it with a plain 200.
      const ws = out.check(`websocket:${labHosts.gateway}:443`);
      expect(ws.verdict).not.toBe('skipped');
      expect(ws.verdict).toBe('ws_rejected');
    });
  },
);
