/** Compares dotted versions numerically ("10.0.22631" > "6.1", "10.13" = "10.13.0"); non-digits end a part. */
export function compareVersions(a: string, b: string): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function partsOf(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10) || 0);
}

/** The first dotted version in a text ("Mozilla Firefox 115.6.0esr" → "115.6.0"), or undefined. */
export function firstVersionIn(text: string): string | undefined {
  return /\b(\d+(?:\.\d+)+)/.exec(text)?.[1] ?? /\b(\d+)\b/.exec(text)?.[1];
}
