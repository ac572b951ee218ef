import type { MethodName, ParsedParamsOf, ResultOf } from '../../../shared/api';
import type { Reply } from '../../../shared/reply';
import type { CallContext } from '../context';

/** One method's implementation: parsed params in, its own result type out (as a value, never thrown). */
export type Handler<M extends MethodName> = (
  params: ParsedParamsOf<M>,
  call: CallContext,
) => Promise<Reply<ResultOf<M>>>;

/** The whole method table's implementations; each area contributes its part (see index.ts). */
export type Handlers = { [M in MethodName]: Handler<M> };
