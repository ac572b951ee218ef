/**
 * The one Content-Security-Policy of the wizard, in Electron (session header, app:// responses) and browser
 * mode (HTTP header). Nothing inline but the hashed styles given (the report's constant CSS, for the Finish
 * preview; src/main/wizard-csp.ts computes it), nothing remote: the page may only load its own files and talk
 * to its own host. Hashes only, never 'unsafe-inline'.
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[],
  connectSources: readonly string[] = [],
): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${styleHashes.map((s) => ` ${s}`).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${connectSources.map((s) => ` ${s}`).join('')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
