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
    /**
     * Added (issue 15): the error a proxy named for a destination it could not reach (Squid's
     * X-Squid-Error, RFC 9209 Proxy-Status), kept here since the sentence no longer carries it.
     */
    proxyError: z.string().max(200).optional(),
  })
  .meta({ id: 'HttpResponse' });
export type HttpResponse = z.infer<typeof httpResponseSchema>;
