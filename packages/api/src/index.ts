export { appRouter, createCaller, type AppRouter } from './root.ts';
export { createContext, type Context, type ContextOptions, type RequestMeta } from './context.ts';
export { SignInThrottle } from './auth/throttle.ts';
export { SESSION_COOKIE } from './auth/session-token.ts';
export { sealSecret, settingsKey } from './auth/sealed-secret.ts';
export {
  SingleSignOn,
  SSO_BASE_PATH,
  type SingleSignOnOptions,
  type SsoEnv,
} from './auth/sso/single-sign-on.ts';
export {
  finishSsoSignIn,
  SSO_STATE_COOKIE,
  startSsoSignIn,
  type SsoAnswer,
} from './auth/sso/flow.ts';
export {
  recordWorkforceUpload,
  workforceDefaultThreshold,
  type TWorkforceUploadInput,
} from './services/admin/workforce-upload.ts';
export { ZBoardPaperDownloadInput } from './routers/board-paper.ts';
export { makeBoardPaperFile } from './services/board-paper-download.ts';
export { ExportRateLimit, HeavyCallBudget, exportLimitMessage } from './services/export-limits.ts';
export { toTRPCError } from './errors.ts';
export {
  buildPublicationPreview,
  type TPublicationChoice,
} from './services/admin/publication-preview.ts';
