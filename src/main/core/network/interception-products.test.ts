import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  interceptorSpecs,
  makeInterceptor,
  type InterceptorName,
} from '../../../../test/fixtures/interceptors';
import { interceptionProductIds } from '../../../shared/interception';
import { resources } from '../../../shared/locales';
import { splitPem } from './pem';
import { identifyProduct, interceptionOf } from './interception-products';

const chainOf = (pem: string, root: string) =>
  [...splitPem(pem), root].map((p) => new X509Certificate(p));

describe('identifyProduct', () => {
  it('names Zscaler from its real public root (verbatim certificate)', () => {
    const root = new X509Certificate(osFixture('certs/zscaler-root-ca-2014.pem'));
    expect(identifyProduct([root])).toEqual({
      productId: 'zscaler',
      product: 'Zscaler',
      matchedBy: 'issuer',
      pattern: 'O=Zscaler Inc.',
    });
  });

  const made = new Map<InterceptorName, X509Certificate[]>();
  beforeAll(async () => {
    for (const name of Object.keys(interceptorSpecs) as InterceptorName[]) {
      const i = await makeInterceptor(interceptorSpecs[name], ['localhost']);
      made.set(name, chainOf(i.leaf.cert, i.root.cert));
    }
  });

  it.each([
    ['zscaler', 'Zscaler', 'issuer', 'O=Zscaler Inc.'],
    ['netskope', 'Netskope', 'issuer', 'CN=ca.acme.goskope.com'],
    ['netskopeTenant', 'Netskope', 'chain', 'O=Netskope Inc.'],
    ['cisco', 'Cisco Umbrella', 'issuer', 'CN=Cisco Umbrella Secondary SubCA ams-SG'],
    ['fortinet', 'Fortinet FortiGate', 'issuer', 'O=Fortinet'],
    ['eset', 'ESET', 'issuer', 'CN=ESET SSL Filter CA'],
    ['kaspersky', 'Kaspersky', 'issuer', 'CN=Kaspersky Anti-Virus Personal Root Certificate'],
  ] as const)('names %s from the chain it presents', (name, product, matchedBy, pattern) => {
    expect(identifyProduct(made.get(name) ?? [])).toMatchObject({ product, matchedBy, pattern });
  });

  it('leaves a device no pattern knows unnamed: "an SSL-inspection device (issuer …)"', () => {
    const chain = made.get('unknown') ?? [];
    expect(identifyProduct(chain)).toBeUndefined();
    expect(
      interceptionOf(undefined, 'CN=Corp SSL Inspection CA', 'CN=Corp SSL Inspection CA'),
    ).toEqual({
      product: null,
      matchedBy: 'none',
      issuer: 'CN=Corp SSL Inspection CA',
      root: 'CN=Corp SSL Inspection CA',
    });
  });

  it('has the bypass wording of every product in both languages', () => {
    for (const id of interceptionProductIds) {
      expect(resources.en.verdicts.interception.bypass[id], id).toBeTruthy();
      expect(resources.ja.verdicts.interception.bypass[id], id).toBeTruthy();
    }
  });
});
