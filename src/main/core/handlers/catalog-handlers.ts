import { catalogRefOf } from '../../../shared/catalog';
import { ok } from '../../../shared/reply';
import { catalogEffects } from '../catalog/catalog-effects';
import { checkCatalogPolicy } from '../catalog/catalog-policy';
import { parseCatalogSchema, readCatalogText } from '../catalog/load-catalog';
import type { Handlers } from './handler-types';

/** `catalog.check`: a catalog file judged by the schema, then by the policy, with what it would make us do. */
export function catalogHandlers(): Pick<Handlers, 'catalog.check'> {
  return {
    'catalog.check': async ({ path, lang }) => {
      const text = await readCatalogText(path, lang);
      if (!text.ok) return text;
      const parsed = parseCatalogSchema(text.value, path, lang);
      if (!parsed.ok) return parsed;
      const refusals = checkCatalogPolicy(parsed.value, lang);
      return ok({
        acceptable: refusals.length === 0,
        catalog: catalogRefOf(parsed.value),
        refusals,
        effects: catalogEffects(parsed.value, lang),
      });
    },
  };
}
