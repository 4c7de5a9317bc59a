/**
 * Arrears aging: debts by how long they have been overdue, per bucket, per scheme and
 * overall, as summaries that merge.
 * @module
 */
import { Decimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { kindOf, optionsAt, shown } from '../input'
import type { Messages } from '../number/errors'
import { isSchemeCode, SCHEME_CODES, type SchemeCode } from '../scheme/schemes'
import { type OverdueAge, overdueAge } from './age'
import {
  type Amount,
  type AmountLike,
  addAmount,
  amountOf,
  badAmount,
  compareAmount,
  readAmount,
  subtractAmount,
} from './amount'
import { type AgingBucket, agingBuckets, type BucketRange, inBucket } from './buckets'
import { isContributionMonth, paymentDeadline } from './deadline'
import { isAgingSummary } from './guards'
import { invalid, isoDateAt } from './input'
import { AGING_PRESETS } from './presets'

/**
 * What one employer owes for one contribution month of one scheme: the amount due, what has
 * been paid against it, and the late-payment interest charged on it, all in whole đồng.
 *
 * @example
 * ```ts
 * // Công ty A chưa đóng BHXH bắt buộc tháng 01/2020: phải đóng 42.500.000 đồng, đã đóng 12.500.000
 * const r: DebtRecord = { employer: 'TA0001A', name: 'Công ty A', scheme: 'BHXH_BB',
 *   month: '2020-01', due: 42_500_000, paid: 12_500_000 }
 * ```
 */
export interface DebtRecord {
  /** The employer's unit code (mã đơn vị). */
  readonly employer: string
  /** The employer's name, when known. */
  readonly name?: string
  /** The scheme the amount belongs to; `ALL` for an amount not split by scheme. */
  readonly scheme: SchemeCode
  /** The contribution month the amount belongs to, `YYYY-MM`. */
  readonly month: string
  /** The amount due for that month, in đồng. */
  readonly due: AmountLike
  /** What has been paid against it, in đồng; 0 when absent. */
  readonly paid?: AmountLike
  /** Late-payment interest charged on it up to the reporting date, in đồng; 0 when absent. */
  readonly interest?: AmountLike
}

/**
 * How an employer is counted:
 * - `employer` (the default): each employer in one bucket, the one of its oldest overdue
 *   month, with everything it owes — the way reports count "đơn vị chậm đóng trên 6 tháng";
 * - `month`: each month's debt in the bucket of its own age; an employer owing months of
 *   different ages counts in each of those buckets.
 *
 * @example
 * ```ts
 * ageArrears(records, { asOf: '2023-09-30', basis: 'month' }) // mỗi tháng nợ vào nhóm tuổi của chính nó
 * ```
 */
export type AgingBasis = 'employer' | 'month'

/**
 * Options of {@link ageArrears}.
 *
 * @example
 * ```ts
 * const options: AgingOptions = { asOf: '2020-09-30', buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'] }
 * ```
 */
export interface AgingOptions {
  /** The reporting date, ISO `YYYY-MM-DD`: debts are aged to the end of this day. */
  readonly asOf: string
  /** The buckets, as ranges, phrases or buckets; default {@link AGING_PRESETS}`.categories`. */
  readonly buckets?: readonly (BucketRange | AgingBucket | string)[]
  /** How an employer is counted; default `employer`. */
  readonly basis?: AgingBasis
  /** How many of the largest debtors each bucket lists; default 5. */
  readonly top?: number
  /**
   * The receivable (số phải thu) the debt is compared with: one amount for everything, or one
   * per scheme. The debt-to-receivable ratio is `null` without it.
   */
  readonly receivable?: AmountLike | Partial<Record<SchemeCode, AmountLike>>
  /** The payment deadline of a contribution month; default {@link paymentDeadline}. */
  readonly deadline?: (month: string) => string
}

/**
 * One of the largest debtors of a bucket.
 *
 * @example
 * ```ts
 * s.overall.rows[1].top[0] // { employer: 'TA0012A', name: 'Công ty X', amount: Decimal(1250000000), oldest: { months: 9, days: 0 } }
 * ```
 */
export interface Debtor {
  /** The unit code. */
  readonly employer: string
  /** The name, or `null` when no record gave one. */
  readonly name: string | null
  /** What it owes in this bucket (đồng). */
  readonly amount: Decimal
  /** How long its oldest debt has been overdue (whole months and days). */
  readonly oldest: Pick<OverdueAge, 'months' | 'days'>
}

/**
 * One line of an aging table.
 *
 * @example
 * ```ts
 * const row = s.overall.rows[1]
 * `${row.employers} đơn vị chậm đóng ${row.label.vi}` // '156 đơn vị chậm đóng trên 6 tháng'
 * ```
 */
export interface AgingRow {
  /** The bucket, with its label; `null` for debts that fall in no bucket. */
  readonly bucket: AgingBucket | null
  /** The label: the bucket's, or "ngoài các nhóm" / "in no bucket". */
  readonly label: Messages
  /** Distinct employers counted in the row. */
  readonly employers: number
  /** Debt records counted in the row (normally one per employer, scheme and contribution month). */
  readonly months: number
  /** The amount overdue (đồng). */
  readonly amount: Decimal
  /** The late-payment interest on it (đồng), as given by the records. */
  readonly interest: Decimal
  /** The row's share of the total overdue amount, or `null` when nothing is overdue. */
  readonly share: Decimal | null
  /** The largest debtors, largest first (ties by unit code). */
  readonly top: readonly Debtor[]
}

/**
 * Amounts still owed but not yet overdue, in an {@link AgingTable}.
 *
 * @example
 * ```ts
 * s.overall.notDue // { employers: 1204, amount: Decimal(…) } — tháng 9/2023 chưa đến hạn đóng
 * ```
 */
export interface NotDue {
  /** Distinct employers with such an amount. */
  readonly employers: number
  /** The amount (đồng). */
  readonly amount: Decimal
}

/**
 * The aging table of one scheme, or of all records together.
 *
 * @example
 * ```ts
 * const t = s.schemes.BHXH_BB
 * t?.ratioToReceivable?.toString() // tỷ lệ nợ / số phải thu
 * ```
 */
export interface AgingTable {
  /** One row per bucket, in bucket order. */
  readonly rows: readonly AgingRow[]
  /** Debts overdue but in no bucket (a gap between buckets, or under the first one). */
  readonly unbucketed: AgingRow
  /** Everything overdue: distinct employers, months, amount, interest (share 1 when any). */
  readonly overdue: AgingRow
  /** Amounts still owed but not yet overdue on the reporting date. */
  readonly notDue: NotDue
  /** Paid beyond what was due, month by month (not set against other months). */
  readonly credit: Decimal
  /** The receivable given, or `null`. */
  readonly receivable: Decimal | null
  /** Overdue amount ÷ receivable (tỷ lệ nợ / số phải thu), or `null` without a receivable. */
  readonly ratioToReceivable: Decimal | null
}

/**
 * An aging summary: the tables, and the state they are computed from. Summaries of parts of
 * the data {@link mergeAging | merge} into the summary of the whole.
 *
 * @example
 * ```ts
 * const s = ageArrears(records, { asOf: '2023-09-30', buckets: AGING_PRESETS.sixMonths.buckets })
 * s.overall.rows.map((r) => `${r.label.vi}: ${r.employers} đơn vị`)
 * ```
 */
export interface AgingSummary {
  /** Always `aging`. */
  readonly kind: 'aging'
  /** The reporting date, or `null` for the empty summary. */
  readonly asOf: string | null
  /** The buckets, or `null` for the empty summary. */
  readonly buckets: readonly AgingBucket[] | null
  /** How employers are counted. */
  readonly basis: AgingBasis
  /** How many largest debtors each row lists. */
  readonly top: number
  /** How many records were read. */
  readonly records: number
  /** All records together. */
  readonly overall: AgingTable
  /** Per scheme that has records, in the order of `SCHEME_CODES`. */
  readonly schemes: Readonly<Partial<Record<SchemeCode, AgingTable>>>
  /** The mergeable state: per employer and scheme, amounts per bucket. Treat as opaque. */
  readonly state: AgingState
}

/**
 * The mergeable state of a summary (opaque; structured-clone safe).
 *
 * @example
 * ```ts
 * // gửi trạng thái giữa các tiến trình: structuredClone giữ nguyên Map và bigint
 * const copy = structuredClone(s)
 * ```
 */
export interface AgingState {
  /** Per employer. */
  readonly employers: ReadonlyMap<string, EmployerState>
  /** Receivable per scheme index (last: the overall one), `null` where none was given. */
  readonly receivable: readonly (Amount | null)[]
  /** Whether some part had no receivable for a slot (so the sum is not known). */
  readonly missing: readonly boolean[]
}

/**
 * @internal One employer's state.
 *
 * @example
 * ```ts
 * s.state.employers.get('TA0001A')?.name // 'Công ty A'
 * ```
 */
export interface EmployerState {
  readonly code: string
  name: string | null
  /** Per scheme index. */
  readonly schemes: (SchemeState | undefined)[]
}

/**
 * @internal One employer's state for one scheme.
 *
 * @example
 * ```ts
 * s.state.employers.get('TA0001A')?.schemes[0]?.amount // số nợ theo từng nhóm tuổi, BHXH bắt buộc
 * ```
 */
export interface SchemeState {
  /** Amount per bucket; the last slot is for debts in no bucket. */
  readonly amount: Amount[]
  /** Interest per bucket, same slots. */
  readonly interest: Amount[]
  /** Contribution months per bucket, same slots. */
  readonly months: number[]
  /** The oldest overdue age as months × 64 + days, −1 when nothing is overdue. */
  oldest: number
  notDue: Amount
  credit: Amount
}

/** The number of scheme slots (the codes of `SCHEME_CODES`, in order). */
const SCHEMES = 6
const SCHEME_INDEX: Readonly<Record<string, number>> = {
  BHXH_BB: 0,
  BHXH_TN: 1,
  BHYT: 2,
  BHTN: 3,
  BHXH: 4,
  ALL: 5,
}

/** An exact amount as a {@link Decimal}. */
export const amountToDecimal = (x: Amount): Decimal => new Decimal(typeof x === 'number' ? x : x.toString())

interface Config {
  readonly asOf: string
  readonly buckets: readonly AgingBucket[]
  readonly basis: AgingBasis
  readonly top: number
  readonly deadline: (month: string) => string
  readonly receivable: readonly (Amount | null)[]
}

const AGING_OPTIONS = ['asOf', 'buckets', 'basis', 'top', 'receivable', 'deadline']

function configOf(options: AgingOptions): Config {
  if (typeof options !== 'object' || options === null)
    throw invalid([], 'thiếu tùy chọn (asOf …)', 'options are missing (asOf …)')
  optionsAt(options, AGING_OPTIONS)
  const asOf = isoDateAt(options.asOf, ['asOf'])
  const buckets = agingBuckets(options.buckets ?? AGING_PRESETS.categories.buckets)
  if (buckets.length >= SLOT_BITS)
    throw invalid(['buckets'], `tối đa ${SLOT_BITS - 1} nhóm`, `at most ${SLOT_BITS - 1} buckets`)
  const basis = options.basis ?? 'employer'
  if (basis !== 'employer' && basis !== 'month')
    throw invalid(
      ['basis'],
      `${shown(basis)}: chỉ nhận 'employer' hoặc 'month'`,
      `${shown(basis)}: expected 'employer' or 'month'`,
    )
  const top = options.top ?? 5
  if (!Number.isSafeInteger(top) || top < 0)
    throw invalid(
      ['top'],
      `top phải là số nguyên không âm, không phải ${shown(top)}`,
      `top must be a whole number (0 or more), not ${shown(top)}`,
    )
  const deadline = options.deadline ?? paymentDeadline
  if (typeof deadline !== 'function')
    throw invalid(['deadline'], 'deadline phải là hàm', 'deadline must be a function')
  return { asOf, buckets, basis, top, deadline, receivable: receivableOf(options.receivable) }
}

function receivableOf(r: AgingOptions['receivable']): (Amount | null)[] {
  const slots: (Amount | null)[] = new Array(SCHEMES + 1).fill(null)
  if (r === undefined) return slots
  if (typeof r === 'object' && r !== null && typeof r !== 'bigint') {
    let sum: Amount = 0
    for (const [code, v] of Object.entries(r)) {
      if (!isSchemeCode(code))
        throw invalid(
          ['receivable', code],
          `«${code}» không phải mã loại hình`,
          `«${code}» is not a scheme code`,
        )
      const a = amountOf(v, ['receivable', code])
      slots[SCHEME_INDEX[code] as number] = a
      sum = addAmount(sum, a)
    }
    slots[SCHEMES] = sum
    return slots
  }
  slots[SCHEMES] = amountOf(r, ['receivable'])
  return slots
}

/**
 * Where a contribution month falls, packed in one small integer: `key × 1024 + slot` (the age
 * key and the bucket slot), or −1 when not yet overdue. One integer rather than an object keeps
 * the hot loop free of object shapes that other code could change (a measured 3× slowdown).
 */
const SLOT_BITS = 1024

function monthAger(config: Config): (month: string, index: number) => number {
  const cache = new Map<string, number>()
  const unbucketed = config.buckets.length
  return (month, index) => {
    const hit = cache.get(month)
    if (hit !== undefined) return hit
    if (!isContributionMonth(month))
      throw invalid(
        [index, 'month'],
        `${shown(month)} không phải tháng dạng YYYY-MM`,
        `${shown(month)} is not a YYYY-MM month`,
      )
    let deadline: string
    try {
      deadline = config.deadline(month)
    } catch (e) {
      if (e instanceof BhxhError)
        throw new BhxhError(e.code, { path: [index, 'month'], ...(e.detail ? { detail: e.detail } : {}) })
      throw e
    }
    const age = overdueAge(deadline, config.asOf)
    let packed = -1
    if (age !== null) {
      const i = config.buckets.findIndex((b) => inBucket(b, age))
      packed = (age.months * 64 + age.days) * SLOT_BITS + (i < 0 ? unbucketed : i)
    }
    cache.set(month, packed)
    return packed
  }
}

const newSchemeState = (slots: number): SchemeState => ({
  amount: new Array(slots).fill(0),
  interest: new Array(slots).fill(0),
  months: new Array(slots).fill(0),
  oldest: -1,
  notDue: 0,
  credit: 0,
})

/** A builder that reads records one at a time into a state. */
function accumulator(config: Config) {
  const employers = new Map<string, EmployerState>()
  const ageOf = monthAger(config)
  const slots = config.buckets.length + 1
  let count = 0
  const add = (r: DebtRecord): void => {
    const index = count++
    if (typeof r !== 'object' || r === null)
      throw invalid([index], 'mỗi bản ghi phải là một đối tượng', 'each record must be an object')
    if (index === 0) checkFields(r)
    const code = r.employer
    if (typeof code !== 'string' || code.length === 0)
      throw invalid([index, 'employer'], 'thiếu mã đơn vị', 'the unit code is missing')
    const si = SCHEME_INDEX[r.scheme as string]
    if (si === undefined || typeof r.scheme !== 'string')
      throw invalid(
        [index, 'scheme'],
        `${shown(r.scheme)} không phải mã loại hình`,
        `${shown(r.scheme)} is not a scheme code`,
      )
    const due = readAmount(r.due)
    if (due === null) throw badAmount(r.due, [index, 'due'])
    const paid = r.paid === undefined ? 0 : readAmount(r.paid)
    if (paid === null) throw badAmount(r.paid, [index, 'paid'])
    const interest = r.interest === undefined ? 0 : readAmount(r.interest)
    if (interest === null) throw badAmount(r.interest, [index, 'interest'])
    const name = r.name
    if (name !== undefined && typeof name !== 'string')
      throw invalid([index, 'name'], 'tên đơn vị phải là chuỗi', 'the name must be a string')
    const packed = ageOf(r.month, index)
    const slot = packed < 0 ? -1 : packed % SLOT_BITS
    const key = packed < 0 ? -1 : (packed - slot) / SLOT_BITS
    let e = employers.get(code)
    if (e === undefined) {
      e = { code, name: name ?? null, schemes: new Array(SCHEMES) }
      employers.set(code, e)
    } else if (e.name === null && name !== undefined) e.name = name
    let s = e.schemes[si]
    if (s === undefined) {
      s = newSchemeState(slots)
      e.schemes[si] = s
    }
    let rest: Amount
    if (typeof due === 'number' && typeof paid === 'number') {
      rest = due - paid
      if (rest < 0) {
        s.credit = addAmount(s.credit, -rest)
        rest = 0
      }
    } else {
      const [r0, over] = subtractAmount(due, paid)
      if (over !== 0) s.credit = addAmount(s.credit, over)
      rest = r0
    }
    if (slot < 0) {
      if (rest !== 0) s.notDue = addAmount(s.notDue, rest)
      return
    }
    if (rest === 0 && interest === 0) return
    s.amount[slot] = addAmount(s.amount[slot] as Amount, rest)
    if (interest !== 0) s.interest[slot] = addAmount(s.interest[slot] as Amount, interest)
    ;(s.months[slot] as number)++
    if (key > s.oldest) s.oldest = key
  }
  const done = (): AgingSummary =>
    summarize(
      config,
      { employers, receivable: config.receivable, missing: config.receivable.map((r) => r === null) },
      count,
    )
  return { add, done }
}

const FIELDS: Readonly<Record<string, true>> = {
  employer: true,
  name: true,
  scheme: true,
  month: true,
  due: true,
  paid: true,
  interest: true,
}

/**
 * Checks the first record's field names: a misspelt field (`paied`) from a mapping shows at
 * once. Later records are not checked, for speed; validate them with `DebtRecordSchema`.
 */
function checkFields(r: object): void {
  for (const key of Object.keys(r))
    if (FIELDS[key] !== true)
      throw invalid([0, key], `trường không xác định «${key}»`, `unknown field «${key}»`)
}

/** `x` if it is an aging summary; else the `invalid-input` error naming `path`. */
export function summaryAt(x: unknown, path: readonly (string | number)[]): AgingSummary {
  if (!isAgingSummary(x))
    throw invalid(
      path,
      `cần kết quả của ageArrears, không phải ${kindOf(x)}`,
      `expected a summary made by ageArrears, not ${kindOf(x)}`,
    )
  return x
}

const isAsync = (x: unknown): x is AsyncIterable<DebtRecord> =>
  typeof x === 'object' && x !== null && Symbol.asyncIterator in x && !(Symbol.iterator in x)

/**
 * Ages arrears: reads debt records (an array, any iterable, or an async iterable such as a
 * database cursor) and sums what is overdue on `asOf` by bucket, per scheme and overall.
 * Memory grows with the number of employers (one small state per employer and scheme), never
 * with the number of records.
 *
 * How long a month's debt is overdue is counted from its payment deadline
 * ({@link paymentDeadline}: the rule in force for that contribution month) to `asOf`, in
 * whole months and days, with the deadline day itself not counted and a month complete on the
 * same day of a later month (its last day when shorter): see {@link overdueAge}. A month whose
 * deadline is `asOf` or later is not overdue: its amount is in `notDue`.
 *
 * @param records - the debt records
 * @param options - the reporting date, buckets, how employers are counted, receivable
 * @returns the summary (a `Promise` of it for an async iterable)
 * @throws `BhxhError` `invalid-input` naming the record (by its position) and field that is
 *   wrong; `not-applicable` for a contribution month without a deadline rule
 *
 * @example
 * ```ts
 * const s = ageArrears(records, { asOf: '2020-09-30', buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'] })
 * s.overall.rows[1].label.vi   // 'trên 6 tháng'
 * s.overall.rows[1].employers  // 156
 * formatVnd(s.overall.rows[1].amount, { scale: 'tỷ' }) // '44,9 tỷ đồng'
 * ```
 */
export function ageArrears(records: AsyncIterable<DebtRecord>, options: AgingOptions): Promise<AgingSummary>
export function ageArrears(records: Iterable<DebtRecord>, options: AgingOptions): AgingSummary
export function ageArrears(
  records: Iterable<DebtRecord> | AsyncIterable<DebtRecord>,
  options: AgingOptions,
): AgingSummary | Promise<AgingSummary> {
  const config = configOf(options)
  const acc = accumulator(config)
  if (isAsync(records))
    return (async () => {
      for await (const r of records) acc.add(r)
      return acc.done()
    })()
  if (typeof records !== 'object' || records === null || !(Symbol.iterator in records))
    throw invalid(
      ['records'],
      'cần một mảng hoặc một iterable các bản ghi',
      'expected an array or an iterable of records',
    )
  if (Array.isArray(records)) for (let i = 0; i < records.length; i++) acc.add(records[i] as DebtRecord)
  else for (const r of records) acc.add(r)
  return acc.done()
}

/**
 * The empty summary: merging it with any summary gives that summary.
 *
 * @returns a summary of no records
 *
 * @example
 * ```ts
 * const total = shards.map((s) => ageArrears(s, options)).reduce(mergeAging, emptyAging())
 * ```
 */
export function emptyAging(): AgingSummary {
  const state: AgingState = {
    employers: new Map(),
    receivable: new Array(SCHEMES + 1).fill(null),
    missing: new Array(SCHEMES + 1).fill(false),
  }
  return summarize(null, state, 0)
}

const sameBuckets = (a: readonly AgingBucket[], b: readonly AgingBucket[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i] as AgingBucket
    return (
      x.from === y.from &&
      x.to === y.to &&
      x.fromInclusive === y.fromInclusive &&
      x.toInclusive === y.toInclusive
    )
  })

