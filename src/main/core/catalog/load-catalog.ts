import { readFile } from 'node:fs/promises';
import { catalogSchema, type Catalog } from '../../../shared/catalog';
import { issuesOf, refused, ok, type Reply } from '../../../shared/reply';
import builtInCatalogJson from '../../../../assets/catalogs/zoho-assist.json' with { type: 'json' };

/** The built-in Zoho Assist catalog, validated like any other. */
export function builtInCatalog(): Catalog {
  const parsed = catalogSchema.safeParse(builtInCatalogJson);
  // The built-in file is ours and tested: failing here is a bug, not bad input.
  if (!parsed.success)
    throw new Error(`built-in catalog is invalid: ${JSON.stringify(issuesOf(parsed.error))}`);
  return parsed.data;
}

/** Parses catalog JSON text; a refusal names the file, the bad field's path and what was expected. */
export function parseCatalog(text: string, source: string): Reply<Catalog> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refused(
      'bad_catalog',
      `The catalog ${source} is not JSON (${why}). Check the file, or run without --catalog to use the built-in one.`,
    );
  }
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const lines = issues.slice(0, 5).map((i) => `  ${formatPath(i.path)}: ${i.message}`);
    const more = issues.length > 5 ? `\n  …and ${issues.length - 5} more` : '';
    return refused(
      'bad_catalog',
      `The catalog ${source} is not valid:\n${lines.join('\n')}${more}`,
      issues,
    );
  }
  return ok(parsed.data);
}

/** Reads and validates a catalog file; never throws for a missing, unreadable or broken file. */
export async function loadCatalogFile(path: string): Promise<Reply<Catalog>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EACCES'
          ? 'it cannot be read (permission denied)'
          : code === 'EISDIR'
            ? 'it is a folder'
            : String(code ?? error);
    return refused(
      'bad_catalog',
      `Cannot read the catalog ${path}: ${why}. Give the path of a catalog JSON file.`,
    );
  }
  return parseCatalog(text, path);
}

/** `endpoints[0].host` from ["endpoints", 0, "host"]. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the whole file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
