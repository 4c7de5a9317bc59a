/**
 * Numbers in Vietnamese words, both ways: `toWords(1076000)` is
 * `một triệu không trăm bảy mươi sáu nghìn`, and `parseWords` reads such text back to an exact
 * decimal string. Everything works on digit strings (groups of three, levels of nine), so any
 * size is exact and every step is linear in the length of the input.
 * @module
 */
import { type Dec, decToString, makeDec, type NumberInput, readDec, splitDec } from './digits'
import { NumberFormatError, NumberParseError, type SafeResult } from './errors'

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
}

/**
 * One full set of spelling choices: what each {@link WORD_PRESETS} entry holds.
 *
 * @example
 * ```ts
 * const south: WordChoices = WORD_PRESETS.south // { thousand: 'ngàn', zeroTens: 'lẻ', four: 'tư', … }
 * ```
 */
export type WordChoices = Required<Omit<WordsOptions, 'variant'>>

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

/** Resolves the options against their preset, rejecting values that are no option at all. */
function choices(options: WordsOptions): WordChoices {
  const variant = options.variant ?? 'north'
  if (!Object.hasOwn(WORD_PRESETS, variant)) {
    throw new NumberFormatError('invalid-option', `variant: ${String(variant)}`)
  }
  const out: Record<keyof WordChoices, string> = { ...WORD_PRESETS[variant] }
  for (const key in out) {
    const k = key as keyof WordChoices
    const value = options[k]
    if (value === undefined) continue
    // `north` holds every default and `alt` every other choice, so they bound the valid values.
    if (value !== WORD_PRESETS.north[k] && value !== WORD_PRESETS.alt[k]) {
      throw new NumberFormatError('invalid-option', `${k}: ${String(value)}`)
    }
    out[k] = value
  }
  return out as WordChoices
}

/**
 * Reads one group of three digits (`'076'`). `full` groups (every group after the first non-zero
 * one) always say their hundreds, so 1005 is `một nghìn không trăm linh năm`.
 */