/**
 * Merges two summaries into the summary of both parts, as if their records had been aged in
 * one pass. Associative, with {@link emptyAging} as identity: shards, provinces or chunks of a
 * stream can be aged apart and merged in any grouping. An employer found in both parts is
 * one employer (its amounts add up; its name is the first one given).
 *
 * @param a - a summary
 * @param b - another, with the same reporting date, buckets, basis and `top`
 * @returns the summary of both
 * @throws `BhxhError` `period-mismatch` for different reporting dates; `invalid-input` for
 *   different buckets, basis or `top`
 *
 * @example
 * ```ts
 * // hai huyện, rồi cả tỉnh
 * const province = mergeAging(ageArrears(district1, options), ageArrears(district2, options))
 * ```
 */
export function mergeAging(a: AgingSummary, b: AgingSummary): AgingSummary {
  summaryAt(a, ['a'])
  summaryAt(b, ['b'])
  if (a.asOf === null || a.buckets === null) return b
  if (b.asOf === null || b.buckets === null) return a
  if (a.asOf !== b.asOf)
    throw new BhxhError('period-mismatch', {
      detail: detail(
        `ngày báo cáo ${a.asOf} và ${b.asOf} khác nhau`,
        `reporting dates ${a.asOf} and ${b.asOf} differ`,
      ),
    })
  if (!sameBuckets(a.buckets, b.buckets) || a.basis !== b.basis || a.top !== b.top)
    throw invalid(
      [],
      'hai bảng tuổi nợ dùng nhóm, cách tính hoặc top khác nhau',
      'the summaries use different buckets, basis or top',
    )
  const employers = new Map<string, EmployerState>()
  for (const e of a.state.employers.values()) employers.set(e.code, cloneEmployer(e))
  for (const e of b.state.employers.values()) {
    const mine = employers.get(e.code)
    if (mine === undefined) {
      employers.set(e.code, cloneEmployer(e))
      continue
    }
    if (mine.name === null) mine.name = e.name
    for (let i = 0; i < SCHEMES; i++) {
      const theirs = e.schemes[i]
      if (theirs === undefined) continue
      const s = mine.schemes[i]
      if (s === undefined) mine.schemes[i] = cloneScheme(theirs)
      else addScheme(s, theirs)
    }
  }
  const receivable = a.state.receivable.map((x, i) => {
    const y = b.state.receivable[i] ?? null
    return x === null ? y : y === null ? x : addAmount(x, y)
  })
  const missing = a.state.missing.map((x, i) => x || (b.state.missing[i] ?? false))
  const config = { asOf: a.asOf, buckets: a.buckets, basis: a.basis, top: a.top }
  return summarize(config, { employers, receivable, missing }, a.records + b.records)
}

