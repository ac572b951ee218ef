import { asText } from '../../shared/results/evidence';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';

/** An ISO time as "2026-11-25 09:00:00 UTC": the same for the customer and the engineer, whatever their zone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return revealHiddenChars(asText(iso));
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
