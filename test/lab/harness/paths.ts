import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const labCatalogPath = join(repoRoot, 'test/lab/lab-catalog.json');
export const tsxBin = join(repoRoot, 'node_modules/.bin/tsx');
