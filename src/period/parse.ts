/**
 * Reading Vietnamese period phrases: `năm 2020`, `quý III/2023`, `9 tháng đầu năm 2020`,
 * `đến hết tháng 8-2023`, `tính đến cuối năm 2019`, `giai đoạn 2023-2025` …
 *
 * The text is split into words, numbers and separators by a small tokenizer (each character is
 * looked at once; no regular expression runs over user text), then read by a hand-written
 * recursive-descent reader over the tokens: time is linear in the input.
 * @module
 */
import { BhxhError, detail, type Safe } from '../errors'
import { toNfc } from '../nfc'
import type { Messages } from '../number/errors'
import { validate } from '../schema/validate'
import { daysInMonth, isIsoDate, isoDate, isYear, MAX_YEAR, MIN_YEAR, monthEnd, ymd } from './calendar'
import { make, PeriodContextSchema, PeriodSchema } from './schema'
import type { Period, PeriodContext } from './types'

// ---------------------------------------------------------------------------------------------
// Source text and tokens

/** The text, NFC-normalised, and a map from its offsets back to the caller's. */
interface Source {
  readonly text: string
  readonly s: string
  readonly map: Int32Array | null
}

function source(text: string): Source {
  const { s, map } = toNfc(text)
  return { text, s, map }
}

/** The caller's offset of NFC offset `i`. */
const orig = (src: Source, i: number): number => (src.map ? (src.map[i] ?? src.text.length) : i)

interface Token {
  /** `word` (letters, lower-cased; letters mixed with digits too), `num` (ASCII digits), `sep` (`/` or a dash, as `-`), `sym` (anything else). */
  readonly type: 'word' | 'num' | 'sep' | 'sym'
  readonly v: string
  /** `[s, e)` in the NFC text. */
  readonly s: number
  readonly e: number
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff
const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212
/** Letters and digits: ASCII ones, and from U+00C0 on anything but punctuation and spaces. */
const isWordChar = (c: number): boolean =>
  isDigit(c) ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 &&
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x206f) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    c !== 0x1680 &&
    c !== 0xfeff)

/** Other spellings of the words the reader knows. */
const ALIASES = new Map([
  ['luỹ', 'lũy'],
  ['quí', 'quý'],
  ['tới', 'đến'],
])

/** More tokens than any period phrase has: the reader stops there, the rest is reported as extra text. */
const MAX_TOKENS = 32

