import { ensureRenderer } from '../../src/main/web/ensure-renderer';
import { packageRoot } from '../../src/main/web/package-root';

/** Builds the wizard once, before any worker starts browser mode (which would otherwise race to build it). */
export default async function globalSetup(): Promise<void> {
  const built = await ensureRenderer(packageRoot());
  if (!built.ok) throw new Error(built.problem.message);
}
