import { expect, it } from 'vitest';
import { addr } from './harness/topology';
import { describeLab, labHosts } from './harness/scenario';

describeLab('verdict proxy_unreachable: the configured proxy does not answer', {}, (s) => {
  it('proves proxy_unreachable: the proxy check and every tunnel say so, with the raw ECONNREFUSED', async () => {
    const proxy = `http://${addr.officeLan}:3999`;
    const out = await s.check(['--proxy', proxy]);
    expect(out.exitCode).toBe(1);
    const p = out.check(`proxy:${addr.officeLan}:3999`);
    expect(p).toMatchObject({ status: 'fail', verdict: 'proxy_unreachable' });
    expect(p.message).toContain('cannot be reached');
    expect(JSON.stringify(p.detail)).toContain('ECONNREFUSED');
    expect(out.check(`tcp:${labHosts.web}:443`).verdict).toBe('proxy_unreachable');
  });

  it('also when the proxy address is simply not there (HTTPS_PROXY from the environment)', async () => {
    const out = await s.check([], {
      env: {
        HTTPS_PROXY: `http://${addr.nowhere}:8080`,
        HTTP_PROXY: `http://${addr.nowhere}:8080`,
      },
    });
    expect(out.exitCode).toBe(1);
    expect(out.check(`proxy:${addr.nowhere}:8080`).verdict).toBe('proxy_unreachable');
  });
});