/** The tokens of `s`, at most {@link MAX_TOKENS} of them. */
function tokenize(s: string): Token[] {
  const out: Token[] = []
  const n = s.length
  let i = 0
  while (i < n && out.length < MAX_TOKENS) {
    const c = s.charCodeAt(i)
    if (isSpace(c)) {
      i++
    } else if (c === 47 || isDash(c)) {
      out.push({ type: 'sep', v: c === 47 ? '/' : '-', s: i, e: i + 1 })
      i++
    } else if (isWordChar(c)) {
      const start = i
      let digits = 0
      for (; i < n && isWordChar(s.charCodeAt(i)); i++) if (isDigit(s.charCodeAt(i))) digits++
      const raw = s.slice(start, i)
      if (digits === i - start) out.push({ type: 'num', v: raw, s: start, e: i })
      else {
        const low = raw.toLowerCase()
        out.push({ type: 'word', v: ALIASES.get(low) ?? low, s: start, e: i })
      }
    } else {
      // One code point (a surrogate pair stays whole).
      const e = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1
      out.push({ type: 'sym', v: s.slice(i, e), s: i, e })
      i = e
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The reader

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']
/** A placeholder year while a missing context is only reported once the whole phrase is read (a leap year, so no date fails because of it). */
const SOME_YEAR = 2000

/** Quotes a piece of the caller's text, at most 40 characters of it. */
const quote = (t: string): string => `«${t.length > 40 ? `${t.slice(0, 39)}…` : t}»`

/** A number token's value (`Infinity` for more than 9 digits, which no field accepts). */
const value = (t: Token): number => (t.v.length <= 9 ? Number(t.v) : Number.POSITIVE_INFINITY)

/**
 * What {@link read} throws in place of an error when its caller only asks whether a phrase is a
 * period ({@link periodOrNull}): no message, no stack, so that text that is no period costs little.
 */
const NOT_A_PERIOD: unique symbol = Symbol('not a period')

function read(src: Source, context: PeriodContext | undefined, quiet = false, checked = false): Period {
  const toks = tokenize(src.s)
  const first = toks[0]
  // The end of the text without its trailing spaces (the tokens may stop before it).
  let end = src.s.length
  while (end > 0 && isSpace(src.s.charCodeAt(end - 1))) end--
  let i = 0
  /** What a relative phrase needed and the context lacks. */
  let missing: 'year' | 'asOf' | null = null
  let ctx: PeriodContext | undefined

  // Quiet, no message is shown: the pieces of text that messages quote are not cut out.
  const textOf = (from: number, to: number): string =>
    quiet ? '' : src.text.slice(orig(src, from), orig(src, to))
  const fail = (from: number, to: number, vi: string, en: string): never => {
    if (quiet) throw NOT_A_PERIOD
    throw new BhxhError('bad-period', {
      span: [orig(src, from), orig(src, to)],
      input: src.text,
      detail: detail(vi, en),
    })
  }
  /** Fails at token `t`, or at the end of the text when there is none. */
  const failAt = (t: Token | undefined, what: Messages): never =>
    t
      ? fail(
          t.s,
          t.e,
          `cần ${what.vi}, gặp ${quote(textOf(t.s, t.e))}`,
          `expected ${what.en}, found ${quote(textOf(t.s, t.e))}`,
        )
      : fail(end, end, `cần ${what.vi} nhưng đã hết chuỗi`, `expected ${what.en} but the text ended`)

  const is = (t: Token | undefined, w: string): t is Token =>
    t !== undefined && t.type === 'word' && t.v === w
  const accept = (w: string): boolean => {
    if (!is(toks[i], w)) return false
    i++
    return true
  }
  const word = (w: string): void => {
    if (!accept(w)) failAt(toks[i], { vi: `«${w}»`, en: `«${w}»` })
  }
  const num = (what: Messages): Token => {
    const t = toks[i]
    if (t?.type !== 'num') return failAt(t, what)
    i++
    return t
  }

  // Context, validated on first use. A missing one is reported after the whole phrase is read,
  // so that a phrase that is wrong anyway gets its bad-period error first.
  const context_ = (): PeriodContext => {
    ctx ??= context === undefined ? {} : checked ? context : validate(PeriodContextSchema, context, CONTEXT)
    return ctx
  }
  const ctxYear = (): number => {
    const c = context_()
    const y = c.year ?? (c.asOf === undefined ? undefined : ymd(c.asOf)[0])
    if (y !== undefined) return y
    missing ??= 'year'
    return SOME_YEAR
  }
  const ctxAsOf = (): [y: number, m: number, d: number] => {
    const c = context_()
    if (c.asOf !== undefined) return ymd(c.asOf)
    missing = 'asOf'
    return [SOME_YEAR, 12, 31]
  }

  // Values

  const yearOf = (t: Token): number => {
    const y = value(t)
    if (!isYear(y)) {
      const q = quote(textOf(t.s, t.e))
      fail(
        t.s,
        t.e,
        `năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}, gặp ${q}`,
        `the year must be ${MIN_YEAR} to ${MAX_YEAR}, found ${q}`,
      )
    }
    return y
  }
  const monthOf = (t: Token): number => {
    const m = value(t)
    if (m < 1 || m > 12) {
      const q = quote(textOf(t.s, t.e))
      fail(t.s, t.e, `tháng phải từ 1 đến 12, gặp ${q}`, `the month must be 1 to 12, found ${q}`)
    }
    return m
  }
  const quarter = (): 1 | 2 | 3 | 4 => {
    const t = toks[i]
    const q = t?.type === 'num' ? value(t) : t?.type === 'word' ? ROMAN.indexOf(t.v) + 1 : 0
    if (t?.type !== 'num' && !(t?.type === 'word' && q > 0))
      return failAt(t, { vi: 'số quý (I đến IV)', en: 'a quarter number (I to IV)' })
    if (q < 1 || q > 4) {
      const w = quote(textOf(t.s, t.e))
      fail(t.s, t.e, `quý phải từ I đến IV, gặp ${w}`, `the quarter must be I to IV, found ${w}`)
    }
    i++
    return q as 1 | 2 | 3 | 4
  }
  /** After `năm`: the year as written, the context's for `năm nay`, `null` when none is written. */
  const written = (): number | null => {
    const t = toks[i]
    if (t?.type === 'num') {
      i++
      return yearOf(t)
    }
    if (accept('nay')) return ctxYear()
    return null
  }
  /** After `quý III`, `tháng 8`, `ngày 23/5`: `/2023`, `-2023`, `năm 2023`, or nothing. */
  const suffixYear = (): number | null => {
    if (toks[i]?.type === 'sep') {
      i++
      return yearOf(num(YEAR))
    }
    return accept('năm') ? written() : null
  }
  /** The rest of a date after its day `d` (consumed): `/5/2020`, `-5-2020`, ` tháng 5 năm 2020`. */
  const date = (d: Token, needsYear: boolean): string => {
    const t = toks[i]
    let y: number | null = null
    let m: Token
    if (t?.type === 'sep') {
      i++
      m = num(MONTH)
      const u = toks[i]
      if (u?.type === 'sep') {
        if (u.v !== t.v)
          fail(t.s, u.e, 'ngày dùng hai loại dấu phân cách khác nhau', 'the date mixes two separators')
        i++
        y = yearOf(num(YEAR))
      } else if (needsYear) failAt(u, { vi: '«/» và năm', en: '«/» and the year' })
    } else if (accept('tháng')) {
      m = num(MONTH)
      if (accept('năm')) y = written()
    } else return failAt(t, { vi: '«/» hoặc «tháng»', en: '«/» or «tháng»' })
    const month = monthOf(m)
    const year = y ?? ctxYear()
    const day = value(d)
    if (day < 1 || day > daysInMonth(year, month)) {
      const q = quote(textOf(d.s, toks[i - 1]?.e ?? d.e))
      fail(d.s, toks[i - 1]?.e ?? d.e, `${q} không phải là ngày có thật`, `${q} is not a calendar date`)
    }
    return isoDate(year, month, day)
  }

  // Phrases

  const ytd = (year: number, month: number): Period => make({ kind: 'year-to-date', year, month })
  const instant = (date: string): Period => make({ kind: 'instant', date })
  /** Year-to-date up to the report date; `y` is the year written (`từ đầu năm 2020`), if any. */
  const toNow = (y: number | null, at: Token | undefined): Period => {
    const [ay, am] = ctxAsOf()
    if (y !== null && missing === null && y !== ay && at)
      fail(
        at.s,
        at.e,
        `năm ${y} không phải là năm của ngày báo cáo`,
        `${y} is not the year of the report date`,
      )
    return ytd(ay, am)
  }
  /** After `đến hết`: `năm`, `tháng 8/2023`, `quý III/2023`, or (when `day`) `ngày 31/12/2023`. */
  const throughEnd = (dflt: number | null, day: boolean): Period => {
    if (accept('năm')) return ytd(written() ?? dflt ?? ctxYear(), 12)
    if (accept('tháng')) {
      const m = monthOf(num(MONTH))
      return ytd(suffixYear() ?? dflt ?? ctxYear(), m)
    }
    if (accept('quý')) {
      const q = quarter()
      return ytd(suffixYear() ?? dflt ?? ctxYear(), q * 3)
    }
    if (day && accept('ngày')) return instant(date(num(DAY), false))
    return failAt(toks[i], { vi: '«năm», «quý» hoặc «tháng»', en: '«năm», «quý» or «tháng»' })
  }
  /** After `đến`: `nay`, `hết …`, `cuối …`, `ngày 31/12/2023`, `31/12/2023`. */
  const until = (): Period => {
    if (accept('nay')) return instant(isoDate(...ctxAsOf()))
    if (accept('hết')) return throughEnd(null, true)
    if (accept('cuối')) {
      if (accept('năm')) return instant(isoDate(written() ?? ctxYear(), 12, 31))
      if (accept('tháng')) {
        const m = monthOf(num(MONTH))
        return instant(monthEnd(suffixYear() ?? ctxYear(), m))
      }
      if (accept('quý')) {
        const q = quarter()
        return instant(monthEnd(suffixYear() ?? ctxYear(), q * 3))
      }
      return failAt(toks[i], { vi: '«năm», «quý» hoặc «tháng»', en: '«năm», «quý» or «tháng»' })
    }
    if (accept('ngày')) return instant(date(num(DAY), false))
    const t = toks[i]
    if (t?.type === 'num') {
      i++
      return instant(date(t, true))
    }
    return failAt(t, { vi: '«nay», «hết», «cuối» hoặc một ngày', en: '«nay», «hết», «cuối» or a date' })
  }
  /** After `từ`: `đầu năm [2023]`, then nothing, `đến nay` or `đến hết …`. */
  const since = (): Period => {
    word('đầu')
    word('năm')
    const at = toks[i]
    const y = written()
    if (i === toks.length) return toNow(y, at)
    word('đến')
    if (accept('nay')) return toNow(y, at)
    if (!accept('hết')) return failAt(toks[i], { vi: '«nay» hoặc «hết»', en: '«nay» or «hết»' })
    const from = i
    const p = throughEnd(y, false)
    if (y !== null && p.kind === 'year-to-date' && p.year !== y) {
      const t = toks[from]
      if (t)
        fail(
          t.s,
          toks[i - 1]?.e ?? t.e,
          'năm đầu và năm cuối khác nhau',
          'the start and the end are in different years',
        )
    }
    return p
  }
  /** `9 tháng đầu năm 2020`, `9 tháng năm 2020`, `6 tháng cuối năm 2020`, after the count `n` (consumed). */
  const months = (n: Token): Period => {
    const k = value(n)
    const q = quote(textOf(n.s, n.e))
    if (k < 1 || k > 12)
      fail(n.s, n.e, `số tháng phải từ 1 đến 12, gặp ${q}`, `the months must be 1 to 12, found ${q}`)
    if (accept('đầu')) {
      word('năm')
      return ytd(written() ?? ctxYear(), k)
    }
    if (accept('cuối')) {
      word('năm')
      const year = written() ?? ctxYear()
      if (k === 6) return make({ kind: 'half', year, half: 2 })
      if (k === 3) return make({ kind: 'quarter', year, quarter: 4 })
      return fail(
        n.s,
        n.e,
        `chỉ đọc được 3 hoặc 6 tháng cuối năm (quý IV, nửa cuối năm), gặp ${q}`,
        `only the last 3 or 6 months of a year are a period (Q4, H2), found ${q}`,
      )
    }
    if (accept('năm')) return ytd(written() ?? ctxYear(), k)
    return failAt(toks[i], { vi: '«đầu năm» hoặc «năm»', en: '«đầu năm» or «năm»' })
  }
  /** A period named by a noun: `năm`, `quý`, `tháng`, `nửa`, `ngày`, `giai đoạn`, or a count of months or a date. */
  const noun = (): Period => {
    const t = toks[i]
    if (!t) return failAt(t, { vi: 'một kỳ báo cáo', en: 'a period' })
    i++
    if (t.type === 'num') {
      if (accept('tháng')) return months(t)
      if (toks[i]?.type === 'sep') return make({ kind: 'day', date: date(t, true) })
      const q = quote(textOf(t.s, t.e))
      return fail(
        t.s,
        t.e,
        `một số đứng riêng (${q}) không phải là kỳ báo cáo`,
        `a bare number (${q}) is not a period`,
      )
    }
    switch (t.type === 'word' ? t.v : '') {
      case 'cả':
        word('năm')
        return make({ kind: 'year', year: written() ?? ctxYear() })
      case 'năm':
        if (accept('học')) {
          // "năm học 2018-2019": September 2018 to August 2019
          const a = num(YEAR)
          const from = yearOf(a)
          if (toks[i]?.type !== 'sep') failAt(toks[i], { vi: '«-»', en: '«-»' })
          i++
          const b = num(YEAR)
          if (yearOf(b) !== from + 1) {
            const q = quote(textOf(a.s, b.e))
            fail(
              a.s,
              b.e,
              `năm học phải là hai năm liền nhau, gặp ${q}`,
              `a school year must be two consecutive years, found ${q}`,
            )
          }
          return make({ kind: 'school-year', year: from })
        }
        return make({ kind: 'year', year: written() ?? ctxYear() })
      case 'quý': {
        const quarter_ = quarter()
        return make({ kind: 'quarter', year: suffixYear() ?? ctxYear(), quarter: quarter_ })
      }
      case 'tháng': {
        const month = monthOf(num(MONTH))
        return make({ kind: 'month', year: suffixYear() ?? ctxYear(), month })
      }
      case 'nửa': {
        const half = accept('đầu')
          ? 1
          : accept('cuối')
            ? 2
            : failAt(toks[i], { vi: '«đầu» hoặc «cuối»', en: '«đầu» or «cuối»' })
        word('năm')
        return make({ kind: 'half', year: written() ?? ctxYear(), half })
      }
      case 'ngày':
        return make({ kind: 'day', date: date(num(DAY), false) })
      case 'giai': {
        word('đoạn')
        const a = num(YEAR)
        const from = yearOf(a)
        if (toks[i]?.type !== 'sep') failAt(toks[i], { vi: '«-»', en: '«-»' })
        i++
        const b = num(YEAR)
        const to = yearOf(b)
        if (from >= to) {
          const q = quote(textOf(a.s, b.e))
          fail(
            a.s,
            b.e,
            `năm đầu phải nhỏ hơn năm cuối, gặp ${q}`,
            `the first year must be less than the last, found ${q}`,
          )
        }
        return make({ kind: 'phase', from, to })
      }
    }
    const q = quote(textOf(t.s, t.e))
    return fail(
      t.s,
      t.e,
      `${q} không mở đầu một kỳ báo cáo (năm, quý, tháng, …)`,
      `${q} does not start a period (năm, quý, tháng, …)`,
    )
  }

  if (!first) return fail(0, src.s.length, 'chuỗi rỗng', 'empty text')
  // Leading words: `lũy kế` (then the period must be year-to-date), `tính` (before `đến`, `từ`), `trong`.
  const cumulative = is(first, 'lũy') && is(toks[1], 'kế')
  if (cumulative) i = 2
  const tinh = !cumulative && accept('tính')
  const trong = !cumulative && !tinh && accept('trong')
  let p: Period
  if (cumulative && i === toks.length) p = toNow(null, undefined)
  else if (!trong && accept('đến')) p = until()
  else if (!trong && accept('từ')) p = since()
  else if (tinh) p = failAt(toks[i], { vi: '«đến» hoặc «từ» sau «tính»', en: '«đến» or «từ» after «tính»' })
  else p = noun()
  const extra = toks[i]
  if (extra) {
    const q = quote(textOf(extra.s, end))
    fail(extra.s, end, `thừa ${q} sau kỳ báo cáo`, `unexpected ${q} after the period`)
  }
  if (cumulative && p.kind !== 'year-to-date') {
    fail(
      first.s,
      end,
      '«lũy kế» chỉ đi với số liệu từ đầu năm (9 tháng đầu năm, đến hết tháng 8 …)',
      '«lũy kế» (cumulative) only goes with a year-to-date period',
    )
  }
  if (missing) {
    if (quiet) throw NOT_A_PERIOD
    const q = quote(textOf(first.s, end))
    throw new BhxhError('needs-context', {
      span: [orig(src, first.s), orig(src, end)],
      input: src.text,
      detail:
        missing === 'year'
          ? detail(
              `${q} không ghi năm: cần context.year hoặc context.asOf`,
              `${q} does not say the year: pass context.year or context.asOf`,
            )
          : detail(
              `${q} tính đến ngày báo cáo: cần context.asOf`,
              `${q} runs up to the report date: pass context.asOf`,
            ),
    })
  }
  return p
}

const YEAR: Messages = { vi: 'năm', en: 'the year' }
const MONTH: Messages = { vi: 'tháng', en: 'the month' }
const DAY: Messages = { vi: 'ngày', en: 'the day' }
const PERIOD = { vi: 'kỳ báo cáo', en: 'period' }
const CONTEXT = { vi: 'ngữ cảnh của kỳ báo cáo', en: 'period context' }

/**
 * Reads one Vietnamese period phrase, as written in reports.
 *
 * The text is NFC-normalised and matched without regard to case; runs of spaces (also
 * non-breaking ones) count as one; the dashes `-`, `–`, `—` are alike. The phrase must be exact:
 * a trailing `.` or `,` is an error. It reads:
 * - years: `năm 2020`, `trong năm 2023`, `cả năm 2023`;
 * - halves: `nửa đầu năm 2020`, `nửa cuối năm 2020`, `6 tháng cuối năm 2020` (`3 tháng cuối năm`
 *   is quarter IV);
 * - quarters: `quý III/2023`, `quý 3/2023`, `quý 3 năm 2023`, `quý I-2024`;
 * - months: `tháng 8/2023`, `tháng 08-2023`, `tháng 8 năm 2023`;
 * - year-to-date (lũy kế): `9 tháng đầu năm 2020`, `9 tháng năm 2020`, `lũy kế 8 tháng năm 2023`,
 *   `đến hết tháng 8-2023`, `từ đầu năm đến hết tháng 8/2023`, `đến hết quý III/2023`,
 *   `đến hết năm 2020` (month 12), `từ đầu năm đến nay`, `lũy kế`, `lũy kế từ đầu năm`;
 * - days: `ngày 23/5/2020`, `23/5/2020`, `ngày 23 tháng 5 năm 2020`;
 * - instants: `tính đến cuối năm 2019`, `đến ngày 31/12/2023`, `tính đến 30/9/2020`,
 *   `đến cuối tháng 8/2023` (→ 2023-08-31), `đến cuối quý III/2023`, `tính đến nay`;
 * - phases: `giai đoạn 2023-2025`, `giai đoạn 2019 - 2021`.
 *
 * A phrase without its year (`9 tháng đầu năm`, `cả năm`, `quý III`, `năm nay`) takes
 * `context.year`, else the year of `context.asOf`; one that runs up to now (`từ đầu năm đến nay`,
 * `lũy kế`, `tính đến nay`) takes the month or the date of `context.asOf`.
 *
 * @param text - the phrase
 * @param context - the year or the date the report is about, for relative phrases
 * @returns a fresh frozen period
 * @throws {@link BhxhError} `bad-period` with the `span` of the offending part (UTF-16 offsets in
 *   `text`, also when it is not NFC) and a `detail` in Vietnamese and English; `needs-context`
 *   for a relative phrase without the context it needs; `invalid-input` for an invalid `context`
 *
 * @example
 * ```ts
 * parsePeriod('9 tháng đầu năm 2020') // { kind: 'year-to-date', year: 2020, month: 9 }
 * parsePeriod('Đến hết tháng 8-2023') // { kind: 'year-to-date', year: 2023, month: 8 }
 * parsePeriod('Tính đến cuối năm 2019') // { kind: 'instant', date: '2019-12-31' }
 * parsePeriod('từ đầu năm đến nay', { asOf: '2020-10-08' }) // { kind: 'year-to-date', year: 2020, month: 10 }
 * parsePeriod('quý V/2023') // throws BhxhError bad-period, span [4, 5]: quý phải từ I đến IV
 * ```
 */
export function parsePeriod(text: string, context?: PeriodContext): Period {
  if (typeof text !== 'string') {
    throw new BhxhError('invalid-input', {
      detail: detail('kỳ báo cáo phải là một chuỗi', 'a period phrase must be a string'),
    })
  }
  return read(source(text), context)
}

/**
 * {@link parsePeriod} without exceptions: the period, or the error that `parsePeriod` would throw.
 *
 * @param text - the phrase
 * @param context - the year or the date the report is about, for relative phrases
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 *
 * @example
 * ```ts
 * const r = safeParsePeriod('tháng 13/2023')
 * if (!r.ok) r.error.messages.vi // 'không đọc được kỳ báo cáo: tháng phải từ 1 đến 12, gặp «13»'
 * ```
 */
export function safeParsePeriod(text: string, context?: PeriodContext): Safe<Period> {
  try {
    return { ok: true, value: parsePeriod(text, context) }
  } catch (error) {
    if (error instanceof BhxhError) return { ok: false, error }
    throw error
  }
}

/**
 * @internal {@link parsePeriod} for a hot path that tries many candidate phrases: the period, or
 * `null` where `parsePeriod` would throw a {@link BhxhError} (without building the error).
 */
export function periodOrNull(text: string, context?: PeriodContext): Period | null {
  try {
    return read(source(text), context, true, context !== undefined && validContext(context))
  } catch (error) {
    if (error === NOT_A_PERIOD || error instanceof BhxhError) return null
    throw error
  }
}

/**
 * Whether `c` passes {@link PeriodContextSchema}, checked without zod: a year in range and an
 * ISO date of the calendar, each optional, and no other field.
 */
function validContext(c: PeriodContext): boolean {
  for (const key in c) if (key !== 'year' && key !== 'asOf') return false
  return (c.year === undefined || isYear(c.year)) && (c.asOf === undefined || isIsoDate(c.asOf))
}

/**
 * A period from a phrase or an object: a string is read by {@link parsePeriod}; an object is
 * validated against {@link PeriodSchema} and returned as a fresh frozen copy.
 *
 * @param input - a period phrase or a period object
 * @param context - for relative phrases (see {@link parsePeriod})
 * @returns a frozen period
 * @throws {@link BhxhError} as {@link parsePeriod} does, or `invalid-input` with an issue per
 *   field (in Vietnamese and English) for an invalid object
 *
 * @example
 * ```ts
 * period('quý III/2023') // { kind: 'quarter', year: 2023, quarter: 3 }
 * period({ kind: 'month', year: 2023, month: 8 }) // tháng 8/2023, frozen
 * period({ kind: 'month', year: 2023, month: 13 }) // throws invalid-input: month: Quá lớn: …
 * ```
 */
export function period(input: string | Period, context?: PeriodContext): Period {
  return typeof input === 'string'
    ? parsePeriod(input, context)
    : make({ ...validate(PeriodSchema, input, PERIOD) })
}
