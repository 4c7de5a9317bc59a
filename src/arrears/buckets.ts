/**
 * Aging buckets as data: ranges of months overdue with open or closed ends, their Vietnamese
 * and English labels (generated from the range, never typed by hand), and a reader for the
 * phrases reports use ("từ 1 tháng đến dưới 6 tháng", "trên 6 tháng", "từ 3 tháng trở lên").
 * @module
 */
import { BhxhError, detail } from '../errors'
import { invalid, oneOfAt, optionsAt, shown, textAt } from '../input'
import type { Messages } from '../number/errors'
import { formatNumber } from '../number/format'
import { parseWords, toWords } from '../number/words'
import type { OverdueAge } from './age'

/**
 * A range of months overdue. `from` and `to` are whole months; `to: null` means no upper end.
 * A bucket that starts at 0 always includes it (a debt is at least one day overdue, so the
 * two readings are the same).
 *
 * @example
 * ```ts
 * // "từ 1 tháng đến dưới 6 tháng"
 * const b: AgingBucket = { from: 1, fromInclusive: true, to: 6, toInclusive: false, label: … }
 * ```
 */
export interface AgingBucket {
  /** The lower end, in whole months (0 or more). */
  readonly from: number
  /** Whether a debt exactly `from` months overdue belongs here ("từ") or not ("trên"). */
  readonly fromInclusive: boolean
  /** The upper end, in whole months, or `null` for none ("trở lên"). */
  readonly to: number | null
  /** Whether a debt exactly `to` months overdue belongs here ("đến") or not ("dưới"). */
  readonly toInclusive: boolean
  /** The label, generated from the range: `từ 1 tháng đến dưới 6 tháng` / `1 to under 6 months`. */
  readonly label: Messages
}

/**
 * The range of a bucket, without its label: what {@link agingBucket} takes.
 *
 * @example
 * ```ts
 * const r: BucketRange = { from: 1, to: 6 } // từ 1 tháng đến dưới 6 tháng
 * ```
 */
export interface BucketRange {
  /** The lower end, in whole months (0 or more). */
  readonly from: number
  /** Whether the lower end is included; default `true`. */
  readonly fromInclusive?: boolean
  /** The upper end, in whole months, or `null` (the default) for none. */
  readonly to?: number | null
  /** Whether the upper end is included; default `false`. */
  readonly toInclusive?: boolean
}

/**
 * How the numbers of a bucket label are written.
 *
 * @example
 * ```ts
 * agingBucket('trên 6 tháng', { numerals: 'words' }).label.vi // 'trên sáu tháng'
 * ```
 */
export interface BucketLabelOptions {
  /** `digits` (the default, as reports write them: `6 tháng`) or `words` (`sáu tháng`). */
  readonly numerals?: 'digits' | 'words'
}

const badBucket = (vi: string, en: string, input?: string): BhxhError =>
  new BhxhError('invalid-input', { detail: detail(vi, en), ...(input === undefined ? {} : { input }) })

const isMonths = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

/**
 * Makes a bucket from a range of months, or from the phrase a report uses for it, and
 * generates its label.
 *
 * @param range - `{ from, fromInclusive?, to?, toInclusive? }` in whole months, or a phrase
 *   such as `từ 1 tháng đến dưới 6 tháng`, `trên 6 tháng`, `từ 3 tháng trở lên`, `dưới 3 tháng`
 * @param options - how the label writes its numbers
 * @returns the bucket with its vi/en label
 * @throws `BhxhError` `invalid-input` for negative or fractional months, an empty range, or a
 *   phrase that is not a bucket
 *
 * @example
 * ```ts
 * agingBucket('từ 1 tháng đến dưới 6 tháng')
 * // { from: 1, fromInclusive: true, to: 6, toInclusive: false,
 * //   label: { vi: 'từ 1 tháng đến dưới 6 tháng', en: '1 to under 6 months' } }
 * agingBucket({ from: 6, fromInclusive: false }).label.vi // 'trên 6 tháng'
 * agingBucket({ from: 3 }, { numerals: 'words' }).label.vi // 'từ ba tháng trở lên'
 * ```
 */
