import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { catalogSchema, type Catalog } from '../../../shared/catalog';
import { translator, type Translate } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { issuesOf, refused, ok, type Reply } from '../../../shared/reply';
import builtInCatalogJson from '../../../../assets/catalogs/zoho-assist.json' with { type: 'json' };
import { checkCatalogPolicy } from './catalog-policy';

// Far above any real catalog (the built-in one is 12 kB): a larger file is not read into memory.
const MAX_CATALOG_BYTES = 1024 * 1024;

/** The built-in Zoho Assist catalog, validated and passed through the catalog policy like any other. */
export function builtInCatalog(): Catalog {
  const parsed = catalogSchema.safeParse(builtInCatalogJson);
  // The built-in file is ours and tested: failing here is a bug, not bad input.
  if (!parsed.success)
    throw new Error(`built-in catalog is invalid: ${JSON.stringify(issuesOf(parsed.error))}`);
  const refusals = checkCatalogPolicy(parsed.data, 'en');
  if (refusals.length > 0)
    throw new Error(`built-in catalog is refused: ${refusals.map((r) => r.message).join(' ')}`);
  return parsed.data;
}

/**
 * Parses catalog JSON text and passes it through the catalog policy: nothing uses a catalog before both.
 * A refusal names the file and each bad entry (its path, what was expected, or why the policy refuses it).
 */
export function parseCatalog(text: string, source: string, lang: Lang = 'en'): Reply<Catalog> {
  const parsed = parseCatalogSchema(text, source, lang);
  if (!parsed.ok) return parsed;
  return policyVerdict(parsed.value, source, lang);
}

/** The catalog as it is, if the policy refuses none of its entries; else the refusal, one line per entry. */
export function policyVerdict(catalog: Catalog, source: string, lang: Lang): Reply<Catalog> {
  const refusals = checkCatalogPolicy(catalog, lang);
  if (refusals.length === 0) return ok(catalog);
  const t = translator(lang);
  const lines = refusals.slice(0, 10).map((r) => `  ${r.message}`);
  if (refusals.length > 10) lines.push(t('policy:more', { count: refusals.length - 10 }));
  return refused(
    'bad_catalog',
    t('policy:refused', { source, lines: lines.join('\n') }),
    refusals.map((r) => ({ path: [r.path], message: r.message })),
  );
}

/** Parses catalog JSON text against the schema only; a refusal names the file, the bad field's path and what was expected. */
export function parseCatalogSchema(
  text: string,
  source: string,
  lang: Lang = 'en',
): Reply<Catalog> {
  const t = translator(lang);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return refused('bad_catalog', t('catalog:notJson', { source, why: jsonProblem(raw, lang, t) }));
  }
  // Zod's own words for what was expected, in Japanese from zod's ja locale.
  const parsed = catalogSchema.safeParse(
    json,
    lang === 'ja' ? { error: z.locales.ja().localeError } : undefined,
  );
  if (!parsed.success) {
    // Our own rule's text is fixed in the schema; it is worded here in the user's language.
    const issues = issuesOf(parsed.error).map((issue, i) => {
      const raw = parsed.error.issues[i];
      return raw?.code === 'custom' && raw.params?.rule === 'recommendedAtLeastMin'
        ? { ...issue, message: t('catalog:recommendedBelowMin') }
        : issue;
    });
    const lines = issues.slice(0, 5).map((i) => `  ${formatPath(i.path, t)}: ${i.message}`);
    if (issues.length > 5) lines.push(t('catalog:more', { count: issues.length - 5 }));
    return refused(
      'bad_catalog',
      t('catalog:invalid', { source, lines: lines.join('\n') }),
      issues,
    );
  }
  return ok(parsed.data);
}

/** Reads and validates a catalog file; never throws for a missing, unreadable or broken file. */
export async function loadCatalogFile(path: string, lang: Lang = 'en'): Promise<Reply<Catalog>> {
  const text = await readCatalogText(path, lang);
  return text.ok ? parseCatalog(text.value, path, lang) : text;
}

/** A catalog file's text; a missing, unreadable, oversized or folder path is a refusal that says so. */
export async function readCatalogText(path: string, lang: Lang = 'en'): Promise<Reply<string>> {
  const t = translator(lang);
  let text: string;
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_CATALOG_BYTES)
      return refused(
        'bad_catalog',
        t('catalog:unreadable', { path, why: t('catalog:why.tooBig') }),
      );
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    const why =
      code === 'ENOENT'
        ? t('catalog:why.noFile')
        : code === 'EACCES'
          ? t('catalog:why.denied')
          : code === 'EISDIR'
            ? t('catalog:why.folder')
            : (code ?? String(error));
    return refused('bad_catalog', t('catalog:unreadable', { path, why }));
  }
  return ok(text);
}

/** `endpoints[0].host` from ["endpoints", 0, "host"]. */
export function formatPath(
  path: readonly (string | number)[],
  t: Translate = translator('en'),
): string {
  if (path.length === 0) return t('catalog:wholeFile');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Why JSON.parse gave up, in words of the language: V8's own sentence is English, so Japanese gets
 * what it names (the position, the character, an early end), and English keeps V8's words as they were.
 */
function jsonProblem(raw: string, lang: Lang, t: Translate): string {
  if (lang === 'en') return raw;
  const position = /\bposition (\d+)/.exec(raw)?.[1];
  if (position !== undefined) return t('catalog:json.near', { position: Number(position) + 1 });
  const char = /^Unexpected token '(.+?)'/.exec(raw)?.[1];
  if (char !== undefined) return t('catalog:json.unexpected', { char });
  return /^Unexpected end/.test(raw) ? t('catalog:json.ended') : t('catalog:json.broken');
}
