/**
 * From a ledger of charges and payments to the debt by contribution month: payments allocated
 * in the order the rules set, and late-payment interest accrued day by day on what stays
 * unpaid.
 * @module
 */
import { Decimal } from '../decimal'
import { BhxhError } from '../errors'
import { shown } from '../input'
import type { LegalSource } from '../legal'
import { dateOfDayNumber, dayNumber, ymd } from '../period/calendar'
import type { SingleSchemeCode } from '../scheme/schemes'
import { amountToDecimal, type DebtRecord } from './aging'
import { amountOf } from './amount'
import { isContributionMonth, paymentDeadline } from './deadline'
import { dayAt, invalid } from './input'
import { type LateInterestRate, lateInterest } from './interest'

/**
 * A line of an employer's ledger: a charge (what is due for a contribution month of a scheme)
 * or a payment (money received on a date, not yet allocated).
 *
 * @example
 * ```ts
 * const entries: LedgerEntry[] = [
 *   { kind: 'charge', employer: 'TA0001A', scheme: 'BHXH_BB', month: '2025-07', amount: 32_500_000 },
 *   { kind: 'payment', employer: 'TA0001A', date: '2025-10-15', amount: 20_000_000 },
 * ]
 * ```
 */
export type LedgerEntry =
  | {
      /** A charge. */
      readonly kind: 'charge'
      /** The unit code. */
      readonly employer: string
      /** The employer's name, when known. */
      readonly name?: string
      /** The scheme. */
      readonly scheme: SingleSchemeCode
      /** The contribution month, `YYYY-MM`. */
      readonly month: string
      /** The amount due, in đồng. */
      readonly amount: number | bigint | string
    }
  | {
      /** A payment. */
      readonly kind: 'payment'
      /** The unit code. */
      readonly employer: string
      /** The employer's name, when known. */
      readonly name?: string
      /** The day the money was received (ISO date); interest stops the day before. */
      readonly date: string
      /** The amount received, in đồng. */
      readonly amount: number | bigint | string
    }

/**
 * The order in which a payment is allocated: schemes first to last, and within a scheme the
 * oldest contribution month first. The default scheme order is that of Nghị định
 * 233/2025/NĐ-CP, Điều 7, khoản 4 (and of Quyết định 60/2015/QĐ-TTg before it): BHYT, then BHTN,
 * then BHXH. Money owed to employees who are claiming benefits comes first by the same rule;
 * a ledger by employer does not show it, so it is not modelled.
 *
 * @example
 * ```ts
 * ALLOCATION_ORDER // ['BHYT', 'BHTN', 'BHXH_BB', 'BHXH_TN'] — BHYT trước, rồi BHTN, rồi BHXH
 * ```
 */
export const ALLOCATION_ORDER: readonly SingleSchemeCode[] = ['BHYT', 'BHTN', 'BHXH_BB', 'BHXH_TN']

/**
 * The source of {@link ALLOCATION_ORDER}.
 *
 * @example
 * ```ts
 * ALLOCATION_SOURCE.provision // 'Điều 7, khoản 4'
 * ```
 */
export const ALLOCATION_SOURCE: LegalSource = {
  document: 'Nghị định 233/2025/NĐ-CP ngày 26/8/2025 (trước đó: Quyết định 60/2015/QĐ-TTg)',
  provision: 'Điều 7, khoản 4',
  url: 'https://news.laodong.vn/cong-doan/phan-bo-tien-dong-bhxh-bhyt-bhtn-nhu-the-nao-1628464.ldo',
}

/**
 * Options of {@link ledgerDebts}.
 *
 * @example
 * ```ts
 * ledgerDebts(entries, { asOf: '2025-12-31', first: 'interest' }) // trả lãi trước, gốc sau
 * ```
 */
export interface LedgerOptions {
  /** The reporting date (ISO): payments after it are left out; interest runs to it. */
  readonly asOf: string
  /** The scheme order of allocation; default {@link ALLOCATION_ORDER}. */
  readonly order?: readonly SingleSchemeCode[]
  /**
   * Within a month, whether the interest accrued is paid before the principal (`interest`) or
   * after it (`principal`, the default: the rules list "số tiền phải đóng và số tiền chậm đóng"
   * in that order; neither order is stated outright in a source we found).
   */
  readonly first?: 'principal' | 'interest'
  /** Late-payment rates: a rate per day, or table rows (default the table). */
  readonly rate?: string | number | readonly LateInterestRate[]
  /** The payment deadline of a contribution month; default {@link paymentDeadline}. */
  readonly deadline?: (month: string) => string
  /** Whether to accrue interest at all; default `true`. */
  readonly interest?: boolean
}