export function agingBucket(range: BucketRange | string, options: BucketLabelOptions = {}): AgingBucket {
  const bucket = checkedRange(typeof range === 'string' ? parseBucketRange(range) : range)
  return { ...bucket, label: bucketLabel(bucket, options) }
}

/** A range checked: whole months, the lower end not above the upper, not empty. */
function checkedRange(r: BucketRange): Omit<AgingBucket, 'label'> {
  if (typeof r !== 'object' || r === null)
    throw badBucket('khoảng tuổi nợ không hợp lệ', 'not a bucket range')
  const from = r.from
  const to = r.to ?? null
  if (!isMonths(from))
    throw badBucket(
      `đầu dưới phải là số tháng nguyên không âm, không phải ${shown(from)}`,
      `the lower end must be a whole number of months (0 or more), not ${shown(from)}`,
    )
  if (to !== null && !isMonths(to))
    throw badBucket(
      `đầu trên phải là số tháng nguyên không âm, không phải ${shown(to)}`,
      `the upper end must be a whole number of months (0 or more), not ${shown(to)}`,
    )
  const fromInclusive = from === 0 ? true : (r.fromInclusive ?? true)
  const toInclusive = to === null ? false : (r.toInclusive ?? false)
  if (to !== null && (to < from || (to === from && !(fromInclusive && toInclusive))))
    throw badBucket(`khoảng rỗng: từ ${from} đến ${to} tháng`, `empty range: from ${from} to ${to} months`)
  if (typeof fromInclusive !== 'boolean' || typeof toInclusive !== 'boolean')
    throw badBucket(
      'fromInclusive, toInclusive phải là true/false',
      'fromInclusive, toInclusive must be true or false',
    )
  return { from, fromInclusive, to, toInclusive }
}

/**
 * The label of a range of months, in Vietnamese and English, as official reports phrase it.
 *
 * @param range - the range
 * @param options - digits (default) or words
 * @returns the vi and en labels
 *
 * @example
 * ```ts
 * bucketLabel({ from: 1, fromInclusive: true, to: 6, toInclusive: false }).vi // 'từ 1 tháng đến dưới 6 tháng'
 * bucketLabel({ from: 12, fromInclusive: true, to: null, toInclusive: false }).vi // 'từ 12 tháng trở lên'
 * ```
 */
export function bucketLabel(range: Omit<AgingBucket, 'label'>, options: BucketLabelOptions = {}): Messages {
  const b = checkedRange(range)
  optionsAt(options, ['numerals'])
  if (options.numerals !== undefined) oneOfAt(options.numerals, ['digits', 'words'], ['numerals'])
  const n = (x: number): string => (options.numerals === 'words' ? toWords(x) : formatNumber(x))
  const { from, to } = b
  const lowVi = `${b.fromInclusive ? 'từ' : 'trên'} ${n(from)} tháng`
  const highVi = to === null ? '' : `${b.toInclusive ? '' : 'dưới '}${n(to)} tháng`
  const en = (x: number): string => `${x} month${x === 1 ? '' : 's'}`
  if (to === null) {
    return b.fromInclusive
      ? { vi: `từ ${n(from)} tháng trở lên`, en: `${en(from)} or more` }
      : { vi: `trên ${n(from)} tháng`, en: `over ${en(from)}` }
  }
  if (from === 0)
    return b.toInclusive
      ? { vi: `từ ${n(to)} tháng trở xuống`, en: `up to ${en(to)}` }
      : { vi: `dưới ${n(to)} tháng`, en: `under ${en(to)}` }
  if (from === to) return { vi: `đúng ${n(from)} tháng`, en: `exactly ${en(from)}` }
  return {
    vi: `${lowVi} đến ${highVi}`,
    en: `${b.fromInclusive ? '' : 'over '}${from} to ${b.toInclusive ? '' : 'under '}${en(to)}`,
  }
}

