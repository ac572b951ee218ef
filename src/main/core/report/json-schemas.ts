import { z } from 'zod';
import { catalogSchema } from '../../../shared/catalog';
import { reportDocumentSchema } from '../../../shared/report-schemas';

/**
 * The JSON Schemas published in schemas/, generated from the same zod schemas the code parses with, so they
 * cannot drift (a test compares the committed files). Regenerate: UPDATE_SCHEMAS=1 npx vitest run src/main/core/report/json-schemas.test.ts
 */
export const publishedJsonSchemas = {
  'schemas/report.schema.json': () =>
    withId(z.toJSONSchema(reportDocumentSchema, { override: dropZodOnlyFormats }), 'report.schema.json'),
  'schemas/catalog.schema.json': () =>
    withId(
      z.toJSONSchema(
        catalogSchema.meta({ title: 'Session Prep catalog', description: 'What a remote-support product needs: requirements, endpoints and the agent’s footprint.' }),
        { override: dropZodOnlyFormats },
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

function dropZodOnlyFormats(ctx: { jsonSchema: { format?: string } }): void {
  if (ctx.jsonSchema.format && zodOnlyFormats.has(ctx.jsonSchema.format)) delete ctx.jsonSchema.format;
}

function withId(schema: Record<string, unknown>, fileName: string): Record<string, unknown> {
  // A relative $id keeps the file self-describing without claiming a URL nobody hosts.
  const { $schema, ...rest } = schema;
  return { $schema, $id: fileName, ...rest };
}
