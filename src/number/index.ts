/**
 * `bhxh/number` — Vietnamese numbers: parse, find, format and read in words.
 *
 * No runtime dependency, no domain code: values are exact decimal strings.
 *
 * @example
 * ```ts
 * import { formatVnd, parseNumber, toWords } from 'bhxh/number'
 * // "toàn tỉnh có gần 1.076.000 người tham gia"
 * const people = parseNumber('gần 1.076.000 người')
 * if (people.kind === 'number') console.log(people.value, people.qualifier) // '1076000' 'nearly'
 * formatVnd('3620400000000', { scale: 'tỷ' }) // '3.620,4 tỷ đồng'
 * toWords(1076000) // 'một triệu không trăm bảy mươi sáu nghìn'
 * ```
 * @module
 */
export { type DecimalObject, type NumberInput, ROUNDING_MODES, type RoundingMode } from './digits'
export {
  type Messages,
  NumberError,
  type NumberErrorCode,
  NumberFormatError,
  NumberParseError,
  type SafeResult,
} from './errors'
export {
  type FormatOptions,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  type PercentOptions,
  type VndOptions,
  type VndScale,
  type VndUnit,
} from './format'
export {
  findNumbers,
  type NumberKind,
  type NumberWarning,
  type NumberWarningCode,
  type ParsedFraction,
  type ParsedNumber,
  type ParsedRange,
  type ParsedScalar,
  type ParsedValue,
  type ParseOptions,
  type Precision,
  parseNumber,
  type Scale,
  safeParseNumber,
  toNumber,
  type Unit,
} from './parse'
export type { Qualifier, ScaleName, UnitCode } from './vocabulary'
export {
  parseWords,
  type SafeWordsResult,
  safeParseWords,
  toWords,
  toWordsVnd,
  WORD_PRESETS,
  type WordChoices,
  type WordsOptions,
  type WordsWarning,
  type WordsWarningCode,
} from './words'
