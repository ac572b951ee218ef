import { z } from 'zod';

/** What an HTTP answer said: the status the probe saw, and the headers that name who answered. */
export const httpResponseSchema = z
  .strictObject({
    status: z.number().int(),
    statusMessage: z.string().optional(),
    location: z.string().optional(),
    server: z.string().optional(),
    via: z.string().optional(),
    /** A proxy's `Proxy-Authenticate` on a refused CONNECT: which schemes it asks for. */
    authenticate: z.string().optional(),
  })
  .meta({ id: 'HttpResponse' });
export type HttpResponse = z.infer<typeof httpResponseSchema>;
