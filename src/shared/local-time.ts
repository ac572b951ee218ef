/**
 * An ISO time in the PC's own zone, with the offset spelled out: "2026-12-02 22:51 (UTC+09:00)". The
 * customer reads their own clock; IT and support, in other zones, still know exactly when it was.
 */
export function formatLocalTime(iso: string, options: { seconds?: boolean } = {}): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = `${two(date.getHours())}:${two(date.getMinutes())}${options.seconds ? `:${two(date.getSeconds())}` : ''}`;
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  // getTimezoneOffset is minutes *behind* UTC: Tokyo gives -540.
  const ahead = -date.getTimezoneOffset();
  const sign = ahead < 0 ? '-' : '+';
  const abs = Math.abs(ahead);
  return `${day} ${clock} (UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)})`;
}
