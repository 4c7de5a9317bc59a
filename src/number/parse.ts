/**
 * Reading Vietnamese number phrases: `parseNumber` for one phrase, `findNumbers` for every
 * phrase in an article.
 *
 * The reader is a hand-written scanner: every character of the input is looked at a bounded
 * number of times, so time is linear in the input (no regular expression runs over user text).
 * Values are kept as exact decimal strings; nothing is ever a float.
 * @module
 */
import { toNfc } from '../nfc'
import { compareAbs, type Dec, makeDec } from './digits'
import {
  type Messages,
  type NumberErrorCode,
  NumberParseError,
  optionsError,
  type SafeResult,
  wrongType,
} from './errors'
import {
  CALENDAR_WORDS,
  MULTIPLE_WORDS,
  NOT_FINITE,
  PERCENTS,
  POSTFIX_QUALIFIERS,
  QUALIFIERS,
  type Qualifier,
  SCALES,
  type ScaleName,
  UNITS,
  type UnitCode,
} from './vocabulary'

/**
 * What a phrase is: a plain `number` (1.076.000 người), a `percent` (71,5%), a `fraction`
 * (2.109/2.156), a `multiple` (gấp hơn hai lần) or a `range` (10-15 phút).
 *
 * @example
 * ```ts
 * parseNumber('2.109/2.156').kind // 'fraction'
 * ```
 */
export type NumberKind = 'number' | 'percent' | 'fraction' | 'multiple' | 'range'

/**
 * How precisely a value was written, so that later code can turn it into the interval of
 * values that round to it.
 *
 * @example
 * ```ts
 * parseNumber('71,5%').precision
 * // { decimals: 1, step: '0.001', trailingZeros: 0 } — the true value lies in [0,7145; 0,7155)
 * parseNumber('3.620,4 tỷ đồng').precision
 * // { decimals: 1, step: '100000000', trailingZeros: 0 } — written to the tenth of a tỷ
 * ```
 */
export interface Precision {
  /** Fraction digits as written, in the written scale (`3.620,4 tỷ` → 1, `71,5%` → 1). */
  readonly decimals: number
  /** The value of one unit in the last written place, in the value's own unit, as a canonical decimal string. */
  readonly step: string
  /**
   * Trailing zeros of a written integer (`1.076.000` → 3). They may or may not be significant
   * ("gần 1.076.000" is probably rounded to the thousand); `step` counts them as significant.
   */
  readonly trailingZeros: number
}

/**
 * One exact value with its written precision.
 *
 * @example
 * ```ts
 * parseNumber('10-15 phút') // kind 'range': low { value: '10', … }, high { value: '15', … }
 * ```
 */
export interface ParsedValue {
  /** The exact value as a canonical decimal string (`'3620400000000'`, `'0.715'`, `'-0.0446'`). */
  readonly value: string
  /** The precision as written. */
  readonly precision: Precision
}

/**
 * A unit as written and normalised.
 *
 * @example
 * ```ts
 * parseNumber('1,5 triệu VNĐ').unit // { text: 'VNĐ', code: 'vnd' }
 * ```
 */
export interface Unit {
  /** The unit as written (`'đồng'`, `'₫'`, `'VNĐ'`, `'%'`, `'đơn vị'`). */
  readonly text: string
  /** The normalised unit of the parsed value. */
  readonly code: UnitCode
}

/**
 * A scale word as written and normalised.
 *
 * @example
 * ```ts
 * parseNumber('12,5 nghìn tỉ').scale // { text: 'nghìn tỉ', name: 'nghìn tỷ', exponent: 12 }
 * ```
 */
export interface Scale {
  /** The scale as written (`'tỷ'`, `'tỉ'`, `'tr'`, `'N'`). */
  readonly text: string
  /** The normalised scale word. */
  readonly name: ScaleName
  /** Its power of ten (nghìn 3, triệu 6, tỷ 9, nghìn tỷ 12, triệu tỷ 15). */
  readonly exponent: number
}

/**
 * Why a phrase was read but deserves a second look:
 * - `english-decimal`: a `.` read as a decimal point (`0.03%`, `1.5`): Vietnamese uses `,`;
 * - `english-grouping`: `,` read as a thousands separator (`1,076,000`): Vietnamese uses `.`.
 *   One `,` before exactly three digits (`318,204`) is a Vietnamese decimal, except in a count of
 *   whole things with no scale word (`318,204 người`: no one counts 318.204 people) and, in
 *   `findNumbers`, in a text that writes its other numbers the English way and never the
 *   Vietnamese way; both are read as thousands with this warning;
 * - `space-grouping`: an ordinary ASCII space read as a thousands separator (`5 000`): Vietnamese
 *   uses `.`, and two numbers in a row look the same (a no-break or thin space gives no warning);
 * - `invisible-character`: an invisible character inside the number was read through (soft hyphen
 *   U+00AD, zero-width space U+200B, non-joiner U+200C, joiner U+200D, word joiner U+2060, BOM
 *   U+FEFF, as scraped HTML leaves them); the message names it and the span points at it.
 *
 * @example
 * ```ts
 * parseNumber('0.03%').warnings[0]?.code // 'english-decimal'
 * parseNumber('có 5 000 người').warnings[0]?.code // 'space-grouping'
 * parseNumber('3.620\u00ad,4 tỷ đồng').warnings[0]?.messages.en
 * // 'invisible character U+00AD (soft hyphen) inside the number was ignored'
 * ```
 */
export type NumberWarningCode =
  | 'english-decimal'
  | 'english-grouping'
  | 'space-grouping'
  | 'invisible-character'

/**
 * A warning attached to a parsed phrase.
 *
 * @example
 * ```ts
 * parseNumber('1,076,000').warnings
 * // [{ code: 'english-grouping', span: [0, 9], messages: { vi: 'dấu phẩy được đọc là dấu phân cách hàng nghìn (kiểu tiếng Anh)', en: … } }]
 * ```
 */
export interface NumberWarning {
  /** The warning code. */
  readonly code: NumberWarningCode
  /** The digits concerned, `[start, end)` in the caller's text. */
  readonly span: readonly [number, number]
  /** The warning in Vietnamese and English. */
  readonly messages: Messages
}

type PlainWarning = Exclude<NumberWarningCode, 'invisible-character'>

const WARNINGS: Record<PlainWarning, [string, string]> = {
  'english-decimal': [
    'dấu chấm được đọc là dấu thập phân (kiểu tiếng Anh)',
    'a dot was read as the decimal point (English style)',
  ],
  'english-grouping': [
    'dấu phẩy được đọc là dấu phân cách hàng nghìn (kiểu tiếng Anh)',
    'a comma was read as the thousands separator (English style)',
  ],
  'space-grouping': [
    'dấu cách được đọc là dấu phân cách hàng nghìn (tiếng Việt dùng dấu chấm; hãy xem có phải hai số không)',
    'a space was read as the thousands separator (Vietnamese uses a dot; check that these are not two numbers)',
  ],
}

