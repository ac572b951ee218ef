import { z } from 'zod';

export const dataCentreSchema = z.enum(['us', 'eu', 'in', 'au', 'cn', 'jp', 'uk', 'ca', 'sa']);
export type DataCentre = z.infer<typeof dataCentreSchema>;

/** The `session-prep link --json` document of ARCHITECTURE.md. */
export const validLinkSchema = z.object({
  url: z.string(),
  key: z.string().regex(/^\d+$/),
  dataCentre: dataCentreSchema.nullable(),
});
export type ValidLink = z.infer<typeof validLinkSchema>;

export const linkRefusalSchema = z.enum([
  'empty',
  'not_https',
  'bad_scheme',
  'userinfo',
  'unknown_host',
  'lookalike_host',
  'bad_port',
  'no_key',
  'key_not_numeric',
  'key_length',
  'too_long',
  'unparseable',
  'hidden_characters',
  'no_join_hosts',
]);
export type LinkRefusal = z.infer<typeof linkRefusalSchema>;

export const linkValidationSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    link: validLinkSchema,
    /** The hosts to check before opening: that data centre's endpoints and the global ones. */
    checkHosts: z.array(z.string()).optional(),
  }),
  z.object({ ok: z.literal(false), reason: linkRefusalSchema, message: z.string() }),
]);
export type LinkValidation = z.infer<typeof linkValidationSchema>;

export const openWindowSchema = z.object({ title: z.string(), app: z.string() });
export const privacyWindowsSchema = z.object({
  supported: z.boolean(),
  windows: z.array(openWindowSchema),
  message: z.string().optional(),
  /** Why the windows could not be listed, for support only (issue 15: not in the customer's sentence). */
  detail: z.string().optional(),
});
export type PrivacyWindows = z.infer<typeof privacyWindowsSchema>;

export const imeStatusSchema = z.object({
  applicable: z.boolean(),
  /** true: "use previous version of Microsoft IME" is on; null: could not be read. */
  previousImeOn: z.boolean().nullable(),
  message: z.string(),
});
export type ImeStatus = z.infer<typeof imeStatusSchema>;