const cloneScheme = (s: SchemeState): SchemeState => ({
  amount: [...s.amount],
  interest: [...s.interest],
  months: [...s.months],
  oldest: s.oldest,
  notDue: s.notDue,
  credit: s.credit,
})

const cloneEmployer = (e: EmployerState): EmployerState => ({
  code: e.code,
  name: e.name,
  schemes: e.schemes.map((s) => (s === undefined ? undefined : cloneScheme(s))),
})

function addScheme(s: SchemeState, t: SchemeState): void {
  for (let k = 0; k < s.amount.length; k++) {
    s.amount[k] = addAmount(s.amount[k] as Amount, t.amount[k] as Amount)
    s.interest[k] = addAmount(s.interest[k] as Amount, t.interest[k] as Amount)
    ;(s.months as number[])[k] = (s.months[k] as number) + (t.months[k] as number)
  }
  if (t.oldest > s.oldest) s.oldest = t.oldest
  s.notDue = addAmount(s.notDue, t.notDue)
  s.credit = addAmount(s.credit, t.credit)
}

/** A row being summed: employers, months, amount, interest, and candidates for the top. */
interface RowSum {
  employers: number
  months: number
  amount: Amount
  interest: Amount
  top: Candidate[]
}

interface Candidate {
  readonly employer: EmployerState
  readonly amount: Amount
  readonly oldest: number
}

