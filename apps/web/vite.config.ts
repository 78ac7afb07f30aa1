import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';

/**
 * The browser's build (dist/, with a manifest naming each view's files) and, with `--ssr`, the server renderer
 * (dist-server/: `entry-server.js` and the chart-drawing worker), which the API loads to render every page.
 */
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), ...(isSsrBuild ? [] : [precompress()])],
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: isSsrBuild
    ? {
        outDir: 'dist-server',
        copyPublicDir: false,
        emptyOutDir: true,
        target: 'node20',
        rollupOptions: {
          input: { 'entry-server': 'src/server/entry-server.tsx', 'chart-worker': 'src/server/chart-worker.tsx' },
          output: { entryFileNames: '[name].js' },
        },
      }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        manifest: true,
        // One style sheet for every view, which the server writes into each page it renders (view-assets.ts): a
        // page is styled with its first paint, with no request before it, and a view opened later brings no sheet.
        cssCodeSplit: false,
      },
}));
