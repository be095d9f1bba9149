export { demoPayload, SHOWN_FIGURES } from './payload-fixture.ts';
export { flatMarkup, headingsOf, parseCsv, readBundle, visibleText } from './read-output.ts';