function readGroup(g: string, full: boolean, o: WordChoices, out: string[]): void {
  const h = g.charCodeAt(0) - 48
  const t = g.charCodeAt(1) - 48
  const u = g.charCodeAt(2) - 48
  const hundreds = full || h > 0
  if (hundreds) out.push(digit(h), 'trăm')
  if (t === 0) {
    if (u) {
      if (hundreds) out.push(o.zeroTens)
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
 * nine from the right; each level after the first is announced by the word for 10⁹, even when it
 * is all zeros, so 10¹⁸ is `một tỷ tỷ` — the same as the recursive rule
 * words(n) = words(⌊n / 10⁹⌋) + ' tỷ' + (rest > 0 ? ' ' + rest : '').
 */
function readInt(s: string, o: WordChoices, out: string[]): void {
  if (s === '0') {
    out.push(DIGITS[0] as string)
    return
  }
  let started = false
  for (let i = 0, end = s.length % 9 || 9; i < s.length; i = end, end += 9) {
    if (i) out.push(o.billion)
    const level = s.slice(i, end).padStart(9, '0')
    for (let j = 0; j < 9; j += 3) {
      const g = level.slice(j, j + 3)
      if (g === '000') continue
      readGroup(g, started, o, out)
      started = true
      if (j < 6) out.push(j ? o.thousand : 'triệu')
    }
  }
}

function words(d: Dec, o: WordChoices): string {
  const { int, frac } = splitDec(d)
  const out: string[] = []
  if (d.neg) out.push(o.minus)
  readInt(int, o, out)
  if (frac) {
    out.push(o.point)
    // Leading zeros of the fraction are read one by one, the rest as one integer.
    let i = 0
    while (frac.charCodeAt(i) === 48) i++
    for (let z = 0; z < i; z++) out.push(DIGITS[0] as string)
    readInt(frac.slice(i), o, out)
  }
  return out.join(' ')
}

/**
 * Spells a number in Vietnamese words: lower case, exact for any size and any number of
 * decimals. The fraction is read after `phẩy`, its leading zeros one by one and the rest as one
 * integer (3,14 is `ba phẩy mười bốn`).
 *
 * @param x - the number; a `number` is read through its shortest round-trip string, so `0.1` is 0.1
 * @param options - the spelling preset and individual choices; see {@link WordsOptions}
 * @returns the words, separated by single spaces
 * @throws NumberFormatError `not-finite` for `NaN`/`±Infinity`, `invalid-number` for a string that is
 * not a decimal, `invalid-option` for an unknown option value
 *
 * @example
 * ```ts
 * // 1.076.000 participants
 * toWords(1076000)    // 'một triệu không trăm bảy mươi sáu nghìn'
 * // 3.620,4 tỷ đồng
 * toWords('3620.4')   // 'ba nghìn sáu trăm hai mươi phẩy bốn'
 * toWords(7548, { variant: 'south' }) // 'bảy ngàn năm trăm bốn mươi tám'
 * ```
 */
export function toWords(x: NumberInput, options: WordsOptions = {}): string {
  return words(readDec(x), choices(options))
}

/**
 * Spells an amount of Vietnamese đồng as on an invoice or a payment order: the words of
 * {@link toWords} with a capital first letter and ` đồng` appended (` đồng chẵn` with
 * `exact: true`). The đồng has no minor unit, so the amount must be an integer.
 *
 * @param x - the amount in đồng
 * @param options - the spelling options of {@link toWords}, and `exact`
 * @returns the amount in words, e.g. `Bảy triệu năm trăm bốn mươi tám nghìn đồng`
 * @throws NumberFormatError `invalid-number` for an amount with a fraction, and whatever
 * {@link toWords} throws
 *
 * @example
 * ```ts
 * // 3.620,4 tỷ đồng
 * toWordsVnd(3620400000000) // 'Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng'
 * toWordsVnd('7548000', { exact: true }) // 'Bảy triệu năm trăm bốn mươi tám nghìn đồng chẵn'
 * ```
 */
export function toWordsVnd(
  x: NumberInput,
  options: WordsOptions & {
    /** Append `chẵn` (“even”, no odd amount) after `đồng`, as payment orders often do. */
    exact?: boolean
  } = {},
): string {
  const d = readDec(x)
  if (d.exp < 0) throw new NumberFormatError('invalid-number', decToString(d))
  const s = `${words(d, choices(options))} đồng${options.exact ? ' chẵn' : ''}`
  return s.charAt(0).toUpperCase() + s.slice(1)
}

// Word kinds for parseWords: 0–9 are the digits không … chín.
const ONE_ANY = 10 // `mot` without diacritics: một or mốt
const ONE = 11 // mốt, 1 after mươi
const FOUR = 12 // tư, 4 after mươi
const FIVE = 13 // lăm, nhăm: 5 after mười/mươi
const TEN = 14 // mười, mươi
const HUNDRED = 15
const LINH = 16 // linh, lẻ
const THOUSAND = 17
const MILLION = 18
const BILLION = 19
const POINT = 20
const MINUS = 21
const DONG = 22 // kinds from DONG up end a number
const CHAN = 23
const END = 24 // past the last word

const OTHER_WORDS: Record<string, number> = {
  bẩy: 7,
  mốt: ONE,
  tư: FOUR,
  lăm: FIVE,
  nhăm: FIVE,
  mười: TEN,
  mươi: TEN,
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

/** The unit after `mười` (tens 1) or `X mươi`, or 0 when the next word is no such unit. */
function unitAfterTens(k: number, tens: number): number {
  if (k === FOUR) return 4
  if (k === FIVE) return 5
  if (k === ONE_ANY || (k === ONE && tens > 1)) return 1
  // `năm` after mươi is no unit: 25 is `hai mươi lăm`, and `hai mươi năm` reads as "twenty years".
  return k > 0 && k < 10 && k !== 5 ? k : 0
}

/**
 * Reads Vietnamese number words back to the exact canonical decimal string: the inverse of
 * {@link toWords} and {@link toWordsVnd}, and lenient on form. It accepts text with or without
 * diacritics, in NFC or NFD, in any case; every spelling variant (nghìn/ngàn, linh/lẻ, bốn/tư,
 * lăm/nhăm, tỷ/tỉ, phẩy/chấm, âm/trừ); the colloquial tens `hai mốt` (21), `ba tư` (34),
 * `bốn lăm` (45); `một nghìn linh năm` for `một nghìn không trăm linh năm`; and a trailing
 * `đồng` and `chẵn`. `mười`, `mươi` and `muoi` are the tens word after a digit word and ten
 * elsewhere; `mot` is một or mốt, whichever fits.
 *
 * It is strict on meaning: abbreviated forms whose value depends on the reader are rejected —
 * `một trăm hai` (120 or 102?), `một nghìn năm` (1500 or 1005?), `một trăm mốt`, `hai nghìn tư` —
 * and so is `hai mươi năm` ("twenty years"; 25 is `hai mươi lăm`).
 *
 * @param text - the words, e.g. `Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng`
 * @returns the canonical decimal string (`'3620400000000'`, `'-3620.4'`, never `'-0'`)
 * @throws NumberParseError `bad-words`, with the span of the offending word (the whole text
 * when it is empty)
 *
 * @example
 * ```ts
 * // 1.076.000 participants, written out
 * parseWords('một triệu không trăm bảy mươi sáu nghìn') // '1076000'
 * parseWords('bay nghin nam tram bon muoi tam')          // '7548'
 * parseWords('Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng') // '3620400000000'
 * parseWords('mười mười') // throws NumberParseError { code: 'bad-words', span: [5, 9] }
 * ```
 */
export function parseWords(text: string): string {
  const src = String(text).normalize('NFC')
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
  let i = 0
  const kind = (j: number): number => toks[j]?.k ?? END
  /** Throws at word j, at the last word when j is past the end, or at the whole text when empty. */
  const fail = (j: number): never => {
    const t = toks[Math.min(j, toks.length - 1)]
    throw t
      ? new NumberParseError('bad-words', t.w, [t.s, t.s + t.w.length])
      : new NumberParseError('bad-words', src, [0, src.length])
  }

  /** One group below 1000; `bare` when it is a single digit word. */
  const group = (leading: boolean): [value: number, bare: boolean] => {
    let h = -1
    let d = plainDigit(kind(i))
    if (d >= 0 && kind(i + 1) === HUNDRED) {
      h = d
      i += 2
      d = plainDigit(kind(i))
    }
    const k = kind(i)
    let v = 0
    let bare = false
    if (k === LINH) {
      // linh/lẻ needs hundreds before it, said or implied (`một nghìn linh năm`).
      const u = kind(i + 1)
      if ((h < 0 && leading) || !(u > 0 && u <= FOUR && u !== ONE)) fail(i + (h < 0 && leading ? 0 : 1))
      v = u === FOUR ? 4 : plainDigit(u)
      i += 2
    } else if (k === TEN) {
      v = 10 + unitAfterTens(kind(++i), 1)
      if (v > 10) i++
    } else if (d >= 0) {
      const n = kind(i + 1)
      if (n === TEN && d > 0) {
        // X mươi: `mười`, `mươi` and `muoi` all count as tens after a digit
        i += 2
        const u = unitAfterTens(kind(i), d)
        if (u) i++
        v = 10 * d + u
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
    } else if (h < 0) fail(i)
    return [(h < 0 ? 0 : h * 100) + v, bare]
  }

  /** An integer: levels separated by tỷ, each `[A triệu] [B nghìn] [C]`. */
  const integer = (): string => {
    let out = ''
    let levels = 0
    let level = 0
    let stage = 0 // 0: at the start of a level, 1: after triệu, 2: after nghìn, 3: after the last group
    let leading = true
    for (;;) {
      const k = kind(i)
      if (k === BILLION) {
        if (leading) fail(i)
        out = levels ? out + String(level).padStart(9, '0') : String(level)
        levels++
        level = 0
        stage = 0
        i++
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
          level += v * (st === 1 ? 1e6 : 1e3)
          stage = st
          i++
        } else {
          // A lone `không` is only the number zero; a lone digit after a scale word is ambiguous
          // (`một nghìn năm` is 1500 to many readers).
          if (v ? bare && !leading : !(leading && bare && (n === POINT || n >= DONG))) fail(start)
          level += v
          stage = 3
        }
        leading = false
      }
    }
    if (leading) fail(i)
    return levels ? out + String(level).padStart(9, '0') : String(level)
  }

  const neg = kind(0) === MINUS
  if (neg) i++
  const int = integer()
  let frac = ''
  if (kind(i) === POINT) {
    i++
    while (kind(i) === 0) {
      frac += '0'
      i++
    }
    const k = kind(i)
    if (k !== POINT && k < DONG) frac += integer()
    else if (!frac) fail(i)
  }
  if (kind(i) === DONG) i++
  if (kind(i) === CHAN) i++
  if (i < toks.length) fail(i)
  return decToString(makeDec(neg, int + frac, -frac.length))
}

/**
 * {@link parseWords} without exceptions: the value, or the `NumberParseError` it would throw.
 *
 * @param text - the words
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 *
 * @example
 * ```ts
 * // 7.548 people, spelled out in a report
 * safeParseWords('bảy nghìn năm trăm bốn mươi tám') // { ok: true, value: '7548' }
 * safeParseWords('một nghìn nghìn').ok               // false
 * ```
 */
export function safeParseWords(text: string): SafeResult<string> {
  try {
    return { ok: true, value: parseWords(text) }
  } catch (error) {
    if (error instanceof NumberParseError) return { ok: false, error }
    throw error
  }
}
