import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { catalogSchema } from '../../src/shared/catalog';
import { detailOf } from '../../src/shared/check-result';
import { labCatalogPath } from './harness/lab';
import { describeLab } from './harness/scenario';

describeLab('verdict ok: a healthy office network', {}, (s) => {
  it('proves ok: every check of the lab catalog passes and the PC is ready (exit 0)', async () => {
    const out = await s.check();
    expect(out.exitCode).toBe(0);
    expect(out.run.ready).toBe(true);
    const network = out.run.checks.filter((c) => c.kind !== 'bandwidth');
    // The US data centre and the global hosts (8): the connectivity check, a dns check each, and tcp +
    // tls/http per port, a websocket check for the gateway and the DMS hosts.
    expect(network.length).toBeGreaterThan(8 * 3);
    for (const c of network)
      expect({ id: c.id, status: c.status, verdict: c.verdict }).toEqual({
        id: c.id,
        status: 'pass',
        verdict: 'ok',
      });
    expect(out.check('connectivity').message).toMatch(/^This PC is connected to a network/);
    expect(out.check('websocket:gateway.zohoassist-com.lab.test:443').message).toContain('opened');
    const tls = out.check('tls:assist.zoho-com.lab.test:443');
    expect(tls.message).toContain('Lab Vendor Trust');
    expect(detailOf(tls, 'tls')).toMatchObject({
      root: { trustedBy: 'public' },
      trust: { public: 'file', publicRoots: 1 },
    });
    expect(detailOf(tls, 'tls')?.issuerNote).toBeUndefined();
  });

  it('proves bandwidth ok: an unshaped link measures far above the recommended rate', async () => {
    const out = await s.check([], { only: 'bandwidth' });
    const bw = out.check('bandwidth');
    expect(bw).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(Number(detailOf(bw, 'bandwidth')?.rateKbps)).toBeGreaterThan(256);
    expect(bw.message).toMatch(/\d+ kbps/);
  });
});

// The vendor's CA is a public one here (it stands in for the public roots), but not a name the catalog
// expects: which CA a vendor uses is its own business, so this passes with a note (issue 12).
const unexpected = catalogSchema.parse({
  ...JSON.parse(readFileSync(labCatalogPath, 'utf8')),
  tls: { expectedIssuers: ['DigiCert', 'Sectigo'] },
});
describeLab(
  'verdict ok: a public chain from an issuer the catalog does not expect',
  { catalog: unexpected },
  (s) => {
    it('passes, ready, with the unexpected issuer noted in each TLS detail', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(0);
      expect(out.run.ready).toBe(true);
      const tls = out.check('tls:gateway.zohoassist-com.lab.test:443');
      expect(tls).toMatchObject({ status: 'pass', verdict: 'ok' });
      expect(detailOf(tls, 'tls')?.issuerNote).toEqual({
        issuer: 'CN=Lab Vendor Root CA, O=Lab Vendor Trust',
        expected: ['DigiCert', 'Sectigo'],
      });
    });
  },
);
