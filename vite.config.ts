import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';

// The server (server/) serves dist/web with a fallback to index.html for every non-/api path.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // The NL Design System React packages are plain components without import side effects
        // (their CSS comes from @utrecht/component-library-css), but do not say so in package.json;
        // saying it here lets the bundler leave out the components the application does not use.
        moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]/.test(id),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/.well-known': { target: api, changeOrigin: false },
    },
  },
});
