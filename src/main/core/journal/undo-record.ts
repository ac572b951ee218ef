import { z } from 'zod';

/**
 * What undo needs to know about one change, as data: never a command. Undo rebuilds the commands from it
 * with the same builders that applied the change (`fixes/undo-commands.ts`), so a tampered journal can at
 * most ask to remove one of our own rules again. Every field is as strict as what we ever write.
 */
const port = z.number().int().min(1).max(65535);
const ports = z.array(port).min(1).max(64);
// Our Windows Firewall rules: `SessionPrep-Out-` and 16 hex digits (firewallRuleName).
const windowsRuleName = z.string().regex(/^SessionPrep-Out-[0-9a-f]{16}$/);
const nftName = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/);
// firewalld's own rule for a policy name (plan-firewalld's SAFE_POLICY).
const policyName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_+-]{0,63}$/);
// An application bundle by its absolute path: no control character, no `..`, ending in `.app`.
const appPath = z
  .string()
  .max(1024)
  .regex(/^\/(?:[^/]+\/)*[^/]+\.app$/)
  .refine((p) => !p.split('/').includes('..'), 'no ".." segment')
  .refine((p) => ![...p].some((c) => (c.codePointAt(0) ?? 0) < 0x20), 'no control character');

/** An nftables rule of ours, found again by its comment, so undo works even when apply was killed midway. */
export const nftRuleRefSchema = z
  .strictObject({
    family: z.enum(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']),
    table: nftName,
    chain: nftName,
    comment: z.string().min(1).max(120),
  })
  .refine(
    (r) => r.comment === `session-prep:${r.family}:${r.table}:${r.chain}`.slice(0, 120),
    'the comment is the one Session Prep writes for this chain',
  );
export type NftRuleRef = z.infer<typeof nftRuleRefSchema>;

export const undoRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('windows-firewall'),
    rules: z.array(windowsRuleName).min(1).max(512),
  }),
  // The exclusions added are in the note beside the journal (defenderNotePath), written by the same run.
  z.strictObject({ kind: z.literal('windows-defender') }),
  z.strictObject({
    kind: z.literal('macos-firewall'),
    apps: z
      .array(z.strictObject({ path: appPath, restore: z.enum(['remove', 'block']) }))
      .min(1)
      .max(64),
  }),
  z.strictObject({ kind: z.literal('linux-ufw'), ports }),
  z.strictObject({ kind: z.literal('linux-nft'), rules: z.array(nftRuleRefSchema).min(1).max(64) }),
  z.strictObject({ kind: z.literal('linux-firewalld-policy'), policy: policyName, ports }),
  z.strictObject({
    kind: z.literal('linux-firewalld-direct'),
    ipv: z.enum(['ipv4', 'ipv6']),
    priority: z.number().int().min(-32768).max(0),
    ports,
  }),
  z.strictObject({
    kind: z.literal('ime'),
    before: z.union([
      z.strictObject({
        state: z.literal('present'),
        value: z.number().int().min(0).max(0xffffffff),
      }),
      z.strictObject({ state: z.literal('absent') }),
    ]),
  }),
  // A change with nothing to revert (a plan entry that only informs).
  z.strictObject({ kind: z.literal('nothing') }),
]);
export type UndoRecord = z.infer<typeof undoRecordSchema>;

/** The journal's older form (before issue 14): raw argument arrays. Never run as they are. */
export const legacyUndoSchema = z.object({
  commands: z.array(z.array(z.string()).min(1)),
  needsElevation: z.boolean().optional(),
  nftRules: z.array(z.unknown()).optional(),
});
export type LegacyUndo = z.infer<typeof legacyUndoSchema>;
