import { z } from 'zod';
import { catalogSchema } from '../../../shared/catalog';
import { reportDocumentSchema } from '../../../shared/report-schemas';

/**
 * The JSON Schemas published in schemas/, generated from the same zod schemas the code parses with, so they
 * cannot drift (a test compares the committed files). Regenerate: UPDATE_SCHEMAS=1 npx vitest run src/main/core/report/json-schemas.test.ts
 */
export const publishedJsonSchemas = {
  'schemas/report.schema.json': () =>
    withId(
      // The detail pieces with an id (RawError, CertificateSummary, HttpResponse…) are written once, in $defs.
      withUnionsSpelled(z.toJSONSchema(reportDocumentSchema, { override: adjust })),
      'report.schema.json',
    ),
  'schemas/catalog.schema.json': () =>
    withId(
      z.toJSONSchema(
        catalogSchema.meta({
          title: 'Session Prep catalog',
          description:
            'What a remote-support product needs: requirements, endpoints and the agent’s footprint.',
        }),
        { override: adjust },
      ),
      'catalog.schema.json',
    ),
} as const;

/** The text of a published schema file, as committed. */
export function jsonSchemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// zod names startsWith/endsWith/includes as formats that no JSON Schema validator knows; the pattern it
// emits beside them already says the same thing.
const zodOnlyFormats = new Set(['starts_with', 'ends_with', 'includes']);

interface OverrideContext {
  zodSchema: { _zod: { def: object } };
  jsonSchema: { format?: string; pattern?: string };
}

function adjust(ctx: OverrideContext): void {
  if (ctx.jsonSchema.format && zodOnlyFormats.has(ctx.jsonSchema.format))
    delete ctx.jsonSchema.format;
  keepCaseInsensitivity(ctx);
}

// zod writes a union of primitives (an errno that is a number or a string) as `type: [a, b]`, which Ajv's
// strict mode refuses; `anyOf` says the same to every validator. `[T, "null"]` (nullable) is fine as it is.
function withUnionsSpelled(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, spellUnionTypes(v)]));
}

function spellUnionTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(spellUnionTypes);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = spellUnionTypes(value);
  const { type } = out;
  if (Array.isArray(type) && type.filter((t) => t !== 'null').length > 1) {
    delete out.type;
    out.anyOf = type.map((t: unknown) => ({ type: t }));
  }
  return out;
}

// JSON Schema patterns have no flags, and zod drops the `i` of /^[a-z0-9.-]+$/i: without this, the published
// schema would refuse "Assist.Zoho.com", which the app accepts.
function keepCaseInsensitivity(ctx: OverrideContext): void {
  const { checks } = ctx.zodSchema._zod.def as {
    checks?: { _zod: { def: { pattern?: unknown } } }[];
  };
  for (const check of checks ?? []) {
    const pattern = check._zod.def.pattern;
    if (
      !(pattern instanceof RegExp) ||
      !pattern.flags.includes('i') ||
      ctx.jsonSchema.pattern !== pattern.source
    )
      continue;
    const lettersLeft = pattern.source.replace(/a-z/g, '').replace(/\\[A-Za-z]/g, '');
    if (/[A-Za-z]/.test(lettersLeft))
      throw new Error(`caseless pattern with letters beyond a-z ranges: ${pattern.source}`);
    ctx.jsonSchema.pattern = pattern.source.replace(/a-z/g, 'a-zA-Z');
  }
}

function withId(schema: Record<string, unknown>, fileName: string): Record<string, unknown> {
  // A relative $id keeps the file self-describing without claiming a URL nobody hosts.
  const { $schema, ...rest } = schema;
  return { $schema, $id: fileName, ...rest };
}