/** Orders debtors largest first, then by unit code. */
const byDebt = (x: Candidate, y: Candidate): number =>
  compareAmount(y.amount, x.amount) ||
  (x.employer.code < y.employer.code ? -1 : x.employer.code > y.employer.code ? 1 : 0)

/** Keeps the `k` largest candidates in `list` (sorted), inserting `c`. */
function offer(list: Candidate[], c: Candidate, k: number): void {
  if (k === 0) return
  if (list.length === k && byDebt(c, list[k - 1] as Candidate) >= 0) return
  let i = list.length
  while (i > 0 && byDebt(c, list[i - 1] as Candidate) < 0) i--
  list.splice(i, 0, c)
  if (list.length > k) list.pop()
}

const newRow = (): RowSum => ({ employers: 0, months: 0, amount: 0, interest: 0, top: [] })

/** One table being summed: rows (buckets + unbucketed), overdue, not due, credit. */
interface TableSum {
  readonly rows: RowSum[]
  readonly overdue: RowSum
  notDueEmployers: number
  notDue: Amount
  credit: Amount
  used: boolean
}

const newTable = (slots: number): TableSum => ({
  rows: Array.from({ length: slots }, newRow),
  overdue: newRow(),
  notDueEmployers: 0,
  notDue: 0,
  credit: 0,
  used: false,
})

