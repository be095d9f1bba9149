export { RagTag } from './rag-tag.tsx';
export { Tag, type TTagColour } from './tag.tsx';
export { MovementText } from './movement-text.tsx';
export { Header, type TLinkProps, type TNavItem } from './header.tsx';
export { BackLink } from './back-link.tsx';
export {
  Footer,
  InsetText,
  MainWrapper,
  SkipLink,
  SummaryList,
  WarningCallout,
} from './page-parts.tsx';
export { ErrorSummary, type TErrorItem } from './error-summary.tsx';
export { PendingButton } from './pending-button.tsx';
export { Checkbox } from './checkbox.tsx';
export { StatusMessage, SuccessBanner } from './success-banner.tsx';
export {
  DateInput,
  ErrorMessage,
  Hint,
  Radios,
  Select,
  TextInput,
  Textarea,
  dayPartsToIso,
  isoToDayParts,
  type TDayParts,
  type TOption,
} from './form-fields.tsx';
export { DataTable, useIsOverflowing, type TColumn } from './data-table.tsx';
export {
  KpiChart,
  describeKpiChart,
  type TDatedValue,
  type TKpiChartProps,
} from './charts/kpi-chart.tsx';
export {
  SpcChart,
  describeSpcChart,
  SIGNAL_WORDS,
  type TSpcChartPoint,
  type TSpcChartProps,
} from './charts/spc-chart.tsx';
export {
  AssuranceIcon,
  VariationIcon,
  ASSURANCE_NAMES,
  VARIATION_NAMES,
} from './charts/spc-icons.tsx';
export { RagBar, describeRagBar } from './charts/rag-bar.tsx';
export { extent, linearScale, niceTicks } from './charts/scale.ts';
export {
  formatDateTime,
  formatDay,
  formatGap,
  formatValue,
  isoDay,
  toDay,
  type TValueUnit,
} from './format.ts';
export {
  base64ToBlob,
  saveDownloadedFile,
  saveEncodedFile,
  saveTextFile,
  type TBlobFile,
  type TEncodedFile,
} from './download.ts';
export { FileDownloads, type TDownloadChoice } from './file-downloads.tsx';