/** The invisible characters by code point: their names in Vietnamese and English. */
const INVISIBLE_NAMES: Record<number, [string, string]> = {
  173: ['gạch nối mềm', 'soft hyphen'],
  8203: ['khoảng trắng độ rộng 0', 'zero-width space'],
  8204: ['ký tự không nối độ rộng 0', 'zero-width non-joiner'],
  8205: ['ký tự nối độ rộng 0', 'zero-width joiner'],
  8288: ['ký tự nối từ', 'word joiner'],
  65279: ['dấu BOM, khoảng trắng không ngắt độ rộng 0', 'byte order mark, zero-width no-break space'],
}

/** What every parsed phrase carries. */
interface PhraseCommon {
  /** The phrase exactly as written in the caller's text (`text.slice(...span)`). */
  readonly raw: string
  /** Where the phrase is: `[start, end)` UTF-16 offsets in the caller's text. */
  readonly span: readonly [number, number]
  /** The qualifier (`gần` → `nearly`); `exact` when there is none. */
  readonly qualifier: Qualifier
  /** The qualifier as written (`'gần'`, `'trên'`, `'trở lên'`), or `null`. */
  readonly qualifierText: string | null
  /** The unit, or `null` when none was written. */
  readonly unit: Unit | null
  /** The scale word, or `null` when none was written. */
  readonly scale: Scale | null
  /** Readings that deserve a second look (English separators). */
  readonly warnings: readonly NumberWarning[]
}

/**
 * A number, percent or multiple: one value.
 *
 * @example
 * ```ts
 * parseNumber('gần 1.076.000 người')
 * // { kind: 'number', value: '1076000', qualifier: 'nearly', unit: { text: 'người', code: 'person' }, … }
 * ```
 */
export interface ParsedScalar extends PhraseCommon, ParsedValue {
  /** `number`, `percent` (the value is a ratio: 71,5% → `'0.715'`) or `multiple` (gấp 2 lần → `'2'`). */
  readonly kind: 'number' | 'percent' | 'multiple'
}

/**
 * A fraction written with a slash: `2.109/2.156` (2.109 of 2.156 group leaders hold a BHYT card).
 *
 * @example
 * ```ts
 * const f = parseNumber('2.109/2.156') as ParsedFraction
 * f.numerator.value   // '2109'
 * f.denominator.value // '2156'
 * ```
 */
export interface ParsedFraction extends PhraseCommon {
  /** Always `fraction`. */
  readonly kind: 'fraction'
  /** The number above the slash. */
  readonly numerator: ParsedValue
  /** The number below the slash. */
  readonly denominator: ParsedValue
}

/**
 * A range: `10-15 phút`, `1-2 tỷ đồng`; the scale and unit apply to both ends.
 *
 * @example
 * ```ts
 * const r = parseNumber('10-15 phút') as ParsedRange
 * r.low.value  // '10'
 * r.high.value // '15'
 * ```
 */
export interface ParsedRange extends PhraseCommon {
  /** Always `range`. */
  readonly kind: 'range'
  /** The lower end. */
  readonly low: ParsedValue
  /** The upper end. */
  readonly high: ParsedValue
}

/**
 * A parsed number phrase: what `parseNumber` returns and `findNumbers` lists.
 *
 * @example
 * ```ts
 * const p = parseNumber('trên 5.147 tỷ đồng')
 * if (p.kind === 'number') p.value // '5147000000000'
 * ```
 */
export type ParsedNumber = ParsedScalar | ParsedFraction | ParsedRange

/**
 * Options of `parseNumber`.
 *
 * @example
 * ```ts
 * parseNumber('0.03%', { strict: true }) // throws: English decimal point
 * ```
 */
export interface ParseOptions {
  /**
   * Reject English separators (`0.03`, `1,076,000`) with `bad-grouping` instead of reading them
   * with a warning; `318,204 người` is then 318.204, the Vietnamese reading. Default `false`.
   */
  readonly strict?: boolean
}

// ---------------------------------------------------------------------------------------------
// Characters

const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** Spaces inside a phrase (between a qualifier, the digits, a scale and a unit). */
const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9
/** Spaces that may group thousands (`5 000`, `5\u00a0000`): not a TAB, which separates cells. */
const isGroupSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009
/**
 * Invisible characters that scraped HTML leaves in text: soft hyphen U+00AD, zero-width space
 * U+200B, zero-width non-joiner U+200C, zero-width joiner U+200D, word joiner U+2060 and BOM
 * (zero-width no-break space) U+FEFF. Inside a number they are read through (with a warning);
 * between words they count as spaces.
 */
const isInvisible = (c: number): boolean =>
  c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/
/** Space or invisible: what may stand between the words of a phrase. */
const isGap = (c: number): boolean => isSpace(c) || isInvisible(c)
const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7)
const isWordChar = (c: number): boolean => isDigit(c) || isLetter(c)
const isSign = (c: number): boolean => c === 45 || c === 0x2212 || c === 43
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014

/** The text, NFC-normalised, lower-cased for matching, and maps back to the caller's offsets. */
interface Source {
  readonly text: string
  readonly s: string
  readonly low: string
  /** NFC offsets to offsets in the text without in-word invisible characters (`null`: the same). */
  readonly map: Int32Array | null
  /** Offsets in the text without in-word invisible characters to the caller's (`null`: the same). */
  readonly joined: Int32Array | null
  /** Whether the text has invisible characters (then the lexer looks for them inside numbers). */
  readonly inv: boolean
}

/**
 * The text without the invisible characters that stand between two letters (a soft hyphen in
 * `tri\u00adệu`), so that words match; and for each kept character its offset in `text` (one more
 * entry for the end), or `null` when nothing was removed.
 */
function joinWords(text: string): { readonly t: string; readonly joined: Int32Array | null } {
  const parts: string[] = []
  let from: Int32Array | null = null
  let w = 0 // entries of `from` written
  let kept = 0 // start of the part not yet copied
  for (let i = 0; i < text.length; i++) {
    if (!isInvisible(text.charCodeAt(i))) continue
    const j = skipInvisible(text, i)
    if (i > 0 && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(j))) {
      from ??= new Int32Array(text.length + 1)
      parts.push(text.slice(kept, i))
      for (let k = kept; k < i; k++) from[w++] = k
      kept = j
    }
    i = j - 1
  }
  if (from === null) return { t: text, joined: null }
  parts.push(text.slice(kept))
  for (let k = kept; k <= text.length; k++) from[w++] = k
  return { t: parts.join(''), joined: from.subarray(0, w) }
}

