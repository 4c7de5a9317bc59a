/**
 * The schemes: codes, names, phrasings and coverage bases.
 * @module
 */
export {
  COVERAGE_BASE_NAMES,
  type CoverageBase,
  coverageBaseOf,
  isSchemeCode,
  SCHEME_CODES,
  SCHEMES,
  type Scheme,
  type SchemeCode,
  type SingleSchemeCode,
  schemeIncludes,
} from './schemes'
