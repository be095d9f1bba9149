import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TScript } from '../script-runs.ts';

// Noto Sans from the npm registry (no font is fetched at run time): Latin, Greek and Cyrillic in
// two weights, Arabic and Simplified Chinese in one. pdfkit embeds only the glyphs a paper uses.
const FILES = {
  Sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'Sans-Bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  Arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'Arabic-Bold': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  CJK: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
} as const;
type TFontName = keyof typeof FILES;

const require = createRequire(import.meta.url);
const cache = new Map<TFontName, Buffer>();

// Read once per process, on first use: the Chinese font is 11 MB and most papers never need it.
function fontBytes(name: TFontName): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[name]));
    cache.set(name, bytes);
  }
  return bytes;
}

/** The font for a run of one script; Chinese has one weight, so bold Chinese is drawn regular. */
export function fontFor(script: TScript, bold: boolean): TFontName {
  if (script === 'arabic') return bold ? 'Arabic-Bold' : 'Arabic';
  if (script === 'cjk') return 'CJK';
  return bold ? 'Sans-Bold' : 'Sans';
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<TFontName>>();

/** Selects a font by name, registering it the first time a document asks for it. */
export function useFont(doc: PDFKit.PDFDocument, name: TFontName): void {
  let names = registered.get(doc);
  if (!names) registered.set(doc, (names = new Set()));
  if (!names.has(name)) {
    doc.registerFont(name, fontBytes(name));
    names.add(name);
  }
  doc.font(name);
}