/** Adds one employer's state for a group of schemes (one scheme, or all) to a table. */
function addToTable(
  t: TableSum,
  e: EmployerState,
  parts: readonly SchemeState[],
  slots: number,
  basis: AgingBasis,
  top: number,
  findSlot: (key: number) => number,
): void {
  t.used = true
  let oldest = -1
  let total: Amount = 0
  let interestTotal: Amount = 0
  let months = 0
  let notDue: Amount = 0
  for (const s of parts) {
    if (s.oldest > oldest) oldest = s.oldest
    for (let k = 0; k < slots; k++) {
      total = addAmount(total, s.amount[k] as Amount)
      interestTotal = addAmount(interestTotal, s.interest[k] as Amount)
      months += s.months[k] as number
    }
    notDue = addAmount(notDue, s.notDue)
    t.credit = addAmount(t.credit, s.credit)
  }
  if (notDue !== 0) {
    t.notDue = addAmount(t.notDue, notDue)
    t.notDueEmployers++
  }
  if (months === 0) return
  const o = t.overdue
  o.employers++
  o.months += months
  o.amount = addAmount(o.amount, total)
  o.interest = addAmount(o.interest, interestTotal)
  offer(o.top, { employer: e, amount: total, oldest }, top)
  if (basis === 'employer') {
    const row = t.rows[findSlot(oldest)] as RowSum
    row.employers++
    row.months += months
    row.amount = addAmount(row.amount, total)
    row.interest = addAmount(row.interest, interestTotal)
    offer(row.top, { employer: e, amount: total, oldest }, top)
    return
  }
  for (let k = 0; k < slots; k++) {
    let amount: Amount = 0
    let interest: Amount = 0
    let m = 0
    for (const s of parts) {
      amount = addAmount(amount, s.amount[k] as Amount)
      interest = addAmount(interest, s.interest[k] as Amount)
      m += s.months[k] as number
    }
    if (m === 0) continue
    const row = t.rows[k] as RowSum
    row.employers++
    row.months += m
    row.amount = addAmount(row.amount, amount)
    row.interest = addAmount(row.interest, interest)
    offer(row.top, { employer: e, amount, oldest }, top)
  }
}