function source(text: string): Source {
  let plain = true
  let letters = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x300) {
      plain = false
      letters = true
      break
    }
    if (c >= 65) letters = true
  }
  const inv = letters && INVISIBLE.test(text)
  const { t, joined } = inv ? joinWords(text) : { t: text, joined: null }
  let s = t
  let map: Int32Array | null = null
  if (!plain) {
    const nfc = toNfc(t)
    s = nfc.s
    map = nfc.map
  }
  const lower = letters ? s.toLowerCase() : s
  // A few characters (İ) lower-case to two; then offsets would shift, so match case-sensitively.
  const low = lower.length === s.length ? lower : s
  return { text, s, low, map, joined, inv }
}

/** Where the character at `i` of `src.s` starts in the text without in-word invisible characters. */
const joinedAt = (src: Source, i: number): number =>
  src.map ? (src.map[i] ?? src.map[src.map.length - 1] ?? 0) : i

/** Where the character at `i` of `src.s` starts in the caller's text. */
function origStart(src: Source, i: number): number {
  const j = joinedAt(src, i)
  return src.joined ? (src.joined[j] ?? src.text.length) : j
}

/** Where a span that ends before `i` of `src.s` ends in the caller's text. */
function origEnd(src: Source, i: number): number {
  const j = joinedAt(src, i)
  return src.joined ? (j === 0 ? 0 : (src.joined[j - 1] ?? src.text.length - 1) + 1) : j
}

// ---------------------------------------------------------------------------------------------
// Lexing one run of digits

/** One number as lexed: where, its sign and digits, and what deserves a warning. */
interface Lexed {
  readonly start: number
  readonly end: number
  readonly neg: boolean
  readonly int: string
  readonly frac: string
  readonly grouped: boolean
  readonly warn: 'english-decimal' | 'english-grouping' | null
  /** Thousands grouped by ordinary ASCII spaces (`5 000`). */
  readonly spaced: boolean
  /** Where invisible characters stand inside the number, or `null` (the usual case). */
  readonly hidden: readonly number[] | null
  /**
   * The separator style the number shows beyond doubt: `vi` (`1.076.000`, `3.620,4`, `45,6`),
   * `en` (`1,076,000`, `1,234.5`, `0.5`), or `null` (no separator, or `7.548`, `318,204`).
   */
  readonly style: 'vi' | 'en' | null
  /**
   * Read as a Vietnamese decimal but as English thousands too: one `,` after 1 to 3 digits
   * (not a leading 0) and exactly 3 digits after it (`318,204`).
   */
  readonly ambiguous: boolean
}

interface Fail {
  readonly fail: NumberErrorCode
  readonly start: number
  readonly end: number
}

const isFail = (x: object): x is Fail => 'fail' in x

/** The index after the invisible characters at `i`. */
function skipInvisible(s: string, i: number): number {
  while (isInvisible(s.charCodeAt(i))) i++
  return i
}

/** The end of the digits at `i`; with `inv`, read through invisible characters that stand between digits. */
function digitsEnd(s: string, i: number, inv: boolean): number {
  for (;;) {
    while (isDigit(s.charCodeAt(i))) i++
    if (!inv || !isInvisible(s.charCodeAt(i))) return i
    const j = skipInvisible(s, i)
    if (!isDigit(s.charCodeAt(j))) return i
    i = j
  }
}

/** How many digits there are in `s[from, to)`. */
function countDigits(s: string, from: number, to: number, inv: boolean): number {
  if (!inv) return to - from
  let n = 0
  for (let i = from; i < to; i++) if (isDigit(s.charCodeAt(i))) n++
  return n
}

/** The digits of `s[from, to)`, without separators and invisible characters. */
const digitsOf = (s: string, from: number, to: number, clean: boolean): string =>
  clean ? s.slice(from, to).replace(/[^0-9]/g, '') : s.slice(from, to)

/**
 * Reads one run of digits and separators at `i` (a digit, or a sign before a digit). With `inv`
 * (the text has invisible characters), invisible characters between digits and around a `.`
 * or `,` between digits are read through (`3.620\u00ad,4`); the number's `hidden` lists them.
 */
function lex(s: string, i: number, strict: boolean, inv: boolean): Lexed | Fail {
  const start = i
  let neg = false
  if (isSign(s.charCodeAt(i))) {
    neg = s.charCodeAt(i) !== 43
    i = inv ? skipInvisible(s, i + 1) : i + 1
  }
  const first = i
  i = digitsEnd(s, i, inv)
  const firstLen = countDigits(s, first, i, inv)
  // The groups are validated as they are read, in one pass and constant memory:
  let m = 0 // separators so far
  let t = 0 // kind of the first separator (46 '.', 44 ',', 32 a space)
  let kind = 0 // kind of the latest separator
  let at = -1 // position of the latest separator
  let len = firstLen // digits in the latest group
  let middle = true // every group between two separators has exactly 3 digits
  let same = true // every separator before the latest is of kind t
  let spaced = false // an ASCII space was a separator
  for (;;) {
    const p = inv ? skipInvisible(s, i) : i // the separator
    const c = s.charCodeAt(p)
    const q = inv ? skipInvisible(s, p + 1) : p + 1 // the next group
    const next = s.charCodeAt(q)
    let k: number
    if (c === 46 || c === 44) {
      if (isDigit(next)) k = c
      else if ((next === 46 || next === 44) && isDigit(s.charCodeAt(q + 1))) {
        return { fail: 'bad-separator', start: p, end: q + 1 }
      } else break
    } else if (
      p === i &&
      isGroupSpace(c) &&
      (m === 0 ? firstLen <= 3 : t === 32 && kind === 32) &&
      isDigit(next) &&
      isDigit(s.charCodeAt(i + 2)) &&
      isDigit(s.charCodeAt(i + 3)) &&
      !isDigit(s.charCodeAt(i + 4))
    ) {
      k = 32
      if (c === 32) spaced = true
    } else break
    if (m === 0) t = k
    else {
      if (len !== 3) middle = false
      if (kind !== t) same = false
    }
    kind = k
    at = p
    m++
    i = digitsEnd(s, q, inv)
    len = countDigits(s, q, i, inv)
  }
  const end = i
  let hidden: number[] | null = null
  if (inv) {
    for (let j = start; j < end; j++) {
      if (!isInvisible(s.charCodeAt(j))) continue
      hidden ??= []
      hidden.push(j)
    }
  }
  const clean = hidden !== null
  if (m === 0) {
    const int = digitsOf(s, first, end, clean)
    return {
      start,
      end,
      neg,
      int,
      frac: '',
      grouped: false,
      warn: null,
      spaced: false,
      hidden,
      style: null,
      ambiguous: false,
    }
  }
  const bad: Fail = { fail: 'bad-grouping', start, end }
  const lastLen = len
  const head = firstLen >= 1 && firstLen <= 3 && middle // groups before the last are thousands groups
  let decimal = false
  let warn: Lexed['warn'] = null
  let style: Lexed['style'] = null
  let ambiguous = false
  if (same && kind === t) {
    if (t === 46) {
      // 7.548 and 1.076.000 are thousands; 1.5, 0.03 and 12345.6 can only be English decimals.
      if (m === 1 && !(head && lastLen === 3 && s.charCodeAt(first) !== 48)) {
        decimal = true
        warn = 'english-decimal'
        style = 'en'
      } else if (!(head && lastLen === 3)) return bad
      else if (m > 1) style = 'vi'
    } else if (t === 44) {
      if (m === 1) {
        decimal = true
        ambiguous = head && lastLen === 3 && s.charCodeAt(first) !== 48
        if (!ambiguous) style = 'vi'
      } else if (head && lastLen === 3) {
        warn = 'english-grouping'
        style = 'en'
      } else return bad
    }
  } else {
    // Thousands separators of one kind, then one decimal separator of another.
    if (!same || kind === 32 || !head) return bad
    decimal = true
    if (kind === 46) {
      warn = t === 44 ? 'english-grouping' : 'english-decimal'
      style = 'en'
    } else if (t === 46) style = 'vi'
  }
  if (warn && strict) return bad
  const intEnd = decimal ? at : end
  const grouped = m > (decimal ? 1 : 0)
  const int = digitsOf(s, first, intEnd, grouped || clean)
  const frac = decimal ? digitsOf(s, at + 1, end, clean) : ''
  return {
    start,
    end,
    neg,
    int,
    frac,
    grouped,
    warn,
    spaced: spaced && t === 32,
    hidden,
    style,
    ambiguous: ambiguous && !strict,
  }
}

