// Generated from results.css by scripts/generate-results-css.ts (`npm run generate:css`): do not edit.
// The HTML report inlines this text; the wizard imports results.css itself.
export const resultsCss = `/* Results: status marks, check rows, groups by cause, the path picture. The one stylesheet of the results
   components: the wizard imports it (Vite), and the HTML report inlines results-css.ts, which
   scripts/generate-results-css.ts writes from this file (\`npm run generate:css\`; a test checks it is current).
   Colours reach at least 4.5:1 on their backgrounds, and every status also has a symbol and a word. */
.sp-status {
  display: inline-flex;
  align-items: center;
  gap: 0.3em;
  font-weight: 600;
  white-space: nowrap;
}
.sp-status__icon {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 1.4em;
  height: 1.4em;
  border-radius: 50%;
  color: #fff;
  font-size: 0.85em;
  line-height: 1;
}
.sp-status--pass {
  color: #1b5e20;
}
.sp-status--pass .sp-status__icon {
  background: #1b5e20;
}
.sp-status--warn {
  color: #7a4400;
}
.sp-status--warn .sp-status__icon {
  background: #7a4400;
}
.sp-status--fail {
  color: #a4161a;
}
.sp-status--fail .sp-status__icon {
  background: #a4161a;
}
.sp-status--skipped {
  color: #4a4a4a;
}
.sp-status--skipped .sp-status__icon {
  background: #4a4a4a;
}
.sp-empty {
  color: #4a4a4a;
}
.sp-checks {
  list-style: none;
  margin: 0;
  padding: 0;
}
.sp-check {
  border: 1px solid #d0d0d0;
  border-left-width: 6px;
  border-radius: 4px;
  padding: 0.6em 0.8em;
  margin: 0 0 0.5em;
  background: #fff;
  color: #1a1a1a;
  break-inside: avoid;
}
.sp-check--pass {
  border-left-color: #1b5e20;
}
.sp-check--warn {
  border-left-color: #7a4400;
}
.sp-check--fail {
  border-left-color: #a4161a;
}
.sp-check--skipped {
  border-left-color: #4a4a4a;
}
.sp-check__head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.6em;
}
.sp-check__title {
  font-weight: 600;
  overflow-wrap: anywhere;
}
.sp-check__subject {
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  font-weight: 400;
}
.sp-check__optional {
  font-size: 0.85em;
  border: 1px solid #4a4a4a;
  border-radius: 3px;
  padding: 0 0.4em;
  color: #333;
}
.sp-check__message,
.sp-check__fix {
  margin: 0.4em 0 0;
  overflow-wrap: anywhere;
}
.sp-check__details {
  margin-top: 0.4em;
}
.sp-check__details > summary {
  cursor: pointer;
  color: #0b4f8a;
}
.sp-evidence {
  display: grid;
  grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
  gap: 0.15em 1em;
  margin: 0.4em 0 0;
  font-size: 0.9em;
}
.sp-evidence__item {
  display: contents;
}
.sp-evidence dt {
  color: #333;
  font-weight: 600;
  max-width: 18em;
  overflow-wrap: anywhere;
}
.sp-evidence dd {
  margin: 0;
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  overflow-wrap: anywhere;
  white-space: pre-wrap;
}
.sp-evidence__support {
  margin-top: 0.4em;
}
.sp-evidence__support > summary {
  cursor: pointer;
  color: #0b4f8a;
}
.sp-causes {
  display: flex;
  flex-direction: column;
  gap: 1em;
}
.sp-cause__heading {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.2em 0.5em;
  font-size: 1.05em;
  margin: 0 0 0.5em;
}
.sp-cause__count {
  font-weight: 400;
  color: #333;
}
.sp-path {
  margin: 0;
}
.sp-path__title {
  font-weight: 600;
  margin-bottom: 0.5em;
}
.sp-path__stops {
  list-style: none;
  display: flex;
  flex-wrap: wrap;
  align-items: stretch;
  gap: 0.4em;
  margin: 0;
  padding: 0;
}
.sp-path__stop {
  position: relative;
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 0.2em;
  min-width: 8em;
  max-width: 16em;
  padding: 0.6em 0.8em;
  border: 2px solid #4a4a4a;
  border-radius: 6px;
  background: #fff;
  color: #1a1a1a;
  text-align: center;
  break-inside: avoid;
}
.sp-path__stop + .sp-path__stop {
  margin-left: 1.6em;
}
.sp-path__stop + .sp-path__stop::before {
  content: '→';
  content: '→' / '';
  position: absolute;
  left: -1.5em;
  top: 50%;
  transform: translateY(-50%);
  color: #333;
  font-size: 1.2em;
}
.sp-path__icon {
  font-weight: 700;
  font-size: 1.2em;
}
.sp-path__name {
  font-weight: 600;
  overflow-wrap: anywhere;
}
.sp-path__detail {
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  font-size: 0.85em;
  overflow-wrap: anywhere;
}
.sp-path__state {
  font-size: 0.9em;
}
.sp-path__stop--ok {
  border-color: #1b5e20;
}
.sp-path__stop--ok .sp-path__icon {
  color: #1b5e20;
}
.sp-path__stop--warn {
  border-color: #7a4400;
}
.sp-path__stop--warn .sp-path__icon {
  color: #7a4400;
}
.sp-path__stop--broken {
  border-color: #a4161a;
  border-width: 3px;
  background: #fdecea;
}
.sp-path__stop--broken .sp-path__icon,
.sp-path__stop--broken .sp-path__state {
  color: #a4161a;
  font-weight: 700;
}
.sp-path__stop--unknown,
.sp-path__stop--absent {
  border-style: dashed;
  color: #4a4a4a;
}
.sp-path__summary {
  margin: 0.6em 0 0;
  font-weight: 600;
}
.sp-summary {
  border: 2px solid #4a4a4a;
  border-radius: 6px;
  padding: 0.8em 1em;
  background: #fff;
  color: #1a1a1a;
}
.sp-summary--ready {
  border-color: #1b5e20;
}
.sp-summary--not-ready {
  border-color: #a4161a;
}
.sp-summary__verdict {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5em;
  font-size: 1.15em;
  font-weight: 600;
  margin: 0;
}
.sp-summary__todo-heading {
  font-size: 1em;
  margin: 0.8em 0 0.2em;
}
.sp-summary__todo-text {
  margin: 0.3em 0 0;
  font-size: 1.05em;
  overflow-wrap: anywhere;
}
.sp-summary__todo-where,
.sp-summary__counts,
.sp-summary__cancelled {
  margin: 0.3em 0 0;
  color: #333;
  overflow-wrap: anywhere;
}
bdi {
  unicode-bidi: isolate;
}
`;