const NO_BUCKET: Messages = { vi: 'ngoài các nhóm', en: 'in no bucket' }
const OVERDUE: Messages = { vi: 'tổng số quá hạn', en: 'all overdue' }

function summarize(
  config: Pick<Config, 'asOf' | 'buckets' | 'basis' | 'top'> | null,
  state: AgingState,
  records: number,
): AgingSummary {
  const buckets = config?.buckets ?? []
  const slots = buckets.length + 1
  const basis = config?.basis ?? 'employer'
  const top = config?.top ?? 5
  const keySlot = new Map<number, number>()
  const findSlot = (key: number): number => {
    let s = keySlot.get(key)
    if (s === undefined) {
      const age = { months: Math.floor(key / 64), days: key % 64 }
      const i = buckets.findIndex((b) => inBucket(b, age))
      s = i < 0 ? buckets.length : i
      keySlot.set(key, s)
    }
    return s
  }
  const overall = newTable(slots)
  const perScheme: TableSum[] = Array.from({ length: SCHEMES }, () => newTable(slots))
  for (const e of state.employers.values()) {
    const parts: SchemeState[] = []
    for (let i = 0; i < SCHEMES; i++) {
      const s = e.schemes[i]
      if (s === undefined) continue
      parts.push(s)
      addToTable(perScheme[i] as TableSum, e, [s], slots, basis, top, findSlot)
    }
    if (parts.length > 0) addToTable(overall, e, parts, slots, basis, top, findSlot)
  }
  const schemes: Partial<Record<SchemeCode, AgingTable>> = {}
  SCHEME_CODES.forEach((code, i) => {
    const t = perScheme[i] as TableSum
    if (t.used) schemes[code] = table(t, buckets, state.missing[i] ? null : (state.receivable[i] ?? null))
  })
  return {
    kind: 'aging',
    asOf: config?.asOf ?? null,
    buckets: config ? buckets : null,
    basis,
    top,
    records,
    overall: table(overall, buckets, overallReceivable(state, perScheme)),
    schemes,
    state,
  }
}

