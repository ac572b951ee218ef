import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer loads from app://session-prep/ in Electron and from browser mode's server, so every URL is relative.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
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
