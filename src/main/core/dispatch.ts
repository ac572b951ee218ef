import {
  isMethodName,
  methods,
  type MethodName,
  type ParsedParamsOf,
  type ResultOf,
} from '../../shared/api';
import { issuesOf, refused, type Reply } from '../../shared/reply';
import type { CallContext, CoreOptions } from './context';
import { createHandlers } from './handlers';

export type Handler<M extends MethodName> = (
  params: ParsedParamsOf<M>,
  call: CallContext,
) => Promise<Reply<ResultOf<M>>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export type Dispatch = (
  method: unknown,
  params: unknown,
  call: CallContext,
) => Promise<Reply<unknown>>;

/** The one entry the shell, browser mode and the CLI call: it parses what arrives, then runs the method. */
export function createDispatch(options: CoreOptions): Dispatch {
  const handlers = createHandlers(options);
  return async (method, params, call) => {
    if (!isMethodName(method))
      return refused(
        'unknown_method',
        `There is no method ${JSON.stringify(String(method)).slice(0, 80)}.`,
      );
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success)
      return refused(
        'bad_params',
        `The parameters of ${method} are not valid.`,
        issuesOf(parsed.error),
      );
    try {
      return await runHandler(handlers, method, parsed.data, call);
    } catch (error) {
      // The one catch at this edge: a bug, logged with its stack, answered with a sentence.
      console.error(`[session-prep] ${method} failed:`, error);
      return refused(
        'internal',
        'Something went wrong inside Session Prep. Please try again; if it happens again, send the report to your support contact.',
      );
    }
  };
}

function runHandler<M extends MethodName>(
  handlers: Handlers,
  method: M,
  params: ParsedParamsOf<M>,
  call: CallContext,
) {
  return handlers[method](params, call);
}
