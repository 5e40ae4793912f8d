// Builds the browser app (web/) into dist/web, which `sitrep serve` serves. Everything it needs, country
// outlines included, is bundled from npm: the page makes no request beyond its own server.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The outlines are a separate JSON asset, fetched after first paint rather than parsed inside the bundle.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  logLevel: 'warn',
});
