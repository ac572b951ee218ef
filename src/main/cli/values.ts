/** Narrowing helpers for `util.parseArgs` values, whose type is a union of every option kind. */
export function stringValue(
  v: string | boolean | (string | boolean)[] | undefined,
): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function stringList(v: string | boolean | (string | boolean)[] | undefined): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