const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+|\\d+|[\\p{L} ]+?)'
const BETWEEN = /* @__PURE__ */ new RegExp(
  `^(từ|trên|hơn) ${NUMBER}(?: tháng)? đến (dưới )?${NUMBER} tháng$`,
  'u',
)
const ONE_END: ReadonlyArray<readonly [RegExp, (n: number) => BucketRange]> = [
  [/* @__PURE__ */ new RegExp(`^(?:từ )?${NUMBER} tháng trở lên$`, 'u'), (n) => ({ from: n })],
  [
    /* @__PURE__ */ new RegExp(`^(?:trên|hơn) ${NUMBER} tháng$`, 'u'),
    (n) => ({ from: n, fromInclusive: false }),
  ],
  [
    /* @__PURE__ */ new RegExp(`^(?:dưới|chưa đến|chưa đủ) ${NUMBER} tháng$`, 'u'),
    (n) => ({ from: 0, to: n }),
  ],
  [
    /* @__PURE__ */ new RegExp(
      `^(?:(?:từ )?${NUMBER} tháng trở xuống|(?:không quá|tối đa) ${NUMBER} tháng)$`,
      'u',
    ),
    (n) => ({ from: 0, to: n, toInclusive: true }),
  ],
  [
    /* @__PURE__ */ new RegExp(`^(?:đúng )?${NUMBER} tháng$`, 'u'),
    (n) => ({ from: n, to: n, toInclusive: true }),
  ],
]

const months = (text: string, phrase: string): number => {
  if (/^\d{1,3}(?:\.\d{3})+$|^\d+$/.test(text)) return Number(text.replaceAll('.', ''))
  try {
    const n = parseWords(text)
    if (/^\d+$/.test(n)) return Number(n)
  } catch {
    // reported below
  }
  throw badBucket(
    `«${text}» không phải số tháng trong «${phrase}»`,
    `«${text}» is not a number of months in «${phrase}»`,
    phrase,
  )
}

/**
 * Reads the range of a bucket phrase. Numbers may be digits or words.
 *
 * @param phrase - `từ 1 tháng đến dưới 6 tháng`, `trên 6 tháng`, `từ 3 tháng trở lên`,
 *   `dưới 3 tháng`, `từ 3 tháng trở xuống`, `không quá 3 tháng` …
 * @returns the range (not yet checked: {@link agingBucket} checks it)
 * @throws `BhxhError` `invalid-input` when the phrase is not one of these forms
 *
 * @example
 * ```ts
 * parseBucketRange('từ 1 tháng đến dưới 6 tháng') // { from: 1, fromInclusive: true, to: 6, toInclusive: false }
 * parseBucketRange('trên sáu tháng') // { from: 6, fromInclusive: false }
 * ```
 */
export function parseBucketRange(phrase: string): BucketRange {
  const text = textAt(phrase, []).normalize('NFC').trim().toLowerCase().replace(/\s+/gu, ' ')
  const between = BETWEEN.exec(text)
  if (between) {
    const [, low, a, high, b] = between as unknown as [string, string, string, string | undefined, string]
    return {
      from: months(a, phrase),
      fromInclusive: low === 'từ',
      to: months(b, phrase),
      toInclusive: high !== 'dưới ',
    }
  }
  for (const [re, make] of ONE_END) {
    const m = re.exec(text)
    const a = m?.[1] ?? m?.[2]
    if (a !== undefined) return make(months(a, phrase))
  }
  throw badBucket(
    `«${phrase}» không phải khoảng tuổi nợ (ví dụ: «từ 1 tháng đến dưới 6 tháng», «trên 6 tháng»)`,
    `«${phrase}» is not an aging bucket (e.g. «từ 1 tháng đến dưới 6 tháng», «trên 6 tháng»)`,
    phrase,
  )
}