/**
 * The receivable of the overall table: the one given for everything, or the sum of the
 * per-scheme ones when every scheme with records has one (else unknown: `null`).
 */
function overallReceivable(state: AgingState, perScheme: readonly TableSum[]): Amount | null {
  if (state.missing[SCHEMES]) return null
  const perSchemeGiven = state.receivable.slice(0, SCHEMES).some((r) => r !== null)
  if (perSchemeGiven)
    for (let i = 0; i < SCHEMES; i++)
      if ((perScheme[i] as TableSum).used && (state.receivable[i] === null || state.missing[i])) return null
  return state.receivable[SCHEMES] ?? null
}

function table(t: TableSum, buckets: readonly AgingBucket[], receivable: Amount | null): AgingTable {
  const total = amountToDecimal(t.overdue.amount)
  const row = (r: RowSum, bucket: AgingBucket | null, label: Messages): AgingRow => {
    const amount = amountToDecimal(r.amount)
    return {
      bucket,
      label,
      employers: r.employers,
      months: r.months,
      amount,
      interest: amountToDecimal(r.interest),
      share: total.isZero() ? null : amount.div(total),
      top: r.top.map((c) => ({
        employer: c.employer.code,
        name: c.employer.name,
        amount: amountToDecimal(c.amount),
        oldest: { months: Math.floor(c.oldest / 64), days: c.oldest % 64 },
      })),
    }
  }
  const rec = receivable === null ? null : amountToDecimal(receivable)
  return {
    rows: buckets.map((b, i) => row(t.rows[i] as RowSum, b, b.label)),
    unbucketed: row(t.rows[buckets.length] as RowSum, null, NO_BUCKET),
    overdue: row(t.overdue, null, OVERDUE),
    notDue: { employers: t.notDueEmployers, amount: amountToDecimal(t.notDue) },
    credit: amountToDecimal(t.credit),
    receivable: rec,
    ratioToReceivable: rec === null || rec.isZero() ? null : total.div(rec),
  }
}
