// The static bundle: the page, its accessibility statement, the stylesheet and the CSV as one ZIP
// whose links are all relative, so it opens from disk (or a trust's own website) and looks the same.
import type { TPublicPayload } from '@belonging/domain';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { BUNDLE_LINKS } from './links.ts';
import { renderAccessibilityStatement } from './other-pages.ts';
import { renderProgressPage } from './progress-page.ts';
import { publicCsv } from './public-csv.ts';
import { publicStylesheet } from './stylesheet.ts';

/** The files in the bundle, by name. */
export function publicBundleFiles(payload: TPublicPayload): Record<string, string> {
  return {
    'index.html': renderProgressPage(payload, { links: BUNDLE_LINKS }),
    'accessibility.html': renderAccessibilityStatement(payload, BUNDLE_LINKS),
    'styles.css': publicStylesheet().text,
    'figures.csv': publicCsv(payload),
  };
}

/** The .zip's bytes; the file times are the publication's, so the same publication zips the same. */
export function publicBundle(payload: TPublicPayload): Uint8Array {
  const mtime = new Date(payload.publishedAt);
  const files: Zippable = {};
  for (const [name, text] of Object.entries(publicBundleFiles(payload))) {
    files[name] = [strToU8(text), { mtime }];
  }
  return zipSync(files, { level: 6 });
}

/** A file name for the download: "demo-partnership-progress-2025-09-30.zip". */
export function publicBundleName(payload: TPublicPayload): string {
  return `${payload.organisation.slug}-progress-${payload.period.endDate}.zip`;
}
