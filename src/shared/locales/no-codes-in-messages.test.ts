import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import type { Lang } from '../lang';
import { verdictSchema, type Verdict } from '../verdicts';
import { wordVerdict } from '../word-verdict';
import { resources } from './index';

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
/** What a machine code looks like: errno names, Node's and Squid's ERR_ names, Chromium's net:: errors. */
const MACHINE_CODE = /\bE[A-Z]{3,}\b|ERR_|net::/;

function messages(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
}

// The probes pass the raw error's code with every failure (`code`, a proxy's `error`, a PAC fetch's
// `reason`); the person reads the sentence, the support engineer the detail (issue 15). So a sentence
// filled with real codes must not show any of them.
const codes = {
  code: 'ENOTFOUND',
  error: 'ERR_CONNECT_FAIL',
  status: 'ECONNRESET',
  reason: 'net::ERR_NAME_NOT_RESOLVED',
};
/** `skipped` and `unmeasured` name a reason that is itself a translated sentence. */
const sentenceReason = new Set(['skipped', 'unmeasured']);

describe('no machine codes in messages', () => {
  it.each(['en', 'ja'] as Lang[])('%s: every verdict message, variant and fix', (lang) => {
    const verdictKeys = new Set<string>(verdictSchema.options);
    let worded = 0;
    for (const [key, en] of messages(resources.en.verdicts)) {
      const [verdict, variant] = key.split('.');
      if (!verdict || !verdictKeys.has(verdict) || variant === undefined) continue;
      const named = [...en.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
      const vars: Record<string, string> = Object.fromEntries(named.map((n) => [n, `<${n}>`]));
      const filled = {
        ...vars,
        code: codes.code,
        error: codes.error,
        ...(sentenceReason.has(verdict) ? {} : { reason: codes.reason }),
        // An HTTP status is a number; only the proxy's closed-without-answer says it in words.
        ...(named.includes('status') ? {} : { status: codes.status }),
      };
      const w = wordVerdict(lang, verdict as Verdict, {
        ...(verdict === 'ok' ? { kind: 'tcp' as const } : {}),
        ...(variant === 'message' || variant === 'fix' ? {} : { variant }),
        vars: filled,
      });
      const text = variant === 'fix' ? (w.fix ?? '') : w.message;
      expect(text, `${lang} ${key}: ${text}`).not.toMatch(MACHINE_CODE);
      worded += 1;
    }
    expect(worded).toBeGreaterThan(60);
  });

  it.each(['en', 'ja'] as Lang[])('%s: the reasons a speed was not measured', (lang) => {
    const t = translator(lang);
    const keys = Object.keys(
      resources.en.verdicts.bandwidth.reason,
    ) as (keyof typeof resources.en.verdicts.bandwidth.reason)[];
    for (const key of keys) {
      const text = t(`verdicts:bandwidth.reason.${key}`, {
        host: 'h',
        status: 407,
        seconds: 5,
        bytes: 1,
        code: 'ECONNRESET',
      });
      expect(text, `${lang} ${key}`).not.toMatch(MACHINE_CODE);
    }
  });

  it.each(['en', 'ja'] as Lang[])('%s: a proxy setup script that failed', (lang) => {
    const t = translator(lang);
    for (const key of ['pacFetchFailed', 'pacRunFailed', 'wpadRunFailed'] as const)
      expect(
        t(`system:proxy.${key}`, { url: 'http://wpad/wpad.dat', reason: 'ENOTFOUND' }),
      ).not.toMatch(MACHINE_CODE);
  });
});
