import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBlockingChains } from './nft-analysis';

// Captured with `nft -j list ruleset` from rulesets loaded into a throwaway network namespace.
const ruleset = (name: string) =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('findBlockingChains', () => {
  it('finds a drop policy behind conditional accepts (lo, established, DNS): the allow goes at the end', () => {
    expect(findBlockingChains(ruleset('nft-policy-drop.json'), [80, 443])).toEqual([
      {
        family: 'inet',
        table: 'corp',
        chain: 'out',
        blockedPorts: [80, 443],
        firstDropHandle: undefined,
      },
    ]);
  });

  it('finds a reject of 80/443 and points at it, ignores other tables that accept and input chains', () => {
    expect(findBlockingChains(ruleset('nft-reject-443.json'), [80, 443])).toEqual([
      { family: 'ip', table: 'corp', chain: 'out', blockedPorts: [80, 443], firstDropHandle: 4 },
    ]);
    expect(findBlockingChains(ruleset('nft-reject-443.json'), [8080])).toEqual([
      { family: 'ip', table: 'corp', chain: 'out', blockedPorts: [8080], firstDropHandle: 5 },
    ]);
    expect(findBlockingChains(ruleset('nft-reject-443.json'), [22])).toEqual([]);
  });

  it('sees that an earlier unconditional accept already lets the ports out', () => {
    expect(findBlockingChains(ruleset('nft-open.json'), [80, 443])).toEqual([]);
    expect(findBlockingChains(ruleset('nft-open.json'), [443, 8443])).toEqual([
      {
        family: 'inet',
        table: 'corp',
        chain: 'out',
        blockedPorts: [8443],
        firstDropHandle: undefined,
      },
    ]);
  });

  it('needs an allow in every table whose chain drops, and counts an address-bound drop as blocking', () => {
    expect(findBlockingChains(ruleset('nft-two-tables.json'), [443])).toEqual([
      { family: 'inet', table: 'a', chain: 'out', blockedPorts: [443], firstDropHandle: undefined },
      { family: 'ip6', table: 'b', chain: 'out', blockedPorts: [443], firstDropHandle: 3 },
    ]);
  });

  it('skips a chain whose name nft would read as syntax', () => {
    const json = JSON.stringify({
      nftables: [
        {
          chain: {
            family: 'inet',
            table: 't',
            name: 'out; flush ruleset',
            hook: 'output',
            policy: 'drop',
          },
        },
      ],
    });
    expect(findBlockingChains(json, [443])).toEqual([]);
  });
});
