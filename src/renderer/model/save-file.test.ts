import { describe, expect, it } from 'vitest';
import { safeFileName } from './save-file';

describe('safeFileName', () => {
  it('keeps an ordinary report name as it is', () => {
    expect(safeFileName('session-prep-2026-11-25.html')).toBe('session-prep-2026-11-25.html');
  });

  it('drops any directory part, on either separator', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\report.json')).toBe('report.json');
  });

  it('replaces characters Windows refuses and never returns an empty or hidden name', () => {
    expect(safeFileName('a:b?.json')).toBe('a_b_.json');
    expect(safeFileName('..')).toBe('session-prep-report');
    expect(safeFileName('.hidden.json')).toBe('hidden.json');
  });
});
