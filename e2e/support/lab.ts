import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCa, issueCertificate } from '../../test/fixtures/certificates';
import { startHttpServer } from '../../test/fixtures/http-server';
import { closedPort } from '../../test/fixtures/misbehaving-servers';
import type { RunningServer } from '../../test/fixtures/running-server';
import { startTlsServer } from '../../test/fixtures/tls-server';
import { builtInCatalog } from '../../src/main/core/catalog/load-catalog';
import type { Catalog, Endpoint } from '../../src/shared/catalog';

/**
 * What the network looks like: all open, one port refused, one host behind SSL inspection, or (offline)
 * the built-in catalog's real vendor hosts, which nothing on this closed machine resolves.
 */
export type Scenario = 'pass' | 'refused' | 'intercepted' | 'offline';

export interface Lab {
  dir: string;
  catalogFile: string;
  /** The vendor's CA, which stands in for the public roots (SESSION_PREP_PUBLIC_ROOTS). */
  publicRootsFile: string;
  /** The corporate inspection root the PC trusts (--ca). */
  caFile: string;
  /** The endpoint that fails in this scenario, as `host:port`. */
  failing?: string;
  /**
   * Added (issue 15): in `refused`, the fault goes away — the refused port starts answering as the vendor
   * does (a relay to the vendor's server), so a second run finds it fixed.
   */
  restore?: () => Promise<void>;
  close(): Promise<void>;
}

const VENDOR_CA = 'Vendor Lab CA';
const WS_PATH = '/ws';

/**
 * A lab of local servers and a catalog that points at them: a vendor TLS+WebSocket host and an HTTP port
 * (both pass), plus in `refused` a port nothing listens on, and in `intercepted` a TLS host whose
 * certificate comes from an inspecting corporate CA the PC trusts (--ca) but that is not a public root
 * (the vendor's own CA stands in for the public roots through SESSION_PREP_PUBLIC_ROOTS).
 */
export async function startLab(scenario: Scenario): Promise<Lab> {
  const dir = await mkdtemp(join(tmpdir(), 'sp-e2e-'));
  const servers: RunningServer[] = [];
  const vendorCa = await createCa(VENDOR_CA, VENDOR_CA);
  const corporateCa = await createCa('Corporate Inspection CA', 'Example Corp Security');
  const vendorPem = await issueCertificate(vendorCa, {
    commonName: '127.0.0.1',
    altNames: ['127.0.0.1', 'localhost'],
    organization: 'Vendor',
  });
  const vendor = await startTlsServer({ pem: vendorPem, websocketPath: WS_PATH });
  const http = await startHttpServer({ status: 404 });
  // The bandwidth test downloads a file: 256 KiB over loopback is measured in a few milliseconds.
  const download = await startHttpServer({ body: 'x'.repeat(256 * 1024) });
  servers.push(vendor, http, download);
  const endpoints: Endpoint[] = [
    {
      host: '127.0.0.1',
      ports: [{ port: vendor.port, protocol: 'tls' }],
      websocketPath: WS_PATH,
      purpose: 'session',
    },
    { host: '127.0.0.1', ports: [{ port: http.port, protocol: 'http' }], purpose: 'web' },
  ];
  let failing: string | undefined;
  let restore: (() => Promise<void>) | undefined;
  const relays: Server[] = [];
  const relayed = new Set<Socket>();
  if (scenario === 'refused') {
    const port = await closedPort();
    endpoints.push({
      host: '127.0.0.1',
      ports: [{ port, protocol: 'tls' }],
      websocketPath: WS_PATH,
      purpose: 'relay',
    });
    failing = `127.0.0.1:${port}`;
    restore = async () => {
      const relay = createServer((socket) => {
        const upstream = connect(vendor.port, '127.0.0.1');
        relayed.add(socket).add(upstream);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
        socket.pipe(upstream).pipe(socket);
      });
      await new Promise<void>((resolve, reject) => {
        relay.once('error', reject);
        relay.listen(port, '127.0.0.1', () => resolve());
      });
      relays.push(relay);
    };
  }
  if (scenario === 'intercepted') {
    const inspected = await startTlsServer({
      pem: await issueCertificate(corporateCa, {
        commonName: '127.0.0.1',
        altNames: ['127.0.0.1'],
        organization: 'Example Corp Security',
      }),
      websocketPath: WS_PATH,
    });
    servers.push(inspected);
    endpoints.push({
      host: '127.0.0.1',
      ports: [{ port: inspected.port, protocol: 'tls' }],
      websocketPath: WS_PATH,
      purpose: 'relay',
    });
    failing = `127.0.0.1:${inspected.port}`;
  }
  const base = builtInCatalog();
  const catalog: Catalog = {
    ...base,
    id: `e2e-${scenario}`,
    name: 'Session Prep lab',
    ...(scenario === 'offline' ? {} : { endpoints, domains: ['127.0.0.1'] }),
    tls: { expectedIssuers: [VENDOR_CA] },
    bandwidth: { url: `http://127.0.0.1:${download.port}/bandwidth.bin` },
  };
  const catalogFile = join(dir, 'catalog.json');
  const caFile = join(dir, 'ca.pem');
  const publicRootsFile = join(dir, 'public-roots.pem');
  await writeFile(catalogFile, JSON.stringify(catalog, null, 2));
  await writeFile(caFile, corporateCa.cert);
  await writeFile(publicRootsFile, vendorCa.cert);
  return {
    dir,
    catalogFile,
    publicRootsFile,
    caFile,
    failing,
    ...(restore ? { restore } : {}),
    close: async () => {
      for (const socket of relayed) socket.destroy();
      for (const relay of relays) relay.close();
      await Promise.all(servers.map((s) => s.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
