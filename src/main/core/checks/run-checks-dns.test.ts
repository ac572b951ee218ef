import { afterEach, describe, expect, it } from 'vitest';
import { startDnsServer, type DnsFixture } from '../../../../test/fixtures/dns-server';
import { networkCatalog, runNetwork } from '../../../../test/fixtures/network-run';
import { probeDns } from '../network/dns-probe';

let dns: DnsFixture | undefined;
afterEach(async () => {
  await dns?.close();
  dns = undefined;
});

async function dnsCheck(host: string, timeoutMs = 2000) {
  dns = await startDnsServer({
    'fail.test': 'servfail',
    'refused.test': 'refused',
    'sinkhole.test': { a: ['0.0.0.0'], aaaa: ['::'] },
    'silent.test': 'silent',
  });
  const { check } = await runNetwork(networkCatalog([{ host, ports: [443] }]), {
    dnsServers: [dns.address],
    timeoutMs,
  });
  return { dns: check(`dns:${host}`), tcp: check(`tcp:${host}:443`) };
}

describe('DNS checks against a DNS server of our own', () => {
  it('dns_not_found for NXDOMAIN, having asked for A and AAAA', async () => {
    const r = await dnsCheck('missing.test');
    expect(r.dns).toMatchObject({
      status: 'fail',
      verdict: 'dns_not_found',
      detail: { resolver: 'direct' },
    });
    expect(r.dns.message).toContain('missing.test does not exist');
    expect(dns?.queries.sort()).toEqual(['missing.test A', 'missing.test AAAA']);
    expect(r.tcp).toMatchObject({ status: 'skipped', verdict: 'skipped' });
  });

  it("dns_failed for SERVFAIL and REFUSED, naming the server's answer (the raw codes kept)", async () => {
    const fail = await dnsCheck('fail.test');
    expect(fail.dns).toMatchObject({ status: 'fail', verdict: 'dns_failed' });
    // The sentence for the person, the server's answer for support (issue 15).
    expect(fail.dns.message).toBe(
      'The DNS server could not answer for fail.test: it reported a failure of its own.',
    );
    expect(JSON.stringify(fail.dns.detail)).toContain('ESERVFAIL');
    await dns?.close();
    const refused = await dnsCheck('refused.test');
    expect(refused.dns).toMatchObject({ status: 'fail', verdict: 'dns_failed' });
    expect(refused.dns.message).toBe('The DNS server refused to answer for refused.test.');
    expect(JSON.stringify(refused.dns.detail)).toContain('EREFUSED');
  });

  it('dns_blocked when every answer is a sinkhole, naming the addresses', async () => {
    const r = await dnsCheck('sinkhole.test');
    expect(r.dns).toMatchObject({
      status: 'fail',
      verdict: 'dns_blocked',
      detail: { addresses: ['0.0.0.0', '::'] },
    });
    expect(r.dns.message).toContain('with 0.0.0.0, ::');
    expect(r.tcp.status).toBe('skipped');
  });

  it('keeps the real addresses when only some answers are sinkholes', async () => {
    dns = await startDnsServer({ 'mixed.test': { a: ['0.0.0.0', '192.0.2.10'] } });
    // The probe alone: the engine would go on to connect to that (unreachable) documentation address.
    const r = await probeDns('mixed.test', { timeoutMs: 2000, servers: [dns.address] });
    expect(r).toMatchObject({
      verdict: 'ok',
      value: ['192.0.2.10'],
      detail: { addresses: ['0.0.0.0', '192.0.2.10'] },
    });
  });

  it('dns_timeout when the server never answers, after about the step timeout', async () => {
    const startedAt = performance.now();
    const r = await dnsCheck('silent.test', 400);
    expect(performance.now() - startedAt).toBeLessThan(1200);
    expect(r.dns).toMatchObject({ status: 'fail', verdict: 'dns_timeout' });
    expect(r.dns.message).toContain('No DNS server answered for silent.test');
    expect(r.dns.durationMs).toBeGreaterThanOrEqual(390);
  });
});
