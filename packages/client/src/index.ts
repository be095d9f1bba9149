export {
  describeServerError,
  errorCode,
  errorDetails,
  errorMessage,
  serverFieldErrors,
  SERVICE_PROBLEM,
  SERVICE_UNAVAILABLE_MESSAGE,
  type TErrorCode,
  type TFieldErrors,
} from './errors.ts';
export {
  isErrorSummaryShown,
  onErrorSummaryChange,
  useIsErrorSummaryShown,
  useReportErrorSummary,
} from './error-summaries.ts';
export {
  schemaFieldErrors,
  summaryItems,
  toErrorItems,
  type TSchemaError,
  type TSummaryItem,
} from './form-errors.ts';
export { MAX_RETRIES, retryDelay, shouldRetry } from './retry.ts';
export {
  currentPath,
  queryFailure,
  SessionExpired,
  signInPath,
  type TQueryFailure,
} from './session.tsx';
export {
  makeQueryClient,
  makeTRPCClient,
  TRPCProvider,
  useTRPC,
  useTRPCClient,
  type TApi,
} from './trpc.ts';
export { useFormErrors, type TFormErrors } from './use-form-errors.ts';
export {
  fieldErrorsOf,
  mapResolver,
  schemaResolver,
  useSchemaForm,
  type TFormResolver,
} from './schema-form.ts';
export {
  attachmentName,
  DownloadRefused,
  downloadErrorMessage,
  fetchDownload,
  type TFetchedFile,
} from './download.ts';
export {
  forgetProviderLogout,
  readProviderLogout,
  rememberProviderLogout,
  type TProviderLogout,
} from './provider-logout.ts';
