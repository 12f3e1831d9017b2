import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The dashboard: `src/web` built into static files in `dist/web`, served by `annals serve`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle: no inline scripts or styles (the server's Content-Security-Policy forbids them).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
