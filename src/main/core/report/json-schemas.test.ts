import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, publishedJsonSchemas } from './json-schemas';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('published JSON Schemas', () => {
  for (const [path, generate] of Object.entries(publishedJsonSchemas)) {
    it(`${path} is the one generated from the zod schema`, () => {
      const text = jsonSchemaText(generate());
      const file = join(root, path);
      if (process.env.UPDATE_SCHEMAS === '1') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      expect(readFileSync(file, 'utf8')).toBe(text);
    });
  }

  it('accepts the built-in catalog and refuses a typo with its path', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { uri: true } });
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(root, 'schemas/catalog.schema.json'), 'utf8')),
    );
    const catalog = JSON.parse(
      readFileSync(join(root, 'assets/catalogs/zoho-assist.json'), 'utf8'),
    );
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
    // Case-insensitive like the app: zod's /i survives into the published patterns.
    catalog.endpoints[0].host = catalog.endpoints[0].host.toUpperCase();
    catalog.domains.push('*.Example.COM');
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
    catalog.endpoints[0].websocketpath = '/x';
    expect(validate(catalog)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/endpoints/0');
  });
});