/** An ambiguous `318,204` read the English way: 318204, grouped, with the warning. */
const asEnglish = (x: Lexed): Lexed => ({
  ...x,
  int: x.int + x.frac,
  frac: '',
  grouped: true,
  warn: 'english-grouping',
  style: 'en',
  ambiguous: false,
})

/**
 * Units that count whole things: `318,204 người` cannot be 318.204 people. (Not đồng: an amount
 * of money may be written with decimals, as formatVnd writes `1,5 đồng`.)
 */
const WHOLE_UNITS: ReadonlySet<UnitCode> = /* @__PURE__ */ new Set<UnitCode>([
  'person',
  'employer',
  'household',
  'count',
])

/**
 * Whether a phrase's ambiguous `,` can only be a thousands separator: a count of whole things
 * (people, employers, households, records) with no scale word and no percent sign.
 */
const wholeOnly = (d: Draft): boolean =>
  d.sfx.scale === null && !d.sfx.percent && d.sfx.unit !== null && WHOLE_UNITS.has(d.sfx.unit.code)

/** A draft with its ambiguous parts read the English way. */
function englishDraft(d: Draft): Draft {
  return {
    ...d,
    a: d.a.ambiguous ? asEnglish(d.a) : d.a,
    b: d.b?.ambiguous ? asEnglish(d.b) : d.b,
  }
}

/**
 * The end of a malformed run of digits and separators at `i` (`12,34,5`, `1..2`, `1.2.3`), so
 * that findNumbers reads no part of it as a number.
 */
function skipRun(s: string, i: number): number {
  let k = isSign(s.charCodeAt(i)) ? i + 1 : i
  for (;;) {
    const c = s.charCodeAt(k)
    if (isDigit(c) || isInvisible(c)) k++
    else if ((c === 46 || c === 44) && k + 1 < s.length) {
      const n = s.charCodeAt(k + 1)
      if (isDigit(n) || n === 46 || n === 44 || isInvisible(n)) k++
      else return k
    } else return k
  }
}

const isZero = (x: Lexed): boolean => /^0*$/.test(x.int) && /^0*$/.test(x.frac)

const decOf = (x: Lexed, exp: number): Dec => makeDec(x.neg, x.int + x.frac, exp - x.frac.length)

/** The canonical decimal string of a lexed number times 10^exp, built directly from its digits. */
function canonical(x: Lexed, exp: number): string {
  const all = x.int + x.frac
  let f = 0 // first significant digit
  while (f < all.length && all.charCodeAt(f) === 48) f++
  if (f === all.length) return '0'
  let l = all.length // end of the significant digits
  while (all.charCodeAt(l - 1) === 48) l--
  const point = x.int.length + exp // where the decimal point falls in `all`
  const sign = x.neg ? '-' : ''
  if (point >= l) return sign + all.slice(f, l) + '0'.repeat(point - l)
  if (point <= f) return `${sign}0.${'0'.repeat(f - point)}${all.slice(f, l)}`
  return `${sign}${all.slice(f, point)}.${all.slice(point, l)}`
}

/** 10^e as a canonical decimal string. */
const powerOfTen = (e: number): string => (e >= 0 ? `1${'0'.repeat(e)}` : `0.${'0'.repeat(-e - 1)}1`)

function parsedValue(x: Lexed, exp: number): ParsedValue {
  let tz = 0
  if (!x.frac) while (tz < x.int.length - 1 && x.int.charCodeAt(x.int.length - 1 - tz) === 48) tz++
  return {
    value: canonical(x, exp),
    precision: interned(PRECISION_CACHE, `${x.frac.length} ${exp} ${tz}`, () => ({
      decimals: x.frac.length,
      step: powerOfTen(exp - x.frac.length),
      trailingZeros: tz,
    })),
  }
}

/** a < b, exactly. */
function less(a: Lexed, b: Lexed): boolean {
  const x = decOf(a, 0)
  const y = decOf(b, 0)
  if (x.neg !== y.neg) return x.neg
  const c = compareAbs(x, y)
  return x.neg ? c > 0 : c < 0
}

const isYear = (x: Lexed): boolean =>
  !x.grouped && !x.frac && !x.neg && x.int.length === 4 && x.int >= '1900' && x.int <= '2100'

// ---------------------------------------------------------------------------------------------
// Words around the number

function skipSpaces(s: string, i: number): number {
  let k = i
  while (k < s.length && k - i < 8 && isGap(s.charCodeAt(k))) k++
  return k
}

/** Does `word` stand at `i` (case-insensitively, or exactly) and end at a word boundary? */
function wordAt(src: Source, i: number, word: string, exact?: boolean): boolean {
  if (!(exact ? src.s : src.low).startsWith(word, i)) return false
  return !isLetter(word.charCodeAt(word.length - 1)) || !isWordChar(src.s.charCodeAt(i + word.length))
}

