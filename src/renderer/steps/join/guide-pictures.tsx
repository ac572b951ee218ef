import type { ReactNode } from 'react';

/** The guide's steps, each with a small line drawing in the page's colours (no downloaded images). */
export type GuideStepId = 'download' | 'run' | 'join' | 'chat' | 'files' | 'end' | 'cleanup';

const frame = (children: ReactNode) => (
  <>
    <rect x="4" y="4" width="56" height="40" rx="4" className="guide-pic__frame" />
    {children}
  </>
);

/** Drawn on a 64 × 48 grid: strokes in the text colour, the one thing to click in the primary colour. */
export const guidePictures: Record<GuideStepId, ReactNode> = {
  download: frame(
    <>
      <line x1="4" y1="12" x2="60" y2="12" className="guide-pic__line" />
      <rect x="18" y="22" width="28" height="12" rx="3" className="guide-pic__accent" />
      <path d="M32 24 v6 m-3 -3 l3 3 l3 -3" className="guide-pic__on-accent" />
    </>,
  ),
  run: (
    <>
      <path d="M16 6 h22 l10 10 v26 h-32 z" className="guide-pic__frame" />
      <path d="M38 6 v10 h10" className="guide-pic__line" />
      <path d="M27 22 l10 6 l-10 6 z" className="guide-pic__accent" />
    </>
  ),
  join: frame(
    <>
      <line x1="4" y1="12" x2="60" y2="12" className="guide-pic__line" />
      <line x1="12" y1="20" x2="40" y2="20" className="guide-pic__line" />
      <rect x="34" y="28" width="20" height="10" rx="3" className="guide-pic__accent" />
    </>,
  ),
  chat: (
    <>
      <path d="M6 8 h30 v16 h-18 l-6 6 v-6 h-6 z" className="guide-pic__frame" />
      <path d="M28 20 h30 v16 h-6 v6 l-6 -6 h-18 z" className="guide-pic__accent-outline" />
    </>
  ),
  files: (
    <>
      <path d="M22 6 h14 l8 8 v28 h-22 z" className="guide-pic__frame" />
      <path d="M4 20 h12 m-4 -4 l4 4 l-4 4" className="guide-pic__accent-line" />
      <path d="M60 32 h-12 m4 -4 l-4 4 l4 4" className="guide-pic__accent-line" />
    </>
  ),
  end: frame(
    <>
      <line x1="4" y1="14" x2="60" y2="14" className="guide-pic__line" />
      <rect x="48" y="6" width="9" height="7" rx="1.5" className="guide-pic__close" />
      <path d="M50.5 7.5 l4 4 m0 -4 l-4 4" className="guide-pic__on-accent" />
    </>,
  ),
  cleanup: (
    <>
      <path d="M20 14 h24 l-3 28 h-18 z" className="guide-pic__frame" />
      <line x1="16" y1="14" x2="48" y2="14" className="guide-pic__line" />
      <path d="M28 10 h8" className="guide-pic__line" />
      <path d="M28 20 v16 m8 -16 v16" className="guide-pic__line" />
    </>
  ),
};
