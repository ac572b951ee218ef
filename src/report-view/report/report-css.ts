// The report page's own layout and print rules; the results components bring theirs (results-css.ts).
// System fonts only: the file must open offline, from an e-mail attachment, with nothing to fetch.
export const reportCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1a1a1a; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
.report { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.report__header { border-bottom: 3px solid #0b4f8a; margin-bottom: 1.25rem; padding-bottom: 0.5rem; }
.report__header h1 { margin: 0; font-size: 1.6rem; color: #0b3a66; }
.report__meta { margin: 0.2rem 0 0; color: #333; }
.report__section { background: #fff; border: 1px solid #d0d0d0; border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
.report__section > h2 { margin: 0 0 0.75rem; font-size: 1.25rem; color: #0b3a66; }
.report__section h3 { font-size: 1.05rem; margin: 1rem 0 0.5rem; }
.report__facts { display: grid; grid-template-columns: minmax(10em, max-content) minmax(0, 1fr); gap: 0.2em 1.25em; margin: 0; }
.report__fact { display: contents; }
.report__facts dt { font-weight: 600; color: #333; max-width: 20em; overflow-wrap: anywhere; }
.report__facts dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
.report__facts dd.report__mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
.report__list { margin: 0; padding-left: 1.25em; }
.report__list li { overflow-wrap: anywhere; }
.report__it h3 { margin-top: 1.25rem; }
.report__it-text, .report__raw { margin: 0.5rem 0 0; padding: 0.75rem; max-height: 18em; overflow: auto; background: #f7f7f7; border: 1px solid #bbb; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font: 0.85em/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; user-select: all; }
.report__it-text:focus, .report__raw:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.report__hosts { overflow-wrap: anywhere; }
.report__table { border-collapse: collapse; width: 100%; }
.report__table th, .report__table td { text-align: start; vertical-align: top; padding: 0.3em 0.75em 0.3em 0; border-bottom: 1px solid #e2e2e2; overflow-wrap: anywhere; }
.report__table th { font-weight: 600; color: #333; width: 14em; }
.report__footer { color: #333; font-size: 0.9em; text-align: center; }
@page { margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .report__section { border: none; border-top: 1px solid #999; border-radius: 0; padding: 0.6rem 0; break-inside: auto; }
  .report__section > h2 { break-after: avoid; }
  .sp-cause__heading { break-after: avoid; }
  .sp-check, .sp-path__stop, .sp-summary { break-inside: avoid; }
  .report__it-text { max-height: none; overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
