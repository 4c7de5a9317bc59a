/**
 * Numbers in Vietnamese words, both ways: `toWords(1076000)` is
 * `một triệu không trăm bảy mươi sáu nghìn`, and `parseWords` reads such text back to an exact
 * decimal string. Everything works on digit strings (groups of three, levels of nine), so any
 * size is exact and every step is linear in the length of the input.
 * @module
 */
import { type Dec, decToString, makeDec, type NumberInput, readDec, splitDec } from './digits'
import { type Messages, NumberFormatError, NumberParseError, optionsOf, shown, wrongType } from './errors'

/**
 * How `toWords` spells the words that vary between regions and styles. `variant` picks a preset
 * from {@link WORD_PRESETS}; each individual option overrides it.
 *
 * @example
 * ```ts
 * toWords(1165787, { variant: 'south' }) // 'một triệu một trăm sáu mươi lăm ngàn bảy trăm tám mươi bảy'
 * toWords(7548, { thousand: 'ngàn' })     // 'bảy ngàn năm trăm bốn mươi tám'
 * ```
 */
export interface WordsOptions {
  /** The preset: `north` (the default), `south`, or `alt` (every non-default choice). */
  variant?: 'north' | 'south' | 'alt'
  /** The word for 10³: `nghìn` (north) or `ngàn` (south). */
  thousand?: 'nghìn' | 'ngàn'
  /** The word for an empty tens place: 105 is `một trăm linh năm` or `một trăm lẻ năm`. */
  zeroTens?: 'linh' | 'lẻ'
  /** 4 after `mươi`: 24 is `hai mươi bốn` or `hai mươi tư` (14 is always `mười bốn`). */
  four?: 'bốn' | 'tư'
  /** 5 after `mươi`: 25 is `hai mươi lăm` or `hai mươi nhăm` (15 is always `mười lăm`, 105 `một trăm linh năm`). */
  five?: 'lăm' | 'nhăm'
  /** The word for 10⁹: `tỷ` or `tỉ`. */
  billion?: 'tỷ' | 'tỉ'
  /** The decimal point: `phẩy` (3,14 as written in Vietnamese) or `chấm`. */
  point?: 'phẩy' | 'chấm'
  /** The minus sign: `âm` or `trừ`. */
  minus?: 'âm' | 'trừ'
  /**
   * `full` (the default) reads every group after the first with its hundreds, as amounts in words
   * on invoices and payment orders are written: 1005 is `một nghìn không trăm linh năm`,
   * 2 001 000 `hai triệu không trăm linh một nghìn`. `short` is the spoken form without
   * `không trăm`: `một nghìn linh năm`, `hai triệu một nghìn`, 1020 `một nghìn hai mươi`; a last
   * group below 10 keeps its `linh` (`một triệu linh một`, never the ambiguous `một triệu một`).
   * Both read back with {@link parseWords}.
   */
  form?: 'full' | 'short'
  /**
   * `number` (the default) reads the fraction as one integer after its leading zeros (3,14 is
   * `ba phẩy mười bốn`); `digits` reads it digit by digit, as long fractions are spoken
   * (0,456 is `không phẩy bốn năm sáu`, 3,14159 `ba phẩy một bốn một năm chín`).
   */
  fraction?: 'number' | 'digits'
}

/**
 * One full set of spelling choices: what each {@link WORD_PRESETS} entry holds.
 *
 * @example
 * ```ts
 * const south: WordChoices = WORD_PRESETS.south // { thousand: 'ngàn', zeroTens: 'lẻ', four: 'tư', … }
 * ```
 */
export type WordChoices = Required<Omit<WordsOptions, 'variant' | 'form' | 'fraction'>>

/**
 * The three spelling presets of `toWords`: `north` (the default: nghìn, linh, bốn, lăm, tỷ, phẩy,
 * âm), `south` (ngàn, lẻ, tư, lăm, tỷ, phẩy, âm) and `alt`, which takes every non-default choice
 * (ngàn, lẻ, tư, nhăm, tỉ, chấm, trừ) and mostly serves tests.
 *
 * @example
 * ```ts
 * toWords(3620.4, WORD_PRESETS.alt) // 'ba ngàn sáu trăm hai mươi chấm bốn'
 * ```
 */
