import { z } from 'zod';
import { commandOf, type CommandRunner } from '../os/run-command';
import type { NftRuleRef } from '../journal/journal';

const nftRuleSchema = z.object({
  family: z.string(),
  table: z.string(),
  chain: z.string(),
  handle: z.number().int(),
  comment: z.string().optional(),
});

const nftListingSchema = z.object({ nftables: z.array(z.record(z.string(), z.unknown())) });

/** The handles of the rules in `nft -j -a list …` output whose comment is `comment`. */
export function handlesWithComment(json: string, ref: NftRuleRef): number[] {
  const listing = nftListingSchema.parse(JSON.parse(json));
  const handles: number[] = [];
  for (const item of listing.nftables) {
    const rule = nftRuleSchema.safeParse(item.rule);
    if (!rule.success) continue;
    const r = rule.data;
    if (
      r.family === ref.family &&
      r.table === ref.table &&
      r.chain === ref.chain &&
      r.comment === ref.comment
    )
      handles.push(r.handle);
  }
  return handles;
}

export type WrapCommand = (argv: readonly string[]) => string[];

/** Deletes exactly our rules (by handle, found by comment); a missing chain or rule means nothing to undo. */
export async function deleteRulesByComment(
  ref: NftRuleRef,
  run: CommandRunner,
  wrap: WrapCommand,
): Promise<{ ok: boolean; deleted: number; error?: string }> {
  const listed = await run(
    commandOf(wrap(['nft', '-j', '-a', 'list', 'chain', ref.family, ref.table, ref.chain])),
  );
  if (!listed.ok) {
    // The chain is gone (table flushed, reboot without persistence): the rule went with it.
    if (/No such file or directory|does not exist/i.test(listed.stderr))
      return { ok: true, deleted: 0 };
    return { ok: false, deleted: 0, error: listed.startError ?? listed.stderr.trim() };
  }
  const handles = handlesWithComment(listed.stdout, ref);
  for (const handle of handles) {
    const res = await run(
      commandOf(
        wrap(['nft', 'delete', 'rule', ref.family, ref.table, ref.chain, 'handle', String(handle)]),
      ),
    );
    if (!res.ok) return { ok: false, deleted: 0, error: res.startError ?? res.stderr.trim() };
  }
  return { ok: true, deleted: handles.length };
}
