// @belonging/workforce: the workforce equality engine (DuckDB over staff and recruitment
// extracts), its JSON contract and the synthetic trust generator.
export {
  analyseWorkforce,
  readWorkforceAggregates,
  type TAggregatesOutcome,
  type TWorkforceInput,
  type TWorkforceOutcome,
  type TWorkforceRefusal,
  type TWorkforceSource,
} from './analyse.ts';
export { WorkforceFileError } from './errors.ts';
export {
  writeWorkforceSample,
  XLSX_MAX_ROWS,
  type TSampleFormat,
  type TWorkforceSampleOptions,
} from './sample.ts';
