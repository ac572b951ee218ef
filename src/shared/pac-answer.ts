import { z } from 'zod';

// What a PAC function may return: DIRECT, or PROXY/HTTPS/SOCKS entries, separated by ";".
const PAC_ENTRY = /^(DIRECT|(PROXY|HTTPS|SOCKS|SOCKS4|SOCKS5) [A-Za-z0-9.-]+:\d{1,5})$/;

/** Whether a text is a PAC answer such as "DIRECT" or "PROXY proxy.example.com:8080; DIRECT". */
export function isPacAnswer(text: string): boolean {
  const entries = text.split(';').map((s) => s.trim());
  return entries.length > 0 && entries.every((e) => PAC_ENTRY.test(e));
}

/** A PAC answer (`--pac-fallback`): it goes into a generated PAC file, so nothing else is accepted. */
export const pacAnswerSchema = z
  .string()
  .max(1000)
  .refine(isPacAnswer, 'a PAC answer such as DIRECT or "PROXY host:port; DIRECT"');
