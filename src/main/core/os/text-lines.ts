/** Lines of a command's output, whatever the line endings (CRLF, LF, wmic's CR CR LF, a stray CR). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r*\n|\r/);
}

/** "key : value" (PowerShell Format-List) and "key=value" (wmic /format:list) lines as records, split at blank lines. */
export function parseKeyValueBlocks(text: string): Record<string, string>[] {
  const blocks: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  let lastKey: string | undefined;
  for (const raw of splitLines(text)) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      // wmic's CR CR LF shows as a blank line between the values of one record: only a record with
      // a key repeated starts a new block, below.
      lastKey = undefined;
      continue;
    }
    const m = /^([A-Za-z_][\w.-]*)\s*(?::|=)\s?(.*)$/.exec(line.trim());
    if (m && !/^\s{6,}/.test(line)) {
      const key = m[1] ?? '';
      if (!current || Object.hasOwn(current, key)) {
        current = {};
        blocks.push(current);
      }
      current[key] = (m[2] ?? '').trim();
      lastKey = key;
    } else if (current && lastKey) {
      // Format-List wraps long values onto indented continuation lines.
      current[lastKey] = `${current[lastKey] ?? ''} ${line.trim()}`.trim();
    }
  }
  return blocks;
}

/** Case-insensitive lookup: Windows tools and users spell value names differently (EditionId / EditionID). */
export function pick(record: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(record)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}
