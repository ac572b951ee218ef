import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { scopeHosts } from './endpoint-plan';

const catalog = builtInCatalog();
const hostsOf = (plans: { host: string; required: boolean }[]) =>
  plans.map((p) => `${p.host}${p.required ? '' : ' (optional)'}`);

describe('scopeHosts: the data centre that matters (issue 12)', () => {
  it('without an invitation: the catalog’s defaultRegion (Zoho: us) and the global hosts; the others named in notTested', () => {
    expect(catalog.defaultRegion).toBe('us');
    const scope = scopeHosts(catalog, {}, 'en');
    expect(hostsOf(scope.plans)).toEqual([
      'assist.zoho.com',
      'join.zoho.com',
      'downloads.zohocdn.com',
      'gateway.zohoassist.com',
      'css.zohostatic.com (optional)',
      'us4-dms.zoho.com (optional)',
      'us3-dms.zoho.com (optional)',
      'dms.zoho.com (optional)',
    ]);
    expect(scope.dataCentre).toEqual({ region: 'us', source: 'default' });
    expect(scope.notTested).toContain(
      'assist.zoho.eu: not checked; it belongs to the eu data centre, and this check covers us (the default data centre). --all-regions checks every data centre.',
    );
    expect(scope.notTested.some((l) => l.startsWith('jp1-dms.zoho.jp:'))).toBe(true);
    expect(scope.notTested.some((l) => l.startsWith('assist.zoho.com:'))).toBe(false);
  });

  it('an EU invitation requires the EU web host, keeps unconfirmed ones optional, and checks no US host', () => {
    const scope = scopeHosts(catalog, { dataCentre: 'eu' }, 'ja');
    expect(hostsOf(scope.plans)).toEqual([
      'downloads.zohocdn.com',
      'gateway.zohoassist.com',
      'css.zohostatic.com (optional)',
      'assist.zoho.eu',
      'join.zoho.eu (optional)',
      'eu1-dms.zoho.eu (optional)',
      'eu2-dms.zoho.eu (optional)',
    ]);
    expect(scope.dataCentre).toEqual({ region: 'eu', source: 'invitation' });
    expect(scope.notTested[0]).toBe(
      'assist.zoho.com: 未確認です。us データセンターのアドレスで、今回のチェックの対象は eu（招待のデータセンター）です。すべてのデータセンターを確認するには --all-regions を指定してください。',
    );
  });

  it('--all-regions checks every host; other data centres’ only as warnings, as before', () => {
    const scope = scopeHosts(catalog, { allRegions: true }, 'en');
    expect(scope.notTested).toEqual([]);
    expect(scope.plans).toHaveLength(catalog.endpoints.length);
    expect(scope.plans.find((p) => p.host === 'assist.zoho.com')?.required).toBe(true);
    expect(scope.plans.find((p) => p.host === 'assist.zoho.eu')?.required).toBe(false);
    expect(scope.dataCentre).toEqual({ region: 'us', source: 'all' });
  });

  it('a catalog without defaultRegion checks every region as it marks them; the hosts filter still applies', () => {
    const { defaultRegion: _unused, ...rest } = catalog;
    const scope = scopeHosts(rest, {}, 'en', ['ASSIST.zoho.eu', 'assist.zoho.com']);
    expect(hostsOf(scope.plans)).toEqual(['assist.zoho.com', 'assist.zoho.eu']);
    expect(scope.dataCentre).toEqual({ region: null, source: 'all' });
  });

  it('keeps the WebSocket path and whether the catalog marks it confirmed', () => {
    const plans = scopeHosts(catalog, {}, 'en').plans;
    expect(plans.find((p) => p.host === 'gateway.zohoassist.com')).toMatchObject({
      websocketPath: '/w_socket',
      isWebsocketVerified: false,
    });
    expect(plans.find((p) => p.host === 'us4-dms.zoho.com')).toMatchObject({
      websocketPath: '/wsconnect',
      isWebsocketVerified: true,
    });
  });
});