/** Lists of words indexed by their first (or last) lower-case letter, for lookups in constant time. */
function byLetter<T extends readonly [string, ...unknown[]]>(
  list: readonly T[],
  last?: boolean,
): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const e of list) {
    const key = (last ? e[0].slice(-1) : e[0].charAt(0)).toLowerCase()
    map.set(key, [...(map.get(key) ?? []), e])
  }
  return map
}
const PERCENTS_AT = /* @__PURE__ */ byLetter(PERCENTS)
const SCALES_AT = /* @__PURE__ */ byLetter(SCALES)
const UNITS_AT = /* @__PURE__ */ byLetter(UNITS)
const QUALIFIERS_AT = /* @__PURE__ */ byLetter(QUALIFIERS)
const QUALIFIERS_ENDING = /* @__PURE__ */ byLetter(QUALIFIERS, true)
const POSTFIX_AT = /* @__PURE__ */ byLetter(POSTFIX_QUALIFIERS)

// Units, scales and precisions come from small vocabularies: each distinct one is one frozen
// object, shared by every phrase that has it, so that a long article's results stay small.
// (A memo of immutable values: no caller can observe it, except that equal units are `===`.)
const UNIT_CACHE = /* @__PURE__ */ new Map<string, Unit>()
const SCALE_CACHE = /* @__PURE__ */ new Map<string, Scale>()
const PRECISION_CACHE = /* @__PURE__ */ new Map<string, Precision>()

function interned<T extends object>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key)
  if (v === undefined) {
    v = Object.freeze(make())
    if (cache.size < 4096) cache.set(key, v)
  }
  return v
}

const unitOf = (text: string, code: UnitCode): Unit =>
  interned(UNIT_CACHE, `${code} ${text}`, () => ({ text, code }))
const scaleOf = (text: string, name: ScaleName, exponent: number): Scale =>
  interned(SCALE_CACHE, text, () => ({ text, name, exponent }))

interface Suffix {
  percent: boolean
  unit: Unit | null
  scale: Scale | null
  end: number
}

function suffix(src: Source, at: number): Suffix {
  const { s, low } = src
  let k = skipSpaces(s, at)
  if (k >= s.length) return { percent: false, unit: null, scale: null, end: at }
  for (const [w, code] of PERCENTS_AT.get(low.charAt(k)) ?? []) {
    if (wordAt(src, k, w)) {
      return { percent: true, unit: unitOf(s.slice(k, k + w.length), code), scale: null, end: k + w.length }
    }
  }
  let scale: Scale | null = null
  let end = at
  let gap = 0 // spaces between the digits and k (invisible characters do not count)
  for (let j = at; j < k; j++) if (!isInvisible(s.charCodeAt(j))) gap++
  for (const [w, name, exponent, exact] of SCALES_AT.get(low.charAt(k)) ?? []) {
    // Single letters (k, N, T) only directly after the digits or one space.
    if ((w.length > 2 || gap <= 1) && wordAt(src, k, w, exact === 1)) {
      scale = scaleOf(s.slice(k, k + w.length), name, exponent)
      end = k + w.length
      k = skipSpaces(s, end)
      break
    }
  }
  for (const [w, code] of UNITS_AT.get(low.charAt(k)) ?? []) {
    if (wordAt(src, k, w))
      return { percent: false, unit: unitOf(s.slice(k, k + w.length), code), scale, end: k + w.length }
  }
  return { percent: false, unit: null, scale, end }
}

function qualifierBefore(src: Source, at: number, floor: number): [Qualifier, number, number] | null {
  let e = at
  while (e > floor && at - e < 8 && isGap(src.s.charCodeAt(e - 1))) e--
  if (e === at && at > floor) return null
  for (const [w, q] of QUALIFIERS_ENDING.get(src.low.charAt(e - 1)) ?? []) {
    const b = e - w.length
    if (b >= floor && src.low.startsWith(w, b) && !isWordChar(src.s.charCodeAt(b - 1))) return [q, b, e]
  }
  return null
}

function qualifierAfter(
  src: Source,
  at: number,
  list: Map<string, (typeof QUALIFIERS)[number][]>,
): [Qualifier, number, number] | null {
  const k = skipSpaces(src.s, at)
  for (const [w, q] of list.get(src.low.charAt(k)) ?? []) if (wordAt(src, k, w)) return [q, k, k + w.length]
  return null
}

/** Where the word just before `at` starts (after skipping spaces). */
function wordStart(src: Source, at: number): number {
  let b = at
  while (b > 0 && at - b < 8 && isGap(src.s.charCodeAt(b - 1))) b--
  const e = b
  while (b > 0 && e - b < 8 && isLetter(src.s.charCodeAt(b - 1))) b--
  return b
}

/** Is the word just before `at` (after skipping spaces) one of `words`? (No allocation: this runs for every number.) */
function wordBefore(src: Source, at: number, words: readonly string[]): boolean {
  const b = wordStart(src, at)
  let e = b
  while (e < at && isLetter(src.s.charCodeAt(e))) e++
  for (const w of words) if (w.length === e - b && src.low.startsWith(w, b)) return true
  return false
}
/**
 * Whether the number at `i` follows a duration in months ("nợ dưới 3 tháng 148,2 tỷ đồng", "từ 3
 * tháng đến dưới 12 tháng 61,5 tỷ đồng") and cannot be a month itself (above 12, or with a
 * decimal or grouped part, and no date attached): a figure, not "tháng 148".
 */
function afterDuration(src: Source, i: number, a: Lexed): boolean {
  if (!wordBefore(src, i, MONTH)) return false
  let k = wordStart(src, i)
  while (k > 0 && isGap(src.s.charCodeAt(k - 1))) k--
  if (!isDigit(src.s.charCodeAt(k - 1))) return false
  const c = src.s.charCodeAt(a.end)
  if ((c === 47 || isDash(c) || c === 46) && isDigit(src.s.charCodeAt(a.end + 1))) return false
  return a.frac !== '' || a.grouped || Number(a.int) > 12
}
const MONTH = ['tháng']
const FROM = ['từ']
const MINUS = ['âm']

// ---------------------------------------------------------------------------------------------
// Phrases

interface Draft {
  kind: NumberKind
  start: number
  end: number
  a: Lexed
  b: Lexed | null
  neg: boolean
  qualifier: Qualifier
  qStart: number
  qEnd: number
  sfx: Suffix
}

type Read = Draft | Fail | { skip: number }

/** Consumes a date, time or code continuation (`/5/2020`, `-2023`, `:54`) and returns its end. */
function skipAttached(s: string, i: number): number {
  let k = i
  for (;;) {
    const c = s.charCodeAt(k)
    if ((c === 47 || isDash(c) || c === 58 || c === 46) && isWordChar(s.charCodeAt(k + 1))) {
      k++
      while (k < s.length && isWordChar(s.charCodeAt(k))) k++
    } else return k
  }
}