/**
 * Whether a debt of age `age` belongs to bucket `b`. A debt `months` whole months and `days`
 * days overdue is more than `n` months overdue when `months > n`, or `months = n` and
 * `days > 0`.
 *
 * @param range - the bucket
 * @param age - how long the debt has been overdue
 * @returns whether the age is in the range
 *
 * @example
 * ```ts
 * const over6 = agingBucket('trên 6 tháng')
 * inBucket(over6, { months: 6, days: 0, totalDays: 182 }) // false — đúng 6 tháng
 * inBucket(over6, { months: 6, days: 1, totalDays: 183 }) // true
 * ```
 */
export function inBucket(
  range: Omit<AgingBucket, 'label'>,
  age: Pick<OverdueAge, 'months' | 'days'>,
): boolean {
  const b = checkedRange(range)
  const ok = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
  if (typeof age !== 'object' || age === null || !ok(age.months) || !ok(age.days))
    throw invalid(
      ['age'],
      'cần { months, days } là số nguyên không âm',
      'expected { months, days }, whole numbers (0 or more)',
    )
  const { months: m, days: d } = age
  const aboveLow = b.fromInclusive ? m >= b.from : m > b.from || (m === b.from && d > 0)
  if (!aboveLow) return false
  if (b.to === null) return true
  return b.toInclusive ? m < b.to || (m === b.to && d === 0) : m < b.to
}

/**
 * Checks a set of buckets: each a valid range, none overlapping another. Gaps are allowed
 * (the seeds' "từ 1 tháng đến dưới 6 tháng" and "trên 6 tháng" leave out debts exactly 6
 * months old and debts under 1 month); an aging summary reports what falls in no bucket.
 *
 * @param buckets - the buckets, as ranges, phrases or buckets
 * @returns the buckets with labels, sorted by their lower end
 * @throws `BhxhError` `invalid-input` naming the bucket (by index) that is invalid or overlaps
 *
 * @example
 * ```ts
 * agingBuckets(['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng']).map((b) => b.label.vi)
 * // ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng']
 * ```
 */
export function agingBuckets(
  buckets: readonly (BucketRange | AgingBucket | string)[],
  options: BucketLabelOptions = {},
): readonly AgingBucket[] {
  if (!Array.isArray(buckets) || buckets.length === 0)
    throw badBucket('cần ít nhất một khoảng tuổi nợ', 'at least one bucket is needed')
  const made = buckets.map((b, i) => {
    try {
      return agingBucket(b, options)
    } catch (e) {
      if (e instanceof BhxhError) throw new BhxhError(e.code, { ...detailsOf(e), path: ['buckets', i] })
      throw e
    }
  })
  const sorted = [...made].sort(
    (a, b) => a.from - b.from || Number(b.fromInclusive) - Number(a.fromInclusive),
  )
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as AgingBucket
    const next = sorted[i] as AgingBucket
    if (overlaps(prev, next))
      throw new BhxhError('invalid-input', {
        path: ['buckets', made.indexOf(next)],
        detail: detail(
          `«${next.label.vi}» chồng lên «${prev.label.vi}»`,
          `«${next.label.en}» overlaps «${prev.label.en}»`,
        ),
      })
  }
  return sorted
}

const detailsOf = (e: BhxhError) => ({
  ...(e.detail ? { detail: e.detail } : {}),
  ...(e.input === null ? {} : { input: e.input }),
})

/** Whether two buckets share an age; `a` starts no later than `b`. */
function overlaps(a: AgingBucket, b: AgingBucket): boolean {
  if (a.to === null) return true
  if (a.to > b.from) return true
  if (a.to < b.from) return false
  // a.to === b.from: they share exactly that age when both include it; an age just past it
  // (same months, some days) is in `a` only when … never: `a` ends at a.to months.
  return a.toInclusive && b.fromInclusive
}
