/**
 * A Vite plugin for both apps. nhsuk-frontend's CSS loads the Frutiger font from assets.nhs.uk and
 * its icons from /assets/images. The server's CSP allows only our own origin, and many trust
 * networks block outside hosts, so the font faces are dropped (text falls back to Arial, as NHS
 * services do offline) and the icons are bundled from the package itself. Typed by shape, so this
 * package does not depend on Vite.
 */
export function nhsukOffline() {
  return {
    name: 'nhsuk-offline',
    enforce: 'pre' as const,
    transform(code: string, id: string): string | null {
      if (!/nhsuk-frontend[\\/]dist[\\/]nhsuk[\\/][^\\/]+\.css$/.test(id)) return null;
      return code
        .replace(/@font-face\s*\{[^}]*assets\.nhs\.uk[^}]*\}/g, '')
        .replace(/url\(\/assets\/images\//g, 'url(./assets/images/');
    },
  };
}