export const WORD_PRESETS: Readonly<Record<'north' | 'south' | 'alt', WordChoices>> = {
  north: {
    thousand: 'nghìn',
    zeroTens: 'linh',
    four: 'bốn',
    five: 'lăm',
    billion: 'tỷ',
    point: 'phẩy',
    minus: 'âm',
  },
  south: {
    thousand: 'ngàn',
    zeroTens: 'lẻ',
    four: 'tư',
    five: 'lăm',
    billion: 'tỷ',
    point: 'phẩy',
    minus: 'âm',
  },
  alt: {
    thousand: 'ngàn',
    zeroTens: 'lẻ',
    four: 'tư',
    five: 'nhăm',
    billion: 'tỉ',
    point: 'chấm',
    minus: 'trừ',
  },
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

const digit = (n: number): string => DIGITS[n] ?? ''

interface Choices extends WordChoices {
  short: boolean
  digits: boolean
}

/** The keys of {@link WordsOptions}: the preset, the form, the fraction and each spelling choice. */
const WORDS_KEYS: readonly string[] = [
  'variant',
  'form',
  'fraction',
  'thousand',
  'zeroTens',
  'four',
  'five',
  'billion',
  'point',
  'minus',
]

/** The choices of no options at all (most calls), resolved once. */
let defaultChoices: Choices | undefined

/** Resolves the options against their preset, rejecting values that are no option at all. */
function choices(options: WordsOptions): Choices {
  for (const _ in options) return resolveChoices(options)
  defaultChoices ??= resolveChoices({})
  return defaultChoices
}

/** {@link choices}, without the shortcut for no options. */
function resolveChoices(options: WordsOptions): Choices {
  const { variant = 'north', form, fraction } = options
  if (form !== undefined && form !== 'full' && form !== 'short') {
    throw new NumberFormatError('invalid-option', `form: ${shown(form)}`)
  }
  if (fraction !== undefined && fraction !== 'number' && fraction !== 'digits') {
    throw new NumberFormatError('invalid-option', `fraction: ${shown(fraction)}`)
  }
  if (!Object.hasOwn(WORD_PRESETS, variant)) {
    throw new NumberFormatError('invalid-option', `variant: ${shown(variant)}`)
  }
  const out: Record<keyof WordChoices, string> = { ...WORD_PRESETS[variant] }
  for (const key in out) {
    const k = key as keyof WordChoices
    const value = options[k]
    if (value === undefined) continue
    // `north` holds every default and `alt` every other choice, so they bound the valid values.
    if (value !== WORD_PRESETS.north[k] && value !== WORD_PRESETS.alt[k]) {
      throw new NumberFormatError('invalid-option', `${k}: ${shown(value)}`)
    }
    out[k] = value
  }
  return { ...(out as WordChoices), short: form === 'short', digits: fraction === 'digits' }
}

/**
 * Reads one group of three digits (`'076'`). `full` groups (every group after the first non-zero
 * one) always say their hundreds, so 1005 is `một nghìn không trăm linh năm`; in the short form
 * they drop `không trăm` but keep `linh` unless `scaled` (followed by nghìn or triệu).
 */
function readGroup(g: string, full: boolean, scaled: boolean, o: Choices, out: string[]): void {
  const h = g.charCodeAt(0) - 48
  const t = g.charCodeAt(1) - 48
  const u = g.charCodeAt(2) - 48
  const hundreds = h > 0 || (full && !o.short)
  if (hundreds) out.push(digit(h), 'trăm')
  if (t === 0) {
    if (u) {
      if (hundreds || (full && !scaled)) out.push(o.zeroTens)
      out.push(digit(u))
    }
  } else if (t === 1) {
    out.push('mười')
    if (u) out.push(u === 5 ? 'lăm' : digit(u))
  } else {
    out.push(digit(t), 'mươi')
    if (u) out.push(u === 1 ? 'mốt' : u === 4 ? o.four : u === 5 ? o.five : digit(u))
  }
}

/**
 * Reads a string of digits without leading zeros (or `'0'`). The digits are cut into levels of
 * nine from the right; level k (counted from 0 at the right) is read as a number below 10⁹
 * followed by k times the word for 10⁹, and all-zero levels are skipped: 10¹⁸ is `một tỷ tỷ`,
 * 2 000 000 000 345 × 10⁹ `hai nghìn tỷ tỷ ba trăm bốn mươi lăm tỷ`.
 */
function readInt(s: string, o: Choices, out: string[]): void {
  if (s === '0') {
    out.push(DIGITS[0] as string)
    return
  }
  let started = false
  for (let i = 0, end = s.length % 9 || 9, k = Math.ceil(s.length / 9); i < s.length; i = end, end += 9) {
    const level = s.slice(i, end).padStart(9, '0')
    k--
    if (+level === 0) continue
    for (let j = 0; j < 9; j += 3) {
      const g = level.slice(j, j + 3)
      if (g === '000') continue
      readGroup(g, started, j < 6, o, out)
      started = true
      if (j < 6) out.push(j ? o.thousand : 'triệu')
    }
    for (let b = 0; b < k; b++) out.push(o.billion)
  }
}

function words(d: Dec, o: Choices): string {
  const { int, frac } = splitDec(d)
  const out: string[] = []
  if (d.neg) out.push(o.minus)
  readInt(int, o, out)
  if (frac) {
    out.push(o.point)
    // Leading zeros of the fraction are read one by one, the rest as one integer (or digit by digit).
    let i = 0
    while (frac.charCodeAt(i) === 48 || (o.digits && i < frac.length))
      out.push(digit(frac.charCodeAt(i++) - 48))
    if (i < frac.length) readInt(frac.slice(i), o, out)
  }
  return out.join(' ')
}

/**
 * Spells a number in Vietnamese words: lower case, exact for any size and any number of
 * decimals. The fraction is read after `phẩy`, its leading zeros one by one and the rest as one
 * integer (3,14 is `ba phẩy mười bốn`), or digit by digit with `fraction: 'digits'`.
 *
 * Large numbers: below 10¹⁸, `tỷ` (10⁹) multiplies the number before it, as usual:
 * 2 345 × 10⁹ is `hai nghìn ba trăm bốn mươi lăm tỷ`, 10¹² `một nghìn tỷ`. In general the digits
 * are cut into levels of nine from the right, and level k (from 0 at the right) is said as a
 * number below 10⁹ followed by k times `tỷ`; all-zero levels are skipped. So 10¹⁸ is
 * `một tỷ tỷ`, 10¹⁸ + 5 × 10⁹ `một tỷ tỷ không trăm linh năm tỷ`, and 2 000 000 000 345 × 10⁹
 * `hai nghìn tỷ tỷ ba trăm bốn mươi lăm tỷ`. Every part then has a smaller place value than the
 * part before it, which is how {@link parseWords} reads compound units, so
 * `parseWords(toWords(n)) === n` for every n and every option.
 *
 * @param x - the number; a `number` is read through its shortest round-trip string, so `0.1` is 0.1
 * @param options - the spelling preset and individual choices; see {@link WordsOptions}
 * @returns the words, separated by single spaces
 * @throws NumberFormatError `not-finite` for `NaN`/`±Infinity`, `invalid-number` for a string that is
 * not a decimal, `invalid-type` for `null`, `undefined`, a plain object or an array,
 * `invalid-option` for an unknown option value
 *
 * @example
 * ```ts
 * // 1.076.000 participants
 * toWords(1076000)    // 'một triệu không trăm bảy mươi sáu nghìn'
 * toWords(1076000, { form: 'short' }) // 'một triệu bảy mươi sáu nghìn'
 * // 3.620,4 tỷ đồng
 * toWords('3620.4')   // 'ba nghìn sáu trăm hai mươi phẩy bốn'
 * toWords('0.456', { fraction: 'digits' }) // 'không phẩy bốn năm sáu'
 * toWords(7548, { variant: 'south' }) // 'bảy ngàn năm trăm bốn mươi tám'
 * toWords('2000000000345000000000')   // 'hai nghìn tỷ tỷ ba trăm bốn mươi lăm tỷ'
 * ```
 */
export function toWords(x: NumberInput, options?: WordsOptions): string {
  return words(readDec(x), choices(optionsOf(NumberFormatError, options, WORDS_KEYS)))
}

/**
 * Spells an amount of Vietnamese đồng as on an invoice or a payment order: the words of
 * {@link toWords} with a capital first letter and ` đồng` appended (` đồng chẵn` with
 * `exact: true`). The đồng has no minor unit, so the amount must be whole.
 *
 * @param x - the amount in đồng
 * @param options - the spelling options of {@link toWords}, and `exact`
 * @returns the amount in words, e.g. `Bảy triệu năm trăm bốn mươi tám nghìn đồng`
 * @throws NumberFormatError `fractional-vnd` for an amount with a fraction (`1.5`), and whatever
 * {@link toWords} throws
 *
 * @example
 * ```ts
 * // 3.620,4 tỷ đồng
 * toWordsVnd(3620400000000) // 'Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng'
 * toWordsVnd('7548000', { exact: true }) // 'Bảy triệu năm trăm bốn mươi tám nghìn đồng chẵn'
 * toWordsVnd('1.5') // throws NumberFormatError { code: 'fractional-vnd' }
 * ```
 */
export function toWordsVnd(
  x: NumberInput,
  options: WordsOptions & {
    /** Append `chẵn` (“even”, no odd amount) after `đồng`, as payment orders often do. */
    exact?: boolean
  } = {},
): string {
  const o = optionsOf(NumberFormatError, options, [...WORDS_KEYS, 'exact'])
  const d = readDec(x)
  if (d.exp < 0) throw new NumberFormatError('fractional-vnd', decToString(d))
  const s = `${words(d, choices(o))} đồng${o.exact ? ' chẵn' : ''}`
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/**
 * The informal forms that {@link safeParseWords} reads with a warning:
 * - `half`: `rưỡi`, half of the unit before it (`một triệu rưỡi` 1 500 000, `hai trăm rưỡi` 250);
 * - `digit-fraction`: a fraction read digit by digit (`không phẩy bốn năm sáu` 0,456);
 * - `linh-tens`: `linh`/`lẻ` before a two-digit number in place of `không trăm`
 *   (`một tỷ lẻ mười bảy` 1 000 000 017).
 *
 * @example
 * ```ts
 * safeParseWords('một triệu rưỡi') // { ok: true, value: '1500000', warnings: [{ code: 'half', … }] }
 * ```
 */
export type WordsWarningCode = 'half' | 'digit-fraction' | 'linh-tens'

/**
 * A warning on words that {@link safeParseWords} read in an informal form.
 *
 * @example
 * ```ts
 * safeParseWords('một tỷ lẻ mười bảy').value // '1000000017'
 * // warnings: [{ code: 'linh-tens', span: [7, 9], messages: { vi: '«linh/lẻ» trước số có hai chữ số (thông tục): «lẻ»', en: … } }]
 * ```
 */
export interface WordsWarning {
  /** The warning code. */
  readonly code: WordsWarningCode
  /** The words concerned, `[start, end)` in the NFC text. */
  readonly span: readonly [number, number]
  /** The warning in Vietnamese and English, quoting the words. */
  readonly messages: Messages
}

const WARNINGS: Record<WordsWarningCode, [string, string]> = {
  half: [
    '«rưỡi» là thêm nửa đơn vị trước nó (thông tục)',
    '«rưỡi» read as half the unit before it (informal)',
  ],
  'digit-fraction': ['phần thập phân đọc từng chữ số (thông tục)', 'fraction read digit by digit (informal)'],
  'linh-tens': [
    '«linh/lẻ» trước số có hai chữ số (thông tục)',
    '«linh/lẻ» before a two-digit number (informal)',
  ],
}

/**
 * The result of {@link safeParseWords}: the value and the warnings on informal forms, or the
 * error that {@link parseWords} would throw.
 *
 * @example
 * ```ts
 * const r = safeParseWords('không phẩy bốn năm sáu')
 * if (r.ok) console.log(r.value, r.warnings.map((w) => w.code)) // '0.456' ['digit-fraction']
 * ```
 */
export type SafeWordsResult =
  | {
      /** `true`: the words were read. */
      ok: true
      /** The canonical decimal string. */
      value: string
      /** The informal forms met on the way, in text order (empty for the standard forms). */
      warnings: readonly WordsWarning[]
    }
  | {
      /** `false`: the words were not read. */
      ok: false
      /** The error that {@link parseWords} would have thrown. */
      error: NumberParseError
    }

// Word kinds for parseWords: 0–9 are the digits không … chín.
const ONE_ANY = 10 // `mot` without diacritics: một or mốt
const ONE = 11 // mốt, 1 after mươi
const FOUR = 12 // tư, 4 after mươi
const FIVE = 13 // lăm, nhăm: 5 after mười/mươi
const TEN = 14 // mười: ten, never the tens word after a digit
const HUNDRED = 15
const LINH = 16 // linh, lẻ
const THOUSAND = 17
const MILLION = 18
const BILLION = 19
const POINT = 20
const MINUS = 21
const TENS = 22 // mươi: the tens word after a digit, never ten on its own
const TEN_ANY = 23 // `muoi` without diacritics: mười or mươi
const HALF = 24 // rưỡi
const DONG = 25 // kinds from DONG up end a number
const CHAN = 26
const END = 27 // past the last word

const OTHER_WORDS: Record<string, number> = {
  bẩy: 7,
  mốt: ONE,
  tư: FOUR,
  lăm: FIVE,
  nhăm: FIVE,
  mười: TEN,
  mươi: TENS,
  trăm: HUNDRED,
  linh: LINH,
  lẻ: LINH,
  nghìn: THOUSAND,
  ngàn: THOUSAND,
  triệu: MILLION,
  tỷ: BILLION,
  tỉ: BILLION,
  phẩy: POINT,
  chấm: POINT,
  âm: MINUS,
  trừ: MINUS,
  rưỡi: HALF,
  đồng: DONG,
  chẵn: CHAN,
}

let vocabulary: [accented: Map<string, number>, plain: Map<string, number>] | undefined

/** The word kinds, by the word with and without diacritics; built on first use. */
function vocab(): [Map<string, number>, Map<string, number>] {
  if (!vocabulary) {
    const accented = new Map<string, number>()
    const plain = new Map<string, number>()
    const add = (w: string, k: number): void => {
      accented.set(w, k)
      plain.set(
        w
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace('đ', 'd'),
        k,
      )
    }
    DIGITS.forEach(add)
    for (const w in OTHER_WORDS) add(w, OTHER_WORDS[w] as number)
    plain.set('mot', ONE_ANY) // một and mốt lose their difference
    plain.set('muoi', TEN_ANY) // so do mười and mươi
    vocabulary = [accented, plain]
  }
  return vocabulary
}

interface Token {
  k: number
  w: string
  s: number
}

/** The digit of a kind that can stand as a plain digit (hundreds, tens, multiplier), else -1. */
const plainDigit = (k: number): number => (k < 10 ? k : k === ONE_ANY ? 1 : -1)
const isTen = (k: number): boolean => k === TEN || k === TEN_ANY
const isTens = (k: number): boolean => k === TENS || k === TEN_ANY

/** The unit after `mười` (tens 1) or `X mươi`, or 0 when the next word is no such unit. */
function unitAfterTens(k: number, tens: number): number {
  if (k === FOUR) return 4
  if (k === FIVE) return 5
  if (k === ONE_ANY || (k === ONE && tens > 1)) return 1
  // `năm` after mươi is no unit: 25 is `hai mươi lăm`, and `hai mươi năm` reads as "twenty years".
  return k > 0 && k < 10 && k !== 5 ? k : 0
}

/** parseWords with its warnings. */
function read(text: string): [value: string, warnings: WordsWarning[]] {
  if (typeof text !== 'string') throw wrongType(NumberParseError, text)
  const src = text.normalize('NFC')
  const [accented, plain] = vocab()
  const toks: Token[] = []
  for (const m of src.matchAll(/\S+/g)) {
    const w = m[0].toLowerCase()
    toks.push({
      k: accented.get(w) ?? (/^[a-z]+$/.test(w) ? plain.get(w) : undefined) ?? -1,
      w: m[0],
      s: m.index,
    })
  }
  const warnings: WordsWarning[] = []
  let i = 0
  let inFrac = false
  const kind = (j: number): number => toks[j]?.k ?? END
  /** Throws at word j, at the last word when j is past the end, or at the whole text when empty. */
  const fail = (j: number): never => {
    const t = toks[Math.min(j, toks.length - 1)]
    throw t
      ? new NumberParseError('bad-words', t.w, [t.s, t.s + t.w.length])
      : new NumberParseError('bad-words', src, [0, src.length])
  }
  /** Notes the informal form of words a … b. */
  const warn = (code: WordsWarningCode, a: number, b = a): void => {
    const span = [(toks[a] as Token).s, (toks[b] as Token).s + (toks[b] as Token).w.length] as const
    const q = `: «${src.slice(span[0], span[1])}»`
    const [vi, en] = WARNINGS[code]
    warnings.push({ code, span, messages: { vi: vi + q, en: en + q } })
  }

  /** One group below 1000; `bare` when it is a single digit word. */
  const group = (leading: boolean): [value: number, bare: boolean] => {
    let h = -1
    let d = plainDigit(kind(i))
    if (d >= 0 && kind(i + 1) === HUNDRED) {
      h = d
      i += 2
      if (kind(i) === HALF && !inFrac) {
        // hai trăm rưỡi: 250
        warn('half', i - 1, i++)
        return [h * 100 + 50, false]
      }
      d = plainDigit(kind(i))
    }
    let k = kind(i)
    if (k === LINH) {
      // linh/lẻ needs hundreds before it, said or implied (`một nghìn linh năm`).
      const u = kind(i + 1)
      if (h < 0 && leading) fail(i)
      if (h < 0 && (isTen(u) || (plainDigit(u) > 0 && isTens(kind(i + 2))))) {
        // informal: `một tỷ lẻ mười bảy` for `một tỷ không trăm mười bảy`
        warn('linh-tens', i++)
        k = u
        d = plainDigit(u)
      } else {
        if (!(u > 0 && u <= FOUR && u !== ONE)) fail(i + 1)
        i += 2
        return [(h < 0 ? 0 : h * 100) + (u === FOUR ? 4 : plainDigit(u)), false]
      }
    }
    let v = 0
    let bare = false
    if (isTen(k)) {
      v = 10 + unitAfterTens(kind(++i), 1)
      if (v > 10) i++
    } else if (d >= 0) {
      const n = kind(i + 1)
      if (isTens(n) && d > 0) {
        // X mươi (`muoi` without diacritics too); `ba mười` is no number
        i += 2
        const u = unitAfterTens(kind(i), d)
        if (u) i++
        v = 10 * d + u
      } else if (n === TEN) {
        fail(i + 1) // `ba mười hai`: mười is ten, the tens word is mươi
      } else if (d > 1 && n >= ONE_ANY && n <= FIVE) {
        // colloquial tens: hai mốt, ba tư, bốn lăm
        v = 10 * d + (n === FOUR ? 4 : n === FIVE ? 5 : 1)
        i += 2
      } else {
        // `một trăm hai` is 120 to many readers; only `một trăm linh hai` is 102.
        if (h >= 0) fail(i)
        v = d
        bare = true
        i++
      }
    } else if (h <= 0) fail(i) // `không trăm` needs tens or units after it
    return [(h < 0 ? 0 : h * 100) + v, bare]
  }

  /**
   * An integer: levels `[A triệu] [B nghìn] [C]`, each followed by a run of tỷ that multiplies it.
   * Every group gets a place (a power of 1000), and the places must go down strictly: so
   * `hai nghìn tỷ ba trăm bốn mươi lăm tỷ` is 2 345 × 10⁹ and `hai tỷ ba nghìn tỷ` is an error.
   */
  const integer = (): string => {
    const placed: number[] = [] // group values by place
    let low = Number.POSITIVE_INFINITY // the lowest place so far
    let top = -1
    let level: number[] = [] // the open level: value, place within the level, first word
    let stage = 0 // 0: at the start of a level, 1: after triệu, 2: after nghìn, 3: after the last group
    let leading = true
    const close = (m: number): void => {
      // Compound units when the places go down (`hai nghìn tỷ ba trăm tỷ`), else the run of tỷ
      // multiplies everything before it (`một tỷ hai trăm triệu tỷ` is 1 200 000 000 × 10⁹).
      const first = level[1] as number
      const shift = first + 3 * m < low ? 0 : 3 * m
      if (first + 3 * m - shift >= low) fail(level[2] as number)
      for (let j = 0; j < level.length; j += 3) {
        const p = (level[j + 1] as number) + 3 * m - shift
        if (top < 0) top = p
        placed[p] = level[j] as number
        low = p
      }
      if (shift) {
        placed.unshift(...Array<number>(shift).fill(0))
        top += shift
        low += shift
      }
      level = []
      stage = 0
    }
    for (;;) {
      const k = kind(i)
      if (k === BILLION) {
        if (!level.length) fail(i)
        let m = 0
        for (; kind(i) === BILLION; i++) m++
        close(m)
      } else if (k === HALF) {
        // một triệu rưỡi, một tỷ rưỡi: half the unit just named, and nothing after it
        const p = kind(i - 1)
        if (inFrac || !(p === THOUSAND || p === MILLION || p === BILLION)) fail(i)
        if (kind(i + 1) < DONG) fail(i + 1)
        level.push(500, p === BILLION ? low - 1 : 2 - stage, i)
        warn('half', i - 1, i++)
        stage = 3
      } else if (k === POINT || k >= DONG) break
      else {
        if (stage === 3) fail(i)
        const start = i
        const [v, bare] = group(leading)
        const n = kind(i)
        if (n === MILLION || n === THOUSAND) {
          const st = n === MILLION ? 1 : 2
          if (stage >= st) fail(i)
          if (!v) fail(start)
          level.push(v, 3 - st, start)
          stage = st
          i++
        } else {
          // A lone `không` is only the number zero; a lone digit after a scale word is ambiguous
          // (`một nghìn năm` is 1500 to many readers).
          if (v ? bare && !leading : !(leading && bare && (n === POINT || n >= DONG))) fail(start)
          if (v) level.push(v, 0, start)
          stage = 3
        }
        leading = false
      }
    }
    if (leading) fail(i)
    close(0)
    let out = top < 0 ? '0' : String(placed[top])
    for (let p = top - 1; p >= 0; p--) out += String(placed[p] ?? 0).padStart(3, '0')
    return out
  }

  const neg = kind(0) === MINUS
  if (neg) i++
  const int = integer()
  let frac = ''
  if (kind(i) === POINT) {
    const at = ++i
    inFrac = true
    while (kind(i) === 0) {
      frac += '0'
      i++
    }
    let j = i
    while (plainDigit(kind(j)) >= 0) j++
    if (j - i > 1 && kind(j) >= DONG) {
      // digit by digit: không phẩy bốn năm sáu
      warn('digit-fraction', at, j - 1)
      while (i < j) frac += plainDigit(kind(i++))
    } else {
      const k = kind(i)
      if (k !== POINT && k < DONG) frac += integer()
      else if (!frac) fail(i)
    }
  }
  if (kind(i) === DONG) i++
  if (kind(i) === CHAN) i++
  if (i < toks.length) fail(i)
  return [decToString(makeDec(neg, int + frac, -frac.length)), warnings]
}

/**
 * Reads Vietnamese number words back to the exact canonical decimal string: the inverse of
 * {@link toWords} and {@link toWordsVnd} (with every option), and lenient on form. It accepts
 * text with or without diacritics, in NFC or NFD, in any case; every spelling variant
 * (nghìn/ngàn, linh/lẻ, bốn/tư, lăm/nhăm, tỷ/tỉ, phẩy/chấm, âm/trừ); the colloquial tens
 * `hai mốt` (21), `ba tư` (34), `bốn lăm` (45); the short form without `không trăm`
 * (`một nghìn linh năm`, `hai triệu một nghìn`); and a trailing `đồng` and `chẵn`.
 *
 * Large numbers: a run of `tỷ` multiplies the words since the previous run when the places then
 * go down, so compound units read as they are meant: `hai nghìn tỷ ba trăm bốn mươi lăm tỷ` is
 * 2 345 × 10⁹ (2 nghìn tỷ + 345 tỷ), `một triệu tỷ` 10¹⁵, `năm tỷ tỷ` 5 × 10¹⁸. Otherwise it
 * multiplies everything before it, the recursive reading of other spellers:
 * `một tỷ hai trăm triệu tỷ` is 1 200 000 000 × 10⁹. No text has both readings; text that has
 * neither is an error. {@link toWords} writes every number in the first form (see there).
 *
 * Also read, with a warning in {@link safeParseWords} (see {@link WordsWarningCode}): `rưỡi` after
 * a unit (`một triệu rưỡi` 1 500 000, `hai trăm rưỡi` 250), a fraction digit by digit
 * (`không phẩy bốn năm sáu` 0,456) and `linh`/`lẻ` before a two-digit number
 * (`một tỷ lẻ mười bảy` 1 000 000 017).
 *
 * It is strict on meaning: `mười` is ten and `mươi` the tens word after a digit (`muoi`, without
 * diacritics, is either), so `mươi` alone and `ba mười hai` are errors; abbreviated forms whose
 * value depends on the reader are rejected — `một trăm hai` (120 or 102?), `một nghìn năm`
 * (1500 or 1005?), `một trăm mốt`, `hai nghìn tư` — and so is `hai mươi năm` ("twenty years";
 * 25 is `hai mươi lăm`). `mot` is một or mốt, whichever fits.
 *
 * @param text - the words, e.g. `Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng`
 * @returns the canonical decimal string (`'3620400000000'`, `'-3620.4'`, never `'-0'`)
 * @throws NumberParseError `bad-words`, with the span of the offending word (the whole text
 * when it is empty); `invalid-type` when `text` is no string (`null`, a number …)
 *
 * @example
 * ```ts
 * // 1.076.000 participants, written out
 * parseWords('một triệu không trăm bảy mươi sáu nghìn') // '1076000'
 * parseWords('bay nghin nam tram bon muoi tam')          // '7548'
 * parseWords('Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng') // '3620400000000'
 * parseWords('hai nghìn tỷ ba trăm bốn mươi lăm tỷ')   // '2345000000000'
 * parseWords('một triệu rưỡi')                          // '1500000'
 * parseWords('mười mười') // throws NumberParseError { code: 'bad-words', span: [5, 9] }
 * ```
 */
export function parseWords(text: string): string {
  return read(text)[0]
}

/**
 * {@link parseWords} without exceptions: the value with the warnings on informal forms, or the
 * `NumberParseError` it would throw.
 *
 * @param text - the words
 * @returns `{ ok: true, value, warnings }` or `{ ok: false, error }`
 *
 * @example
 * ```ts
 * // 7.548 people, spelled out in a report
 * safeParseWords('bảy nghìn năm trăm bốn mươi tám') // { ok: true, value: '7548', warnings: [] }
 * safeParseWords('một triệu rưỡi') // { ok: true, value: '1500000', warnings: [{ code: 'half', span: [9, 14], … }] }
 * safeParseWords('một nghìn nghìn').ok               // false
 * ```
 */
export function safeParseWords(text: string): SafeWordsResult {
  try {
    const [value, warnings] = read(text)
    return { ok: true, value, warnings }
  } catch (error) {
    if (error instanceof NumberParseError) return { ok: false, error }
    throw error
  }
}