/** Reads the number phrase whose digits (or sign) start at `i`. */
function readNumber(src: Source, i: number, find: boolean, strict: boolean): Read {
  const { s } = src
  const a = lex(s, i, strict, src.inv)
  // A malformed run (12,34,5 or 1..2) is skipped whole: no part of it is a figure.
  if (isFail(a)) return find ? { skip: skipAttached(s, skipRun(s, i)) } : a
  if (find && wordBefore(src, i, CALENDAR_WORDS) && !afterDuration(src, i, a))
    return { skip: skipAttached(s, a.end) }
  let kind: NumberKind = 'number'
  let b: Lexed | null = null
  let end = a.end
  const c = s.charCodeAt(end)
  if (c === 58 && isDigit(s.charCodeAt(end + 1))) {
    // 10:54 — a time of day
    if (find) return { skip: skipAttached(s, end) }
    return { fail: 'unexpected-text', start: end, end: s.length }
  }
  if (c === 47 && isDigit(s.charCodeAt(end + 1))) {
    const d = lex(s, end + 1, strict, src.inv)
    if (isFail(d)) return find ? { skip: skipAttached(s, skipRun(s, end + 1)) } : d
    const after = s.charCodeAt(d.end)
    const dated =
      ((after === 47 || isDash(after)) && isWordChar(s.charCodeAt(d.end + 1))) ||
      (isYear(d) && !a.grouped && !a.frac && a.int.length <= 2)
    if (dated) {
      if (find) return { skip: skipAttached(s, end) }
      return { fail: 'unexpected-text', start: end, end: s.length }
    }
    if (isZero(d)) {
      // 5/0 is no fraction; findNumbers reads neither part.
      if (find) return { skip: skipAttached(s, d.end) }
      return { fail: 'zero-denominator', start: a.start, end: d.end }
    }
    kind = 'fraction'
    b = d
    end = d.end
  } else {
    const k = skipSpaces(s, end)
    const k2 = skipSpaces(s, k + 1)
    if (isDash(s.charCodeAt(k)) && isDigit(s.charCodeAt(k2)) && (k === end) === (k2 === k + 1)) {
      const d = lex(s, k2, strict, src.inv)
      if (isFail(d)) return find ? { skip: skipAttached(s, skipRun(s, k2)) } : d
      const after = s.charCodeAt(d.end)
      const dated = (after === 47 || isDash(after)) && isWordChar(s.charCodeAt(d.end + 1))
      if (dated || (isYear(a) && isYear(d)) || !less(a, d)) {
        // 23-5-2020, giai đoạn 2023-2025, Sáng 12-9: dates and periods, never subtractions
        if (find) return { skip: skipAttached(s, d.end) }
        if (dated || !less(a, d)) return { fail: 'unexpected-text', start: k, end: s.length }
      }
      kind = 'range'
      b = d
      end = d.end
    }
  }
  const sfx = suffix(src, end)
  if (sfx.percent) kind = kind === 'number' ? 'percent' : kind
  // Digits glued to letters that are no unit or scale (H5N1, 3G) are not figures.
  if (isLetter(s.charCodeAt(end)) && sfx.end === end) {
    if (find) return { skip: skipAttached(s, end) }
    return { fail: 'unexpected-text', start: end, end: s.length }
  }
  return {
    kind,
    start: a.start,
    end: Math.max(end, sfx.end),
    a,
    b,
    neg: false,
    qualifier: 'exact',
    qStart: -1,
    qEnd: -1,
    sfx,
  }
}

/** Reads `gấp [qualifier] <number or word> [lần]` at `i`. */
function readMultiple(src: Source, i: number, find: boolean, strict: boolean): Read | null {
  const { s, low } = src
  let k = skipSpaces(s, i + 3)
  let qualifier: Qualifier = 'exact'
  let qStart = -1
  let qEnd = -1
  const q = qualifierAfter(src, k, QUALIFIERS_AT)
  if (q) {
    ;[qualifier, qStart, qEnd] = q
    k = skipSpaces(s, qEnd)
  }
  let a: Lexed
  let end: number
  if (isDigit(s.charCodeAt(k))) {
    const x = lex(s, k, strict, src.inv)
    if (isFail(x)) return find ? { skip: skipRun(s, k) } : x
    a = x
    end = x.end
  } else {
    let e = k
    while (e < s.length && isLetter(s.charCodeAt(e))) e++
    const wordValue = MULTIPLE_WORDS[low.slice(k, e)] ?? null
    if (wordValue === null || e === k) return null
    const [int = '', frac = ''] = wordValue.split('.')
    a = {
      start: k,
      end: e,
      neg: false,
      int,
      frac,
      grouped: false,
      warn: null,
      spaced: false,
      hidden: null,
      style: null,
      ambiguous: false,
    }
    end = e
  }
  const lan = skipSpaces(s, end)
  const unit = wordAt(src, lan, 'lần') ? unitOf(s.slice(lan, lan + 3), 'times') : null
  return {
    kind: 'multiple',
    start: i,
    end: unit ? lan + 3 : end,
    a,
    b: null,
    neg: false,
    qualifier,
    qStart,
    qEnd,
    sfx: { percent: false, unit, scale: null, end: unit ? lan + 3 : end },
  }
}

function finish(src: Source, d: Draft): ParsedNumber {
  const exp = (d.sfx.scale?.exponent ?? 0) - (d.sfx.percent ? 2 : 0)
  const start = origStart(src, d.start)
  const end = origEnd(src, d.end)
  let warnings: readonly NumberWarning[] = NONE
  if (d.a.warn || d.b?.warn || d.a.spaced || d.b?.spaced || d.a.hidden || d.b?.hidden) {
    const list: NumberWarning[] = []
    warn(src, d.a, list)
    if (d.b) warn(src, d.b, list)
    warnings = list
  }
  const a = d.neg ? { ...d.a, neg: !d.a.neg } : d.a
  // Object literals with every field written out: a spread here costs ~5% of parseNumber's time.
  const raw = src.text.slice(start, end)
  const span: readonly [number, number] = [start, end]
  const qualifierText = d.qStart < 0 ? null : src.s.slice(d.qStart, d.qEnd)
  const { qualifier } = d
  const { unit, scale } = d.sfx
  if (d.kind === 'fraction' && d.b) {
    const numerator = parsedValue(a, 0)
    const denominator = parsedValue(d.b, 0)
    return {
      kind: 'fraction',
      numerator,
      denominator,
      raw,
      span,
      qualifier,
      qualifierText,
      unit,
      scale,
      warnings,
    }
  }
  if (d.kind === 'range' && d.b) {
    const low = parsedValue(a, exp)
    const high = parsedValue(d.b, exp)
    return { kind: 'range', low, high, raw, span, qualifier, qualifierText, unit, scale, warnings }
  }
  const kind = d.kind === 'fraction' || d.kind === 'range' ? 'number' : d.kind
  const { value, precision } = parsedValue(a, exp)
  return { kind, value, precision, raw, span, qualifier, qualifierText, unit, scale, warnings }
}

/** The warnings of a phrase without any: one frozen empty list, shared. */
const NONE: readonly NumberWarning[] = /* @__PURE__ */ Object.freeze([])

