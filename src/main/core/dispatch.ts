import {
  isCallableBy,
  isMethodName,
  methods,
  type MethodName,
  type ParsedParamsOf,
} from '../../shared/api';
import { translator } from '../../shared/i18n';
import { langSchema, type Lang } from '../../shared/lang';
import { issuesOf, refused, type Reply } from '../../shared/reply';
import type { CallContext, CoreOptions } from './context';
import { checkCatalogPolicy } from './catalog/catalog-policy';
import { createHandlers } from './handlers';
import type { Handler, Handlers } from './handlers/handler-types';

export type { Handler, Handlers };

export type Dispatch = (
  method: unknown,
  params: unknown,
  call: CallContext,
) => Promise<Reply<unknown>>;

/**
 * The one entry the shell, browser mode and the CLI call: it parses what arrives, then runs the method.
 * The page (Electron or browser mode) reaches only the methods the table opens to it.
 */
export function createDispatch(options: CoreOptions): Dispatch {
  // Front doors load catalogs through the policy (load-catalog.ts); a core built on a catalog it refuses
  // is a bug in the front door, and nothing may run on it.
  const refusals = checkCatalogPolicy(options.catalog, 'en');
  if (refusals.length > 0)
    throw new Error(`core refuses this catalog: ${refusals.map((r) => r.message).join(' ')}`);
  const handlers = createHandlers(options);
  const caller = options.mode === 'cli' ? 'cli' : 'page';
  return async (method, params, call) => {
    // A refusal speaks the language the call asked for, when it got as far as saying one.
    const t = translator(langOf(params, options.lang));
    if (!isMethodName(method) || !isCallableBy(method, caller))
      return refused(
        'unknown_method',
        t('api:dispatch.unknownMethod', { name: JSON.stringify(String(method)).slice(0, 80) }),
      );
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success)
      return refused('bad_params', t('api:dispatch.badParams', { method }), issuesOf(parsed.error));
    try {
      return await runHandler(handlers, method, parsed.data, call);
    } catch (error) {
      // The one catch at this edge: a bug, logged with its stack, answered with a sentence.
      console.error(`[session-prep] ${method} failed:`, error);
      return refused('internal', t('api:dispatch.internal'));
    }
  };
}

function langOf(params: unknown, fallback: Lang): Lang {
  if (typeof params !== 'object' || params === null || !('lang' in params)) return fallback;
  const lang = langSchema.safeParse(params.lang);
  return lang.success ? lang.data : fallback;
}

function runHandler<M extends MethodName>(
  handlers: Handlers,
  method: M,
  params: ParsedParamsOf<M>,
  call: CallContext,
) {
  return handlers[method](params, call);
}
