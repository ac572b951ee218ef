import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** One printed line: `lead` (indent and bullet) once, then `text`, its continuations indented by `hang`. */
export interface Line {
  lead: string;
  text: string;
  /** Columns of indent under the first line; the lead's width unless given. */
  hang?: number;
  /** Applied to each piece after wrapping, so a colour never counts as width or spans a break. */
  paint?: (text: string) => string;
}

// A terminal narrower than this is not one anyone reads a summary on; below it, lines may overflow.
const NARROWEST = 20;

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
// Kinsoku: never start a line with closing punctuation, never end one with an opening bracket.
const NO_LINE_START =
  /^[、。，．,.）」』】〕！？!?：:；;・ー〜…ぁぃぅぇぉっゃゅょァィゥェォッャュョ)\]]/u;
const NO_LINE_END = /[（「『【〔([]$/u;

// Particles and inflections (を, してください) stay with the word before them: a break falls before the
// next word, as between bunsetsu.
const HIRAGANA_START = /^\p{Script=Hiragana}/u;

// A compound the segmenter splits (ファイア|ウォール, 発行|者) is one word to a reader.
const sameScript = (before: string, after: string) =>
  (/\p{Script=Han}$/u.test(before) && /^\p{Script=Han}/u.test(after)) ||
  (/[\p{Script=Katakana}ー]$/u.test(before) && /^[\p{Script=Katakana}ー]/u.test(after));

// The honorific prefix belongs to the word after it (ご|確認ください reads as a broken word).
const HONORIFIC = /^[ごお]$/u;

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Where a line may break: after a space (as in English), or before a Japanese word (not before its
 * particles, never inside it, never before a closing mark). Latin text with no space (a host, a URL) is
 * one unit.
 */
function units(text: string): string[] {
  const out: string[] = [];
  let last = '';
  for (const { segment } of segmenter.segment(text)) {
    const previous = out[out.length - 1];
    const afterPrefix = HONORIFIC.test(last);
    last = segment;
    const breakable =
      previous === undefined ||
      /\s$/u.test(previous) ||
      /^\s/u.test(segment) ||
      ((WIDE.test(segment) || WIDE.test(previous)) &&
        !NO_LINE_START.test(segment) &&
        !HIRAGANA_START.test(segment) &&
        !sameScript(previous, segment) &&
        !afterPrefix &&
        !NO_LINE_END.test(previous));
    if (breakable) out.push(segment);
    else out[out.length - 1] = previous + segment;
  }
  return out;
}

/** A line as it fits `width` display columns (full-width characters count two), or whole when null. */
export function wrapLine(line: Line, width: number | null): string[] {
  const paint = line.paint ?? ((text: string) => text);
  const leadWidth = stringWidth(line.lead);
  if (width === null || leadWidth + stringWidth(line.text) <= width)
    return [line.lead + paint(line.text)];
  const columns = Math.max(width, NARROWEST);
  const hang = line.hang ?? leadWidth;
  const rows: string[] = [];
  let current = '';
  let room = columns - leadWidth;
  const flush = () => {
    rows.push(current.trimEnd());
    current = '';
    room = columns - hang;
  };
  for (const unit of units(line.text)) {
    if (current === '' && rows.length > 0 && /^\s+$/u.test(unit)) continue;
    if (stringWidth(current + unit) <= room) {
      current += unit;
      continue;
    }
    if (current.trim() !== '') flush();
    const piece = unit.trimStart();
    if (stringWidth(piece) <= room) {
      current = piece;
      continue;
    }
    // One unit wider than a whole line (a long URL): cut it at the column, by display width.
    const cut = wrapAnsi(piece, columns - hang, { hard: true, trim: false }).split('\n');
    for (const part of cut.slice(0, -1)) {
      current = part;
      flush();
    }
    current = cut[cut.length - 1] ?? '';
  }
  if (current.trim() !== '') rows.push(current.trimEnd());
  return rows.map((row, i) => (i === 0 ? line.lead : ' '.repeat(hang)) + paint(row));
}

/** The lines joined for printing, each wrapped at `width`. */
export function wrapLines(lines: readonly Line[], width: number | null): string {
  return `${lines.flatMap((line) => wrapLine(line, width)).join('\n')}\n`;
}
