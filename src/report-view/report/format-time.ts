import { formatLocalTime } from '../../shared/local-time';
import { asText } from '../../shared/results/evidence';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';

/** An ISO time in the PC's zone with its offset, "2026-12-02 22:51:07 (UTC+09:00)" (issue 15). */
export function formatTime(iso: string): string {
  return formatLocalTime(iso, { seconds: true }) ?? revealHiddenChars(asText(iso));
}
