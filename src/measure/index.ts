/**
 * The measures: attainment, growth, coverage and pace — pure functions, exact, written once
 * for exact values and for reported figures.
 * @module
 */
export {
  type Attainment,
  type AttainmentOptions,
  type AttainmentStatus,
  attainment,
  attainmentWith,
  impliedTarget,
} from './attainment'
export { type AnyRecord, isRecord, type Unwrap } from './common'
export {
  type BaseInput,
  type BaseOf,
  type BaseValue,
  type CoverageOptions,
  coverage,
  coverageGap,
  coverageWith,
  impliedBase,
} from './coverage'
export {
  type AmountGrowth,
  compoundGrowth,
  type Growth,
  type GrowthOptions,
  growth,
  growthWith,
  impliedPrevious,
  type RateChangeReading,
  type RateGrowth,
  readRateChange,
} from './growth'
export { elapsedWithin, type Pace, paceWith } from './pace'