/**
 * The interest of one employer, scheme and contribution month, in a {@link LedgerDebts}.
 *
 * @example
 * ```ts
 * ledgerDebts(entries, { asOf: '2025-09-30' }).interest[0] // { employer: 'A', scheme: 'BHXH_BB', month: '2025-07', accrued: Decimal(30000), paid: Decimal(0) }
 * ```
 */
export interface MonthInterest {
  /** The unit code. */
  readonly employer: string
  /** The scheme. */
  readonly scheme: SingleSchemeCode
  /** The contribution month. */
  readonly month: string
  /** Accrued to `asOf`, rounded half up to the đồng. */
  readonly accrued: Decimal
  /** Of which paid. */
  readonly paid: Decimal
}

/**
 * Money an employer paid beyond everything charged, in a {@link LedgerDebts}.
 *
 * @example
 * ```ts
 * ledgerDebts(entries, { asOf: '2025-09-30' }).credits // [{ employer: 'B', amount: Decimal(500000) }] — nộp thừa
 * ```
 */
export interface Credit {
  /** The unit code. */
  readonly employer: string
  /** The amount (đồng). */
  readonly amount: Decimal
}

/**
 * What {@link ledgerDebts} returns.
 *
 * @example
 * ```ts
 * const { records } = ledgerDebts(entries, { asOf: '2025-12-31' })
 * ageArrears(records, { asOf: '2025-12-31' }).overall.overdue.interest // tổng tiền lãi chậm đóng
 * ```
 */
export interface LedgerDebts {
  /** One record per employer, scheme and month: due, paid, and interest still owed. */
  readonly records: readonly DebtRecord[]
  /** Interest accrued per employer, scheme and month (paid or not). */
  readonly interest: readonly MonthInterest[]
  /** Money received beyond everything charged, per employer. */
  readonly credits: readonly Credit[]
  /** Payments dated after `asOf`, left out. */
  readonly later: number
}

interface Item {
  readonly scheme: SingleSchemeCode
  readonly month: string
  due: Decimal
  paid: Decimal
  /** The first day late (day number) and its ISO date. */
  readonly lateFrom: number
  readonly lateFromDate: string
  /** Interest accrued (exact) up to `accruedTo` (day number, exclusive). */
  accrued: Decimal
  accruedTo: number
  interestPaid: Decimal
}

const dn = (date: string): number => {
  const [y, m, d] = ymd(date)
  return dayNumber(y, m, d)
}

/**
 * Derives the debt by contribution month from employers' ledgers of charges and payments, as of
 * a date. Each payment is allocated on its date, in the order of `order` (by scheme), oldest
 * month first, principal and interest as `first` says; interest accrues on each day a month's
 * unpaid principal is late (from the day after its deadline, to the day before the payment
 * that clears it, or to `asOf`), at the rate in force that day ({@link lateInterest}).
 *
 * @param entries - charges and payments, in any order
 * @param options - the reporting date, allocation order, rates
 * @returns debt records for {@link ageArrears}, interest per employer and month, credits
 * @throws `BhxhError` `invalid-input` naming the entry (by position) and field that is wrong;
 *   `not-applicable` for days without a late-payment rate (pass `rate`)
 *
 * @example
 * ```ts
 * // Tháng 7/2025: phải đóng 10.000.000 đồng, hạn 31/8/2025; nộp đủ ngày 11/9/2025
 * // → chậm 10 ngày (01/9 – 10/9): 10.000.000 × 0,03% × 10 = 30.000 đồng
 * ledgerDebts([
 *   { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
 *   { kind: 'payment', employer: 'A', date: '2025-09-11', amount: 10_000_000 },
 * ], { asOf: '2025-09-30' }).interest[0].accrued.toString() // '30000'
 * ```
 */
