import { methodNames, methods, type Api, type MethodName } from '../../shared/api';
import { refused, replySchema, type Reply } from '../../shared/reply';

/** Carries one call to the host and resolves with whatever came back, unchecked. */
export type Transport = (method: MethodName, params: unknown) => Promise<unknown>;

/**
 * Builds the typed `Api` from the method table over any transport. Every reply is parsed with the
 * method's result schema before it is returned; a transport failure becomes a refusal, never a throw.
 */
export function apiFromTransport(transport: Transport): Api {
  const api: Record<string, (params: unknown) => Promise<Reply<unknown>>> = {};
  for (const method of methodNames) {
    const schema = replySchema(methods[method].result);
    api[method] = async (params) => {
      let raw: unknown;
      try {
        raw = await transport(method, params);
      } catch (error) {
        return refused(
          'failed',
          `Session Prep could not be reached (${error instanceof Error ? error.message : String(error)}). Reload the page or restart Session Prep.`,
        );
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success)
        return refused(
          'bad_reply',
          `The answer to ${method} did not match what this page expects. Restart Session Prep; if it happens again, tell your support contact.`,
        );
      return parsed.data as Reply<unknown>;
    };
  }
  // Built from methodNames, so it has exactly the table's methods; the schemas above enforce each result type.
  return api as Api;
}