function warn(src: Source, x: Lexed, out: NumberWarning[]): void {
  const span: readonly [number, number] = [origStart(src, x.start), origEnd(src, x.end)]
  for (const code of [x.warn, x.spaced ? ('space-grouping' as const) : null]) {
    if (!code) continue
    const [vi, en] = WARNINGS[code]
    out.push({ code, span, messages: { vi, en } })
  }
  // One warning per kind of invisible character, at its first place, with how many there are.
  const first = new Map<number, number>()
  const count = new Map<number, number>()
  for (const at of x.hidden ?? []) {
    const c = src.s.charCodeAt(at)
    if (!first.has(c)) first.set(c, at)
    count.set(c, (count.get(c) ?? 0) + 1)
  }
  for (const [c, at] of first) {
    const n = count.get(c) ?? 1
    const u = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
    const [nameVi, nameEn] = INVISIBLE_NAMES[c] ?? ['', '']
    out.push({
      code: 'invisible-character',
      span: [origStart(src, at), origStart(src, at) + 1],
      messages: {
        vi: `ký tự vô hình ${u} (${nameVi}) trong số đã được bỏ qua${n > 1 ? ` (${n} lần)` : ''}`,
        en: `invisible character ${u} (${nameEn}) inside the number was ignored${n > 1 ? ` (${n} times)` : ''}`,
      },
    })
  }
}

/** Attaches a qualifier, a sign word (âm) and a postfix qualifier (trở lên) around a draft. */
function around(src: Source, d: Draft, floor: number): Draft {
  const post = qualifierAfter(src, d.end, POSTFIX_AT)
  if (post && d.qualifier === 'exact') {
    d.qualifier = post[0]
    d.qStart = post[1]
    d.qEnd = post[2]
    d.end = post[2]
  }
  let at = d.start
  if (post && wordBefore(src, at, FROM)) at = d.start = wordStart(src, at)
  if (!d.a.neg && wordBefore(src, at, MINUS)) {
    let b = at
    while (b > floor && isGap(src.s.charCodeAt(b - 1))) b--
    if (b - 2 >= floor) {
      d.neg = true
      at = b - 2
      d.start = at
    }
  }
  if (d.qualifier === 'exact') {
    const q = qualifierBefore(src, at, floor)
    if (q) {
      ;[d.qualifier, d.qStart, d.qEnd] = q
      d.start = q[1]
    }
  }
  return d
}

/**
 * Finds every number phrase in a Vietnamese text (an article, a report), in order.
 *
 * Dates (`08/10/2020`, `23/5/2020`, `Sáng 12-9`), months and years (`tháng 8-2023`, `năm 2020`,
 * `đến 2025`), periods (`giai đoạn 2023-2025`), times (`10:54`) and codes (`COVID-19`,
 * `58/2020/NĐ-CP`) are skipped, never returned as numbers or subtractions. A run of digits and
 * separators that fits no pattern (`1.2.3`, `12,34,5`, `1..2`) and a fraction over zero (`5/0`)
 * are skipped whole: no part of them is returned. A TAB separates cells, never groups thousands
 * (`12\t345` is 12 and 345); ordinary spaces do, with a `space-grouping` warning (`5 000`).
 * Invisible characters of scraped HTML (soft hyphen, zero-width space, joiners, word joiner, BOM)
 * inside a number are read through with an `invisible-character` warning that names them;
 * between words they count as spaces, and inside a word (`tri\u00adệu`) they are ignored.
 * The text may be NFC or NFD; spans index the text as given, so
 * `text.slice(...p.span) === p.raw` always holds. Time is linear in the length of the text.
 * `parseNumber` reads a phrase the same way.
 *
 * Separators are read consistently across the text: when it writes numbers the English way
 * (`1,076,000`, `1,234.5`, `0.5%`) and never the Vietnamese way (`1.076.000`, `3.620,4`,
 * `45,6%`), a number that could be either (`3,620 tỷ đồng`) is read the English way too (3620
 * tỷ), with an `english-grouping` warning. A count of whole things (`318,204 người`, `1,250 đơn
 * vị`) is read as thousands in any text.
 *
 * @param text - the text to search
 * @returns the phrases, each with its value, kind, unit, scale, qualifier, precision and span
 * @throws {@link NumberParseError} `invalid-type` when `text` is not a string (`null`, a number,
 *   an object): it is never coerced with `String()`
 *
 * @example
 * ```ts
 * findNumbers('9 tháng đầu năm 2020, toàn tỉnh có gần 1.076.000 người tham gia … tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch')
 *   .map((p) => p.raw)
 * // ['9 tháng', 'gần 1.076.000 người', '3.620,4 tỷ đồng', '71,5%']
 *
 * findNumbers('Có 1,076,000 người tham gia; số thu 3,620 tỷ đồng').map((p) => p.value)
 * // ['1076000', '3620000000000'] (both with an english-grouping warning)
 * ```
 */
export function findNumbers(text: string): ParsedNumber[] {
  if (typeof text !== 'string') throw wrongType(NumberParseError, text)
  const src = source(text)
  const drafts: Draft[] = []
  // The separator style of the text: how many numbers show each beyond doubt.
  let vi = 0
  let en = 0
  let ambiguous = false
  let floor = 0
  let i = 0
  while (i < src.s.length) {
    const r = readAt(src, i, true, false)
    if (r === null) i++
    else if ('skip' in r) i = Math.max(r.skip, i + 1)
    else if (isFail(r)) i = Math.max(r.end, i + 1)
    else {
      let d = around(src, r, floor)
      // A bare year (năm 2020, đến 2025) is a date, not a figure.
      if (!(d.qualifier === 'exact' && isYear(d.a) && d.sfx.unit === null && d.sfx.scale === null)) {
        if ((d.a.ambiguous || d.b?.ambiguous) && wholeOnly(d)) d = englishDraft(d)
        for (const x of d.b ? [d.a, d.b] : [d.a]) {
          if (x.style === 'vi') vi++
          else if (x.style === 'en') en++
          else if (x.ambiguous) ambiguous = true
        }
        drafts.push(d)
      }
      floor = i = r.end
    }
  }
  // A text that writes numbers the English way, and never the Vietnamese way, is read the
  // English way throughout: its `12,450 tỷ đồng` is 12450 tỷ, as its `1,076,000` is.
  const english = ambiguous && en > 0 && vi === 0
  const out: ParsedNumber[] = new Array(drafts.length)
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft
    out[k] = finish(src, english && (d.a.ambiguous || d.b?.ambiguous) ? englishDraft(d) : d)
  }
  return out
}

