import { afterAll, beforeAll, describe } from 'vitest';
import { createLab, type Lab, type LabSpec } from './lab';
import { labSkipReason } from './lab-support';
import { runCheckOnPc, type CliOutcome } from './run-cli';
import { PUBLIC_ROOTS_ENV } from '../../../src/main/core/network/public-roots';

/** Short step limits keep the lab quick: every host is one veth hop away, so 1.5 s is generous. */
export const LAB_TIMEOUT_MS = 1500;

export interface LabScenario {
  lab(): Lab;
  /**
   * `session-prep check --json` on the PC, network checks only unless told. The lab vendor's CA stands in
   * for the public roots (SESSION_PREP_PUBLIC_ROOTS); `ca` adds a corporate root with `--ca`.
   */
  check(
    extraArgs?: string[],
    options?: { ca?: string; only?: 'network' | 'bandwidth' | 'all'; env?: Record<string, string> },
  ): Promise<CliOutcome>;
}

/**
 * One lab for the whole file: made before its tests, torn down after (also when a test fails). Where the lab
 * cannot exist (not root, no namespaces), the file is skipped and one loud line says why.
 */
export function describeLab(title: string, spec: LabSpec, body: (s: LabScenario) => void): void {
  const reason = labSkipReason();
  describe.skipIf(reason !== undefined)(reason ? `${title} (skipped: ${reason})` : title, () => {
    let lab: Lab | undefined;
    beforeAll(async () => {
      lab = await createLab(spec);
    });
    afterAll(async () => {
      await lab?.close();
    });
    const current = () => {
      if (!lab) throw new Error('the lab was not created');
      return lab;
    };
    body({
      lab: current,
      check: (extraArgs = [], options = {}) => {
        const l = current();
        const only = options.only ?? 'network';
        return runCheckOnPc(
          l,
          [
            ...(options.ca ? ['--ca', options.ca] : []),
            '--timeout-ms',
            String(LAB_TIMEOUT_MS),
            ...(only === 'all' ? [] : ['--only', only]),
            ...extraArgs,
          ],
          { [PUBLIC_ROOTS_ENV]: l.vendorCaPath, ...options.env },
        );
      },
    });
  });
}

/** Host names of the lab catalog used by the scenarios (mirrors of the built-in catalog's first hosts). */
export const labHosts = {
  web: 'assist.zoho-com.lab.test',
  join: 'join.zoho-com.lab.test',
  downloads: 'downloads.zohocdn-com.lab.test',
  gateway: 'gateway.zohoassist-com.lab.test',
  staticOptional: 'css.zohostatic-com.lab.test',
} as const;
