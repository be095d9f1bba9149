// The public page's one stylesheet: nhsuk-frontend's compiled CSS with its few icon addresses
// made data: URIs (so the downloaded bundle needs no /assets folder) and, as in the apps
// (packages/ui nhsukOffline), its Frutiger faces from assets.nhs.uk dropped: text falls back to
// Arial, the CSP needs no outside host, and the bundle looks the same offline. Then our own rules.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type TStylesheet = { text: string; version: string };

let cached: TStylesheet | null = null;

function selfContained(css: string, imagesDir: string): string {
  return css
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '')
    .replace(/@font-face\s*\{[^}]*assets\.nhs\.uk[^}]*\}/g, '')
    .replace(/url\(\/assets\/images\/([\w-]+\.svg)\)/g, (_match, file: string) => {
      const svg = readFileSync(path.join(imagesDir, file));
      return `url("data:image/svg+xml;base64,${svg.toString('base64')}")`;
    });
}

/** Read once per process; `version` changes whenever the text does (it names the served file). */
export function publicStylesheet(): TStylesheet {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const nhsukCss = require.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css');
  const imagesDir = path.join(path.dirname(nhsukCss), 'assets', 'images');
  const ours = readFileSync(new URL('./public.css', import.meta.url), 'utf8');
  const text = `${selfContained(readFileSync(nhsukCss, 'utf8'), imagesDir)}\n${ours}`;
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  cached = { text, version };
  return cached;
}
