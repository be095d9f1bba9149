export { publicBundle, publicBundleFiles, publicBundleName } from './bundle.ts';
export {
  BUNDLE_LINKS,
  isPublicSlug,
  PUBLIC_PATH,
  servedLinks,
  type TPublicLinks,
} from './links.ts';
export {
  renderAccessibilityStatement,
  renderMessagePage,
  renderNotPublished,
} from './other-pages.ts';
export { pageTitle, renderProgressPage, type TRenderOptions } from './progress-page.ts';
export { PUBLIC_CSV_HEADER, publicCsv, publicCsvName } from './public-csv.ts';
export { publicStylesheet, type TStylesheet } from './stylesheet.ts';
