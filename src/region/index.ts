/**
 * Regions: the provincial units before and after the 2025 arrangement, names as articles write
 * them, and results summed across the merger.
 * @module
 */
export {
  type AggregatedPart,
  type AggregatedResult,
  type AggregateOptions,
  aggregate,
  type RegionBases,
} from './aggregate'
export { nameKey, type ProvincialUnit, region, successor, units } from './region'
export {
  REGION_SOURCES,
  UNITS_2004,
  UNITS_2004_UNTIL,
  UNITS_2025,
  UNITS_2025_FROM,
  type Unit2025Data,
  type UnitData,
} from './units'
