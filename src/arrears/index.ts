/**
 * Arrears: debt records, aging buckets, payment deadlines, late-payment interest, payment
 * allocation, late payment versus evasion, and mergeable aging summaries.
 * @module
 */
export { type OverdueAge, overdueAge } from './age'
export {
  type AgingBasis,
  type AgingOptions,
  type AgingRow,
  type AgingState,
  type AgingSummary,
  type AgingTable,
  ageArrears,
  type Debtor,
  type DebtRecord,
  type EmployerState,
  emptyAging,
  mergeAging,
  type NotDue,
  type SchemeState,
} from './aging'
export type { Amount, AmountLike } from './amount'
export {
  type AgingBucket,
  agingBucket,
  agingBuckets,
  type BucketLabelOptions,
  type BucketRange,
  bucketLabel,
  inBucket,
  parseBucketRange,
} from './buckets'
export {
  type ArrearsFinding,
  type ArrearsSeverity,
  averageDebt,
  checkAging,
  checkAgingTotal,
  type ReportedBucket,
} from './check'
export {
  type ArrearsClass,
  type ArrearsClassification,
  type ArrearsFacts,
  classifyArrears,
} from './classify'
export {
  DEADLINE_RULES,
  type DeadlineRule,
  deadlineRule,
  isContributionMonth,
  paymentDeadline,
} from './deadline'
export {
  type InterestPart,
  LATE_INTEREST_RATES,
  type LateInterest,
  type LateInterestOptions,
  type LateInterestRate,
  lateInterest,
} from './interest'
export {
  ALLOCATION_ORDER,
  ALLOCATION_SOURCE,
  type Credit,
  type LedgerDebts,
  type LedgerEntry,
  type LedgerOptions,
  ledgerDebts,
  type MonthInterest,
} from './ledger'
export { AGING_PRESETS, type AgingPreset, type AgingPresetName } from './presets'
