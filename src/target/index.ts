/**
 * Targets and period results.
 * @module
 */
export {
  METRIC_CODES,
  METRICS,
  type Metric,
  type MetricInfo,
  type MetricUnit,
  TARGET_SETTERS,
  type TargetSetter,
  type TargetSetterInfo,
  targetSetterIn,
} from './metrics'
export { type ResultInput, result, type Stored, type TargetInput, target } from './target'
export type { Measurement, PeriodResult, Target, TargetKind, Value } from './types'