/** Reads the phrase that starts at `i`, if one does: digits (or a sign), or the word `gấp`. */
function readAt(src: Source, i: number, find: boolean, strict: boolean): Read | null {
  const { s } = src
  const c = s.charCodeAt(i)
  const prev = s.charCodeAt(i - 1)
  if (
    isDigit(c) ||
    (isSign(c) && isDigit(s.charCodeAt(src.inv ? skipInvisible(s, i + 1) : i + 1)) && !isWordChar(prev))
  ) {
    // Digits glued to a word or a code (B2, COVID-19, III/2023) are part of it.
    const attached =
      isWordChar(prev) || ((prev === 47 || isDash(prev) || prev === 46) && isWordChar(s.charCodeAt(i - 2)))
    return attached ? { skip: skipAttached(s, i + 1) } : readNumber(src, i, find, strict)
  }
  if ((c === 103 || c === 71) && !isWordChar(prev) && wordAt(src, i, 'gấp'))
    return readMultiple(src, i, find, strict)
  return null
}

/** Reads exactly one phrase: the same reader as findNumbers, then nothing may be left over. */
function parseIn(src: Source, options: ParseOptions | undefined): ParsedNumber | Fail {
  const { s, low } = src
  let start = 0
  let stop = s.length
  while (start < stop && (isGap(s.charCodeAt(start)) || s.charCodeAt(start) === 10)) start++
  while (stop > start && (isGap(s.charCodeAt(stop - 1)) || s.charCodeAt(stop - 1) === 10)) stop--
  if (start === stop) return { fail: 'empty', start: 0, end: s.length }
  if (!isDigit(s.charCodeAt(start)) && NOT_FINITE.has(low.slice(start, stop))) {
    return { fail: 'not-finite', start, end: stop }
  }
  // (1.234): an accounting negative
  const paren = s.charCodeAt(start) === 40 && s.charCodeAt(stop - 1) === 41
  const from = paren ? skipSpaces(s, start + 1) : start
  const to = paren ? stop - 1 : stop
  let i = from
  let r: Read | null = null
  for (; i < to && r === null; i++) r = readAt(src, i, false, options?.strict === true)
  i-- // where r was read
  let firstWord = from
  while (firstWord < to && !isGap(s.charCodeAt(firstWord))) firstWord++
  if (r === null) return { fail: 'no-number', start: from, end: firstWord }
  if ('skip' in r) return { fail: 'unexpected-text', start: i, end: to }
  if (isFail(r)) return r
  const d = around(src, r, from)
  // Everything before the number must be its qualifier or sign: "từ 3 tháng" without "trở lên" is not.
  if (d.start > from) return { fail: 'no-number', start: from, end: firstWord }
  const end = skipSpaces(s, d.end)
  if (end < to) {
    const c = s.charCodeAt(end)
    return { fail: c === 46 || c === 44 ? 'bad-separator' : 'unexpected-text', start: end, end: to }
  }
  if (paren) {
    if (d.a.neg || d.neg || d.qualifier !== 'exact')
      return { fail: 'unexpected-text', start: d.start, end: d.end }
    d.neg = true
    d.start = start
    d.end = stop
  }
  return finish(src, (d.a.ambiguous || d.b?.ambiguous) && wholeOnly(d) ? englishDraft(d) : d)
}

function toError(src: Source, f: Fail): NumberParseError {
  const start = origStart(src, f.start)
  const span: [number, number] = [start, Math.max(start, origEnd(src, f.end))]
  return new NumberParseError(f.fail, src.text.slice(span[0], span[1]), span)
}

/**
 * Reads one Vietnamese number phrase, without throwing.
 *
 * @param text - the phrase, e.g. `'gần 1.076.000 người'`
 * @param options - see {@link ParseOptions}
 * @returns `{ ok: true, value }` with the parsed phrase, or `{ ok: false, error }` with the error
 *   that {@link parseNumber} would throw (`invalid-type` too, for a value that is not a string)
 *
 * @example
 * ```ts
 * const r = safeParseNumber('1.2.3')
 * if (!r.ok) r.error.code // 'bad-grouping'
 * ```
 */
export function safeParseNumber(text: string, options?: ParseOptions): SafeResult<ParsedNumber> {
  if (typeof text !== 'string') return { ok: false, error: wrongType(NumberParseError, text) }
  const bad = optionsError(NumberParseError, options, ['strict'])
  if (bad) return { ok: false, error: bad }
  const src = source(text)
  const r = parseIn(src, options)
  return isFail(r) ? { ok: false, error: toError(src, r) } : { ok: true, value: r }
}

/**
 * Reads one Vietnamese number phrase: digits with Vietnamese (or, with a warning, English)
 * separators, an optional sign (`-`, `−`, `âm`, or accounting parentheses), a qualifier (`gần`,
 * `trên`, `khoảng` …), a scale (`nghìn`, `triệu`, `tỷ`, `nghìn tỷ`, `k`, `tr`, `N`, `Tr`, `T`,
 * `NT`) and a unit (`đồng`, `₫`, `VNĐ`, `người`, `đơn vị`, `%`, `%/ngày` …).
 *
 * @param text - the phrase; surrounding white space is ignored
 * @param options - see {@link ParseOptions}
 * @returns the parsed phrase; the value is an exact canonical decimal string (percent as a ratio)
 * @throws {@link NumberParseError} with a code (`empty`, `no-number`, `not-finite`, `bad-grouping`,
 *   `bad-separator`, `unexpected-text`, `zero-denominator` for `5/0`, `invalid-type` for a value
 *   that is not a string), the span of the offending text and a Vietnamese and English message
 *
 * @example
 * ```ts
 * parseNumber('3.620,4 tỷ đồng')
 * // { kind: 'number', value: '3620400000000', scale: { name: 'tỷ', … }, unit: { code: 'vnd', … },
 * //   precision: { decimals: 1, step: '100000000', trailingZeros: 0 }, qualifier: 'exact', … }
 * parseNumber('71,5%').value // '0.715'
 * ```
 */
export function parseNumber(text: string, options?: ParseOptions): ParsedNumber {
  const r = safeParseNumber(text, options)
  if (r.ok) return r.value
  throw r.error
}

/**
 * A parsed value as a JavaScript `number`, for charts and other places where a float is
 * wanted. The conversion may round (a double holds about 15–17 significant digits); keep the
 * string for arithmetic.
 *
 * @param v - a parsed value (or its canonical string)
 * @returns the nearest double
 *
 * @example
 * ```ts
 * const p = parseNumber('71,5%')
 * if (p.kind === 'percent') toNumber(p) // 0.715
 * ```
 */
export function toNumber(v: ParsedValue | string): number {
  if (typeof v === 'string') return Number(v)
  const value = typeof v === 'object' && v !== null ? (v as { value?: unknown }).value : undefined
  if (typeof value !== 'string')
    throw wrongType(NumberParseError, v, {
      vi: 'văn bản hoặc kết quả của parseNumber',
      en: 'text or a result of parseNumber',
    })
  return Number(value)
}