export function ledgerDebts(entries: Iterable<LedgerEntry>, options: LedgerOptions): LedgerDebts {
  if (typeof options !== 'object' || options === null)
    throw invalid([], 'thiếu tùy chọn (asOf …)', 'options are missing (asOf …)')
  const asOf = dayAt(options.asOf, ['asOf'])
  const order = options.order ?? ALLOCATION_ORDER
  const rank = new Map(order.map((s, i) => [s, i]))
  const deadline = options.deadline ?? paymentDeadline
  const accrue = options.interest ?? true
  const interestFirst = options.first === 'interest'
  const byEmployer = new Map<
    string,
    { name: string | null; items: Map<string, Item>; payments: [number, Decimal][] }
  >()
  let later = 0
  let index = 0
  for (const e of entries) {
    const i = index++
    if (typeof e !== 'object' || e === null)
      throw invalid([i], 'mỗi dòng phải là một đối tượng', 'each entry must be an object')
    if (typeof e.employer !== 'string' || e.employer === '')
      throw invalid([i, 'employer'], 'thiếu mã đơn vị', 'the unit code is missing')
    const amount = amountToDecimal(amountOf(e.amount, [i, 'amount']))
    let emp = byEmployer.get(e.employer)
    if (emp === undefined) {
      emp = { name: e.name ?? null, items: new Map(), payments: [] }
      byEmployer.set(e.employer, emp)
    } else if (emp.name === null && e.name !== undefined) emp.name = e.name
    if (e.kind === 'payment') {
      const d = dayAt(e.date, [i, 'date'])
      if (d > asOf) later++
      else emp.payments.push([d, amount])
      continue
    }
    if (e.kind !== 'charge')
      throw invalid(
        [i, 'kind'],
        `${shown((e as { kind: unknown }).kind)}: chỉ nhận 'charge' hoặc 'payment'`,
        `${shown((e as { kind: unknown }).kind)}: expected 'charge' or 'payment'`,
      )
    if (!rank.has(e.scheme))
      throw invalid(
        [i, 'scheme'],
        `${shown(e.scheme)} không có trong thứ tự phân bổ`,
        `${shown(e.scheme)} is not in the allocation order`,
      )
    if (!isContributionMonth(e.month))
      throw invalid(
        [i, 'month'],
        `${shown(e.month)} không phải tháng dạng YYYY-MM`,
        `${shown(e.month)} is not a YYYY-MM month`,
      )
    const key = `${e.scheme} ${e.month}`
    const item = emp.items.get(key)
    if (item !== undefined) {
      item.due = item.due.plus(amount)
      continue
    }
    let due: string
    try {
      due = deadline(e.month)
    } catch (error) {
      if (error instanceof BhxhError)
        throw new BhxhError(error.code, {
          path: [i, 'month'],
          ...(error.detail ? { detail: error.detail } : {}),
        })
      throw error
    }
    const lateFrom = dn(due) + 1
    emp.items.set(key, {
      scheme: e.scheme,
      month: e.month,
      due: amount,
      paid: new Decimal(0),
      lateFrom,
      lateFromDate: addDays(due, 1),
      accrued: new Decimal(0),
      accruedTo: lateFrom,
      interestPaid: new Decimal(0),
    })
  }

  const records: DebtRecord[] = []
  const interest: MonthInterest[] = []
  const credits: Credit[] = []
  const accrueTo = (item: Item, until: number): void => {
    // interest on the unpaid principal for the days [accruedTo, until)
    if (!accrue || until <= item.accruedTo) return
    const unpaid = item.due.minus(item.paid)
    if (unpaid.gt(0)) {
      const r = lateInterest(unpaid.toFixed(0), {
        from: dateOfDayNumber(item.accruedTo),
        to: dateOfDayNumber(until - 1),
        scheme: item.scheme,
        lateSince: item.lateFromDate,
        ...(options.rate === undefined ? {} : { rate: options.rate }),
      })
      item.accrued = item.accrued.plus(r.exact)
    }
    item.accruedTo = until
  }
  for (const [code, emp] of byEmployer) {
    const items = [...emp.items.values()].sort(
      (a, b) =>
        (rank.get(a.scheme) as number) - (rank.get(b.scheme) as number) ||
        (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
    )
    emp.payments.sort((a, b) => a[0] - b[0])
    let credit = new Decimal(0)
    for (const [date, amount] of emp.payments) {
      let left = amount
      for (const item of items) {
        if (left.isZero()) break
        accrueTo(item, date)
        const owedInterest = item.accrued.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).minus(item.interestPaid)
        const payInterest = (): void => {
          const x = Decimal.min(left, Decimal.max(owedInterest, 0))
          item.interestPaid = item.interestPaid.plus(x)
          left = left.minus(x)
        }
        if (interestFirst) payInterest()
        const x = Decimal.min(left, item.due.minus(item.paid))
        item.paid = item.paid.plus(x)
        left = left.minus(x)
        if (!interestFirst) payInterest()
      }
      credit = credit.plus(left)
    }
    for (const item of items) {
      accrueTo(item, asOf + 1)
      const accrued = item.accrued.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      interest.push({
        employer: code,
        scheme: item.scheme,
        month: item.month,
        accrued,
        paid: item.interestPaid,
      })
      records.push({
        employer: code,
        ...(emp.name === null ? {} : { name: emp.name }),
        scheme: item.scheme,
        month: item.month,
        due: item.due.toFixed(0),
        paid: item.paid.toFixed(0),
        interest: Decimal.max(accrued.minus(item.interestPaid), 0).toFixed(0),
      })
    }
    if (credit.gt(0)) credits.push({ employer: code, amount: credit })
  }
  return { records, interest, credits, later }
}

const addDays = (date: string, k: number): string => dateOfDayNumber(dn(date) + k)
