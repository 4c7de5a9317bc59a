/**
 * The schemes: codes, names, phrasings and coverage bases.
 * @module
 */

export { CONTRIBUTION_RATES } from './rates'
export {
  type Contribution,
  type ContributionInput,
  type ContributionLine,
  contribution,
  expectedRevenue,
  type HouseholdContribution,
  householdHealthContribution,
  inForce,
  MAX_HOUSEHOLD_MEMBERS,
  type RateOptions,
  type Rules,
  rate,
  rules,
  type SchemeContribution,
  type VoluntaryContribution,
  voluntaryContribution,
} from './rules'
export {
  COVERAGE_BASE_NAMES,
  COVERAGE_BASES,
  type CoverageBase,
  coverageBaseOf,
  isCoverageBase,
  isSchemeCode,
  SCHEME_CODES,
  SCHEMES,
  type Scheme,
  type SchemeCode,
  type SingleSchemeCode,
  schemeIncludes,
} from './schemes'
export type { AmountRow, Dated, Fund, MinimumWageRow, RateRow, ShareRow, WageRegion } from './tables'
export {
  HOUSEHOLD_HEALTH,
  type SupportGroup,
  VOLUNTARY_RULES,
  VOLUNTARY_SUPPORT,
} from './voluntary'
export {
  BASE_SALARY,
  LAW_41_2024_URL,
  MINIMUM_WAGES,
  REFERENCE_LEVEL_SOURCES,
  RURAL_POVERTY_LINE,
} from './wages'
