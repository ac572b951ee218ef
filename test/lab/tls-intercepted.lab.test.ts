import { expect, it } from 'vitest';
import { detailOf } from '../../src/shared/check-result';
import { labIssuers } from './harness/lab-certs';
import { describeLab, labHosts } from './harness/scenario';

// Squid (squid-openssl) bumps every tunnel with its own CA; the PC trusts that CA (--ca), as a company PC
// with the inspection root installed does. The vendor's own CA stands in for the public roots.
describeLab(
  'verdict tls_intercepted: the corporate proxy inspects TLS (Squid ssl-bump)',
  { squid: { deniedHosts: [] } },
  (s) => {
    it('proves tls_intercepted by the root: trusted via --ca but not public, the unnamed device named by its issuer; the WebSocket still runs', async () => {
      const lab = s.lab();
      const out = await s.check(['--proxy', lab.proxyUrl('bump')], { ca: lab.bumpCaPath });
      expect(out.exitCode).toBe(1);
      const tls = out.check(`tls:${labHosts.web}:443`);
      expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_intercepted' });
      expect(tls.message).toContain(`An SSL-inspection device (issuer CN=${labIssuers.bump.cn}`);
      expect(tls.message).toContain(
        'a root this PC trusts but that is not a public certificate authority',
      );
      expect(tls.fix).toContain('exclude the Session Prep network lab domains from SSL inspection');
      expect(detailOf(tls, 'tls')).toMatchObject({
        root: { trustedBy: 'ca' },
        interception: { product: null, matchedBy: 'none' },
      });
      expect(JSON.stringify(tls.detail)).toContain(labIssuers.bump.o);
      // The intercepted session is trusted, so the upgrade is tried over it: this Squid does not pass it on.
      const ws = out.check(`websocket:${labHosts.gateway}:443`);
      expect(ws.verdict).not.toBe('skipped');
      expect(ws).toMatchObject({ status: 'fail', verdict: 'ws_rejected' });
      expect(detailOf(ws, 'websocket')).toMatchObject({ session: 'intercepted' });
      expect(ws.message).toContain('was answered by an SSL-inspection device');
    });

    it('without the inspection root the same chain is tls_untrusted, never passed', async () => {
      const lab = s.lab();
      const out = await s.check(['--proxy', lab.proxyUrl('bump')]);
      expect(out.exitCode).toBe(1);
      expect(out.check(`tls:${labHosts.web}:443`)).toMatchObject({ verdict: 'tls_untrusted' });
      expect(out.run.ready).toBe(false);
    });
  },
);

// Inspection roots with the names of several products, each trusted via --ca: every one is interception,
// and each is named, with the product's own bypass wording in the fix.
describeLab(
  'verdict tls_intercepted: roots of named products (Zscaler, Netskope, Fortinet, ESET)',
  {
    hosts: {
      [labHosts.web]: { tls: 'intercepted', interceptor: 'zscaler' },
      [labHosts.join]: { tls: 'intercepted', interceptor: 'netskope' },
      [labHosts.gateway]: { tls: 'intercepted', interceptor: 'fortinet' },
      [labHosts.downloads]: { tls: 'intercepted', interceptor: 'eset' },
    },
  },
  (s) => {
    it('names each product in the message and the fix, and keeps { product, matchedBy, issuer, root }', async () => {
      const lab = s.lab();
      const out = await s.check([], { ca: lab.interceptorRootsPath });
      expect(out.exitCode).toBe(1);
      const named = (host: string) => {
        const tls = out.check(`tls:${host}:443`);
        expect(tls.verdict).toBe('tls_intercepted');
        return tls;
      };
      const zscaler = named(labHosts.web);
      expect(zscaler.message).toMatch(
        /^Zscaler is decrypting the connection to assist\.zoho-com\.lab\.test:443/,
      );
      expect(zscaler.fix).toBe(
        'Ask your IT department to add the Session Prep network lab domains to Zscaler\'s SSL inspection bypass (an SSL Inspection rule with the action "Do Not Inspect" (an SSL bypass)).',
      );
      expect(detailOf(zscaler, 'tls')?.interception).toEqual({
        product: 'Zscaler',
        matchedBy: 'issuer',
        issuer:
          'CN=Zscaler Intermediate Root CA (zscalerthree.net) (t), OU=Zscaler Inc., O=Zscaler Inc.',
        root: 'CN=Zscaler Root CA, OU=Zscaler Inc., O=Zscaler Inc.',
        productId: 'zscaler',
        pattern: 'O=Zscaler Inc.',
      });
      expect(named(labHosts.join).fix).toContain("Netskope's SSL inspection bypass");
      expect(named(labHosts.gateway).message).toMatch(/^Fortinet FortiGate is decrypting/);
      expect(named(labHosts.downloads).message).toContain('ESET on this PC is decrypting');
      // Fortinet passes the upgrade on in this lab (101): the WebSocket over its session works.
      expect(out.check(`websocket:${labHosts.gateway}:443`)).toMatchObject({ verdict: 'ok' });
      // Port 80 is not TLS: nothing to intercept there.
      expect(out.check(`http:${labHosts.web}:80`).verdict).toBe('ok');
    });

    it('in Japanese, with the product’s own terms kept as its screens show them', async () => {
      const out = await s.check(['--lang', 'ja'], { ca: s.lab().interceptorRootsPath });
      const tls = out.check(`tls:${labHosts.web}:443`);
      expect(tls.message).toMatch(
        /^Zscaler が assist\.zoho-com\.lab\.test:443 への通信を復号しています/,
      );
      expect(tls.fix).toContain('「Do Not Inspect」');
    });
  },
);
