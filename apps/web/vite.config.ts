/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { gqlDocuments } from './build/gql-documents.ts';

// Development: `npm run dev` serves the client here and forwards the API (HTTP and graphql-ws)
// to a server started with `npm run start:api`, so the browser sees one origin as in production.
const api = process.env.RENKEI_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [gqlDocuments(), react(), tailwindcss()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    // A manifest lets the benchmark weigh exactly what the login and task pages load.
    manifest: true,
    // Measured where it matters, per page and gzip-compressed, by `npm run bench` (web-size).
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true }, '/health': api },
  },
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
