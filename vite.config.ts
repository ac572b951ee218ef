import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { reportStyleHashSource } from './src/main/wizard-csp';

const hashPlaceholder = '%REPORT_STYLE_HASH%';

/**
 * index.html's meta CSP allows the report's inline <style> (the Finish preview frame) by the same hash as
 * the headers: computed here from the CSS the report inlines, so it cannot drift.
 */
function reportStyleHash(): Plugin {
  return {
    name: 'session-prep-report-style-hash',
    // Before Vite's own %ENV% replacement, which would otherwise warn about an unknown variable.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(hashPlaceholder)) {
          throw new Error(`index.html has no ${hashPlaceholder} in its CSP meta tag`);
        }
        return html.replaceAll(hashPlaceholder, reportStyleHashSource);
      },
    },
  };
}

// The renderer loads from app://session-prep/ in Electron and from browser mode's server, so every URL is relative.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react(), reportStyleHash()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be an inline script, which the CSP forbids; Chromium has modulepreload natively.
    modulePreload: { polyfill: false },
    target: 'chrome120',
    reportCompressedSize: true,
    // One chunk on purpose (one file to load); the budget that matters is 250 KB gzipped (issue 5).
    chunkSizeWarningLimit: 800,
  },
});
