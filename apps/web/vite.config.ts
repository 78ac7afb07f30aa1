import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';
import { routePreload } from './build/route-preload.ts';
import { firstViewRequests } from './src/lib/first-view-requests.ts';

export default defineConfig({
  plugins: [
    react(),
    routePreload(
      {
        '^/indicators/': 'src/features/indicator/components/indicator-page.tsx',
        '^/sources/?$': 'src/features/sources/components/sources-page.tsx',
        '^/timeline/?$': 'src/features/timeline/components/timeline-page.tsx',
      },
      firstViewRequests,
    ),
    precompress(),
  ],
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
