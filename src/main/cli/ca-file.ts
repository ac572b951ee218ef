import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { ok, refused, type Reply } from '../../shared/reply';

const BEGIN = '-----BEGIN CERTIFICATE-----';
const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * Reads a `--ca` file: one PEM certificate or a bundle of them, each parsed by Node's X509 support.
 * A file that is empty, holds no certificate, or holds one block that does not parse is refused,
 * naming the file: trusting a silently empty store would only show up later as `tls_untrusted`.
 */
export async function readCaFile(file: string, lang: Lang): Promise<Reply<string>> {
  const t = translator(lang);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    const why = code === 'ENOENT' ? t('cli:caNoSuchFile') : code;
    return refused('bad_params', t('cli:caUnreadable', { file, why }));
  }
  const blocks = text.match(BLOCK) ?? [];
  // A BEGIN line without its END (a truncated copy) is a block too, and it cannot be read.
  const count = text.split(BEGIN).length - 1;
  if (count === 0) return refused('bad_params', t('cli:caNoPem', { file }));
  for (const [i, block] of blocks.entries()) {
    if (!parses(block))
      return refused('bad_params', t('cli:caBroken', { file, index: i + 1, count }));
  }
  if (blocks.length < count)
    return refused('bad_params', t('cli:caBroken', { file, index: blocks.length + 1, count }));
  return ok(`${blocks.join('\n')}\n`);
}

function parses(pem: string): boolean {
  try {
    new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}
