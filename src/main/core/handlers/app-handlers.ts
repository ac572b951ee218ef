import { catalogRefOf } from '../../../shared/catalog';
import { ok } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { toolVersion } from '../tool-info';

export function appHandlers(options: CoreOptions): Pick<Handlers, 'app.info'> {
  return {
    'app.info': async () =>
      ok({
        version: toolVersion,
        lang: options.lang,
        platform: process.platform,
        mode: options.mode === 'electron' ? 'electron' : 'web',
        catalog: catalogRefOf(options.catalog),
      }),
  };
}
