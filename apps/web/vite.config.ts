import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * nhsuk-frontend's CSS loads the Frutiger font from assets.nhs.uk and its icons from /assets/images.
 * The server's CSP allows only our own origin, and many trust networks block outside hosts, so the
 * font faces are dropped (text falls back to Arial, as NHS services do offline) and the icons are
 * bundled from the package itself.
 */
function nhsukOffline(): Plugin {
  return {
    name: 'nhsuk-offline',
    enforce: 'pre',
    transform(code, id) {
      if (!/nhsuk-frontend[\\/]dist[\\/]nhsuk[\\/][^\\/]+\.css$/.test(id)) return null;
      return code
        .replace(/@font-face\s*\{[^}]*assets\.nhs\.uk[^}]*\}/g, '')
        .replace(/url\(\/assets\/images\//g, 'url(./assets/images/');
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [nhsukOffline(), react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
});
