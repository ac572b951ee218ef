import { z } from 'zod';

/**
 * The raw error of a failed step, kept whole enough that a support engineer can search for it
 * (ARCHITECTURE.md: "Every result keeps the raw error (errno, code) in `detail`").
 */
export const rawErrorSchema = z
  .strictObject({
    message: z.string().optional(),
    code: z.string().optional(),
    errno: z.union([z.number(), z.string()]).optional(),
    syscall: z.string().optional(),
    address: z.string().optional(),
    port: z.number().optional(),
    hostname: z.string().optional(),
  })
  .meta({ id: 'RawError' });
export type RawError = z.infer<typeof rawErrorSchema>;
