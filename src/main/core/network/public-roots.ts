import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { splitPem } from './pem';

/** The environment variable that replaces the public root store, so a lab can stand in for the public CAs. */
export const PUBLIC_ROOTS_ENV = 'SESSION_PREP_PUBLIC_ROOTS';

export type PublicRoots =
  | { ok: true; pems: string[]; source: 'bundled' | 'file'; file?: string }
  | { ok: false; file: string; reason: 'unreadable' | 'no_pem'; message: string };

/**
 * The roots that make a chain "public": Node's bundled list (Mozilla's), or the PEM file named by
 * SESSION_PREP_PUBLIC_ROOTS instead. A chain that ends anywhere else, even at a root the OS trusts, was
 * re-signed on the way (issue 12).
 */
export function publicRootsFrom(env: NodeJS.ProcessEnv): PublicRoots {
  const file = env[PUBLIC_ROOTS_ENV];
  if (file === undefined || file === '')
    return { ok: true, pems: [...rootCertificates], source: 'bundled' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      ok: false,
      file,
      reason: 'unreadable',
      message: e instanceof Error ? e.message : String(e),
    };
  }
  const pems = splitPem(text);
  if (pems.length === 0)
    return { ok: false, file, reason: 'no_pem', message: 'no PEM certificate' };
  return { ok: true, pems, source: 'file', file };
}
