/**
 * The rules in force on a date, and the contributions they give: compulsory (per scheme, fund
 * and payer, with floors and caps), voluntary BHXH (with the state's support) and household
 * health insurance.
 * @module
 */
import { LATE_INTEREST_RATES, type LateInterestRate } from '../arrears/interest'
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { asInterval, type Quantity } from '../figure/calculator'
import { isDecimal } from '../figure/guards'
import { type Interval, mulIntervals, span } from '../figure/interval'
import { isObject, optionsAt, shown } from '../input'
import { quantityAt } from '../measure/common'
import type { Messages } from '../number/errors'
import { isIsoDate } from '../period/calendar'
import { CONTRIBUTION_RATES } from './rates'
import { schemeAt } from './schemes'
import type { AmountRow, Dated, Fund, MinimumWageRow, RateRow, ShareRow, WageRegion } from './tables'
import { HOUSEHOLD_HEALTH, type SupportGroup, VOLUNTARY_RULES, VOLUNTARY_SUPPORT } from './voluntary'
import { BASE_SALARY, MINIMUM_WAGES, REFERENCE_LEVEL_SOURCES, RURAL_POVERTY_LINE } from './wages'

/** The day the 2024 Law on Social Insurance took effect. */
const LAW_2024 = '2025-07-01'

const invalid = (path: string, vi: string, en: string): BhxhError =>
  new BhxhError('invalid-input', { path: [path], detail: detail(vi, en) })

const checkDate = (date: unknown): string => {
  if (!isIsoDate(date))
    throw invalid(
      'date',
      `${shown(date)} không phải ngày dạng YYYY-MM-DD`,
      `${shown(date)} is not a YYYY-MM-DD date`,
    )
  return date
}

const isDecimalInput = (x: unknown): boolean =>
  typeof x === 'string' || typeof x === 'number' || typeof x === 'bigint' || isDecimal(x)

/** The input object of a rule function: an object with only the `known` fields. */
const inputOf = <T extends object>(input: T, known: readonly string[]): T => {
  if (!isObject(input)) throw invalid('input', 'thiếu dữ liệu', 'input is missing')
  return optionsAt<T>(input, known)
}

/**
 * The rows of a table in force on a date.
 *
 * @param rows - a table (rows with `from` and `to`)
 * @param date - an ISO date
 * @returns the rows in force on that day
 *
 * @example
 * ```ts
 * inForce(BASE_SALARY, '2024-10-01')[0]?.value // '2340000'
 * ```
 */
export const inForce = <T extends Dated>(rows: readonly T[], date: string): T[] => {
  if (!Array.isArray(rows)) throw invalid('rows', 'cần một bảng (mảng)', 'expected a table (an array)')
  checkDate(date)
  return rows.filter((r: T) => isObject(r) && r.from <= date && (r.to === null || date <= r.to))
}

const one = <T extends Dated>(rows: readonly T[], date: string, what: { vi: string; en: string }): T => {
  const found = inForce(rows, date)[0]
  if (found === undefined)
    throw new BhxhError('not-applicable', {
      path: ['date'],
      detail: detail(
        `chưa có ${what.vi} cho ngày ${date} trong bảng`,
        `the table has no ${what.en} for ${date}`,
      ),
    })
  return found
}

/**
 * Everything the tables say is in force on a date.
 *
 * @example
 * ```ts
 * const r = rules('2024-10-01')
 * r.baseSalary?.value // '2340000'
 * r.minimumWages?.monthly[1] // '4960000'
 * ```
 */
export interface Rules {
  /** The date. */
  readonly date: string
  /** The compulsory contribution rates in force (including the reduced accident rate). */
  readonly rates: readonly RateRow[]
  /** The base salary (lương cơ sở), or `null` before the table starts. */
  readonly baseSalary: AmountRow | null
  /** The reference level (mức tham chiếu) of the 2024 law: the base salary from 2025-07-01; else `null`. */
  readonly referenceLevel: AmountRow | null
  /** The regional minimum wages, or `null` before the table starts. */
  readonly minimumWages: MinimumWageRow | null
  /** The rural poverty line (floor of voluntary BHXH), or `null`. */
  readonly ruralPovertyLine: AmountRow | null
  /** The voluntary BHXH rate and ceiling, or `null` where not sourced. */
  readonly voluntary: (typeof VOLUNTARY_RULES)[number] | null
  /** The state's support for voluntary BHXH, by group. */
  readonly voluntarySupport: readonly ShareRow<SupportGroup>[]
  /** Household health insurance: the first member's rate and the others' shares. */
  readonly household: readonly ShareRow<1 | 2 | 3 | 4 | 5>[]
  /** Late-payment interest rates in force. */
  readonly lateInterest: readonly LateInterestRate[]
}

/**
 * The rules in force on a date, as typed data with their sources.
 *
 * @param date - an ISO date
 * @returns every table's rows in force that day (`null` where a table has none)
 * @throws `BhxhError` `invalid-input` for a date that is not `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * rules('2026-11-23').baseSalary?.value   // '2530000' — Nghị định 161/2026/NĐ-CP
 * rules('2026-11-23').referenceLevel?.value // '2530000' — mức tham chiếu = lương cơ sở
 * ```
 */
export function rules(date: string): Rules {
  const d = checkDate(date)
  const baseSalary = inForce(BASE_SALARY, d)[0] ?? null
  return {
    date: d,
    rates: inForce(CONTRIBUTION_RATES, d),
    baseSalary,
    referenceLevel:
      d >= LAW_2024 && baseSalary !== null
        ? { ...baseSalary, sources: [...REFERENCE_LEVEL_SOURCES, ...baseSalary.sources] }
        : null,
    minimumWages: inForce(MINIMUM_WAGES, d)[0] ?? null,
    ruralPovertyLine: inForce(RURAL_POVERTY_LINE, d)[0] ?? null,
    voluntary: inForce(VOLUNTARY_RULES, d)[0] ?? null,
    voluntarySupport: inForce(VOLUNTARY_SUPPORT, d),
    household: inForce(HOUSEHOLD_HEALTH, d),
    lateInterest: inForce(LATE_INTEREST_RATES, d),
  }
}

/** Options of {@link rate}. */
export interface RateOptions {
  /** Only this payer's share; both when absent. */
  readonly payer?: 'employer' | 'employee'
  /** Only this fund. */
  readonly fund?: Fund
  /** Whether the employer qualifies for the reduced accident rate (0,3%). Default `false`. */
  readonly reducedAccidentRate?: boolean
}

/** The rate rows that apply: the reduced accident rate replaces the normal one when asked. */
function applicable(scheme: RateRow['scheme'], date: string, options: RateOptions): RateRow[] {
  const rows = inForce(CONTRIBUTION_RATES, date).filter((r) => r.scheme === scheme)
  const reduced = options.reducedAccidentRate === true && rows.some((r) => r.variant === 'reduced')
  return rows.filter(
    (r) =>
      (reduced ? !(r.fund === 'accident-disease' && r.variant === undefined) : r.variant === undefined) &&
      (options.payer === undefined || r.payer === options.payer) &&
      (options.fund === undefined || r.fund === options.fund),
  )
}

/**
 * The total compulsory rate of a scheme on a date (of the monthly salary on which it is paid).
 *
 * @param scheme - `BHXH_BB`, `BHYT` or `BHTN`
 * @param date - an ISO date
 * @param options - one payer, one fund, the reduced accident rate
 * @returns the rate, exact
 * @throws `BhxhError` `not-applicable` when the table has no rate for the scheme on that date
 *
 * @example
 * ```ts
 * rate('BHXH_BB', '2024-10-01').toString()                       // '0.255' — 8% + 3% + 0,5% + 14%
 * rate('BHXH_BB', '2024-10-01', { payer: 'employer' }).toString() // '0.175'
 * ```
 */
export function rate(scheme: RateRow['scheme'], date: string, options: RateOptions = {}): Decimal {
  schemeAt(scheme, ['scheme'])
  optionsAt(options, ['payer', 'fund', 'reducedAccidentRate'])
  const rows = applicable(scheme, checkDate(date), options)
  if (rows.length === 0)
    throw new BhxhError('not-applicable', {
      path: ['date'],
      detail: detail(
        `chưa có tỷ lệ đóng ${scheme} cho ngày ${date} trong bảng`,
        `the table has no ${scheme} rate for ${date}`,
      ),
    })
  return rows.reduce((sum, r) => sum.plus(r.rate), new Decimal(0))
}

/** One line of a {@link Contribution}: a fund and a payer. */
export interface ContributionLine {
  /** The fund. */
  readonly fund: Fund
  /** Who pays. */
  readonly payer: 'employer' | 'employee'
  /** The rate. */
  readonly rate: Decimal
  /** The amount, exact (đồng). */
  readonly amount: Decimal
  /** The table row. */
  readonly row: RateRow
}

/** The contribution to one scheme, in a {@link Contribution}. */
export interface SchemeContribution {
  /** The salary on which it is paid, after the floor and the cap. */
  readonly base: Decimal
  /** Whether the cap lowered it, and the cap. */
  readonly cap: Decimal | null
  /** Whether the floor raised it, and the floor. */
  readonly floor: Decimal | null
  /** Per fund and payer. */
  readonly lines: readonly ContributionLine[]
  /** The employer's total. */
  readonly employer: Decimal
  /** The employee's total. */
  readonly employee: Decimal
}

/** What {@link contribution} returns. */
export interface Contribution {
  /** Per scheme with rates in the table on that date. */
  readonly schemes: Readonly<Partial<Record<RateRow['scheme'], SchemeContribution>>>
  /** The employer's total over the schemes. */
  readonly employer: Decimal
  /** The employee's total over the schemes. */
  readonly employee: Decimal
  /** What was not applied for want of a sourced rule (vi/en). */
  readonly notes: readonly Messages[]
}

/** Options of {@link contribution}. */
export interface ContributionInput {
  /** The monthly salary (đồng). */
  readonly salary: DecimalLike
  /** The month's date (ISO). */
  readonly date: string
  /** The employer's minimum-wage region (vùng I–IV), for the BHTN cap. */
  readonly region?: WageRegion
  /** Whether the employer qualifies for the reduced accident rate. */
  readonly reducedAccidentRate?: boolean
}

/**
 * The monthly compulsory contribution for a salary: per scheme, fund and payer, with the floor
 * and the cap applied where the tables have them — BHXH and BHYT (paid on the same salary, QĐ
 * 959/QĐ-BHXH Điều 18) capped at 20 × the base salary (20 × the reference level from 2025-07-01,
 * which is also their floor, Luật BHXH 2024 Điều 31); BHTN capped at 20 × the regional minimum
 * wage (Luật Việc làm 2013 Điều 58) when `region` is given. Amounts are exact (no rounding).
 *
 * @param input - the salary, the date, the region, the reduced accident rate
 * @returns the contribution per scheme, and totals
 * @throws `BhxhError` `invalid-input` for a negative salary or a bad date
 *
 * @example
 * ```ts
 * // 10.000.000 đồng/tháng, tháng 10/2024: người lao động 8% BHXH = 800.000 đồng
 * contribution({ salary: 10_000_000, date: '2024-10-01' }).schemes.BHXH_BB?.employee.toString() // '800000'
 * ```
 */
export function contribution(input: ContributionInput): Contribution {
  inputOf(input, ['salary', 'date', 'region', 'reducedAccidentRate'])
  const date = checkDate(input.date)
  let salary: Decimal
  try {
    if (!isDecimalInput(input.salary)) throw new Error()
    salary = toDecimal(input.salary)
  } catch {
    throw invalid(
      'salary',
      `${shown(input.salary)} không phải số tiền`,
      `${shown(input.salary)} is not an amount`,
    )
  }
  if (salary.isNegative())
    throw invalid('salary', 'tiền lương không được âm', 'the salary must not be negative')
  const r = rules(date)
  const notes: { vi: string; en: string }[] = []
  const schemes: Partial<Record<RateRow['scheme'], SchemeContribution>> = {}
  let employer = new Decimal(0)
  let employee = new Decimal(0)
  for (const scheme of ['BHXH_BB', 'BHYT', 'BHTN'] as const) {
    const rows = applicable(scheme, date, { reducedAccidentRate: input.reducedAccidentRate === true })
    if (rows.length === 0) {
      notes.push({
        vi: `chưa có tỷ lệ đóng ${scheme} cho ngày ${date}`,
        en: `no ${scheme} rate for ${date} in the table`,
      })
      continue
    }
    let cap: Decimal | null = null
    let floor: Decimal | null = null
    if (scheme === 'BHXH_BB' || scheme === 'BHYT') {
      const unit = r.referenceLevel ?? r.baseSalary
      if (unit !== null) cap = new Decimal(unit.value).times(20)
      if (r.referenceLevel !== null) floor = new Decimal(r.referenceLevel.value)
    }
    if (scheme === 'BHTN') {
      if (input.region !== undefined && r.minimumWages !== null)
        cap = new Decimal(r.minimumWages.monthly[input.region]).times(20)
      else
        notes.push({
          vi: 'không áp mức trần BHTN vì thiếu vùng',
          en: 'BHTN cap not applied: no region given',
        })
    }
    let base = salary
    if (cap !== null && base.gt(cap)) base = cap
    if (floor !== null && base.lt(floor)) base = floor
    const lines = rows.map((row) => ({
      fund: row.fund,
      payer: row.payer,
      rate: new Decimal(row.rate),
      amount: base.times(row.rate),
      row,
    }))
    const sum = (payer: 'employer' | 'employee') =>
      lines.filter((l) => l.payer === payer).reduce((s, l) => s.plus(l.amount), new Decimal(0))
    const c: SchemeContribution = {
      base,
      cap: cap !== null && salary.gt(cap) ? cap : null,
      floor: floor !== null && salary.lt(floor) ? floor : null,
      lines,
      employer: sum('employer'),
      employee: sum('employee'),
    }
    schemes[scheme] = c
    employer = employer.plus(c.employer)
    employee = employee.plus(c.employee)
  }
  return { schemes, employer, employee, notes }
}

/** What {@link voluntaryContribution} returns. */
export interface VoluntaryContribution {
  /** The contribution due for the months paid: 22% × income × months. */
  readonly due: Decimal
  /** The state's support: share × 22% × rural poverty line × months. */
  readonly support: Decimal
  /** What the participant pays. */
  readonly net: Decimal
  /** The rows applied. */
  readonly rows: readonly Dated[]
}

/**
 * The voluntary BHXH contribution for an income and a payment mode (1, 3, 6 or 12 months at a
 * time), with the state's support for the participant's group. Multi-year payments ahead (a
 * discount) or for missing years (a surcharge) are not computed: their rates were not found in a
 * citable text.
 *
 * @param input - the chosen monthly income, the months paid at once, the date, the group
 * @returns due, support and net, exact
 * @throws `BhxhError` `invalid-input` for an income outside the floor and the ceiling, or months
 *   other than 1, 3, 6, 12; `not-applicable` for a date or group without sourced rules
 *
 * @example
 * ```ts
 * // ở mức sàn 1.500.000 đồng, hộ nghèo (hỗ trợ 50%): phải đóng 330.000, Nhà nước hỗ trợ 165.000
 * voluntaryContribution({ income: 1_500_000, months: 1, date: '2025-09-01', group: 'poor' }).net.toString() // '165000'
 * ```
 */
export function voluntaryContribution(input: {
  readonly income: DecimalLike
  readonly months: 1 | 3 | 6 | 12
  readonly date: string
  readonly group: SupportGroup
}): VoluntaryContribution {
  inputOf(input, ['income', 'months', 'date', 'group'])
  const date = checkDate(input.date)
  if (![1, 3, 6, 12].includes(input.months))
    throw invalid(
      'months',
      'chỉ tính được đóng 1, 3, 6 hoặc 12 tháng một lần',
      'only 1, 3, 6 or 12 months at a time can be computed',
    )
  const rule = one(VOLUNTARY_RULES, date, { vi: 'quy định BHXH tự nguyện', en: 'voluntary BHXH rule' })
  const floorRow = one(RURAL_POVERTY_LINE, date, { vi: 'chuẩn nghèo nông thôn', en: 'rural poverty line' })
  const reference = one(BASE_SALARY, date, { vi: 'mức tham chiếu', en: 'reference level' })
  const supportRow = inForce(VOLUNTARY_SUPPORT, date).find((r) => r.key === input.group)
  if (supportRow === undefined)
    throw new BhxhError('not-applicable', {
      path: ['group'],
      detail: detail(
        `chưa có mức hỗ trợ cho nhóm ${shown(input.group)} ngày ${date}`,
        `no support level for ${shown(input.group)} on ${date}`,
      ),
    })
  if (!isDecimalInput(input.income))
    throw invalid(
      'income',
      `${shown(input.income)} không phải số tiền`,
      `${shown(input.income)} is not an amount`,
    )
  const income = toDecimal(input.income)
  const floor = new Decimal(floorRow.value)
  const ceiling = new Decimal(reference.value).times(rule.ceilingMultiple)
  if (income.lt(floor) || income.gt(ceiling))
    throw invalid(
      'income',
      `thu nhập phải từ ${floor.toString()} đến ${ceiling.toString()} đồng`,
      `the income must be between ${floor.toString()} and ${ceiling.toString()} đồng`,
    )
  const due = income.times(rule.rate).times(input.months)
  const support = floor.times(rule.rate).times(supportRow.share).times(input.months)
  return { due, support, net: due.minus(support), rows: [rule, floorRow, reference, supportRow] }
}

/**
 * The most members {@link householdHealthContribution} takes (its result lists each one).
 *
 * @example
 * ```ts
 * householdHealthContribution({ members: MAX_HOUSEHOLD_MEMBERS + 1, date: '2025-01-01' }) // throws invalid-input at members
 * ```
 */
export const MAX_HOUSEHOLD_MEMBERS = 1000

/**
 * What {@link householdHealthContribution} returns.
 *
 * @example
 * ```ts
 * householdHealthContribution({ members: 2, date: '2025-01-01' }).total.toString() // '179010' — 105.300 + 73.710
 * ```
 */
export interface HouseholdContribution {
  /** Each member's monthly amount, in order (đồng, exact). */
  readonly members: readonly Decimal[]
  /** Their total. */
  readonly total: Decimal
}

/**
 * Household health insurance for a household of `members`: per member, the first 4,5% of the
 * base salary, the second 70% of that, the third 60%, the fourth 50%, the fifth and later 40%.
 *
 * The result lists every member, so `members` is bounded by {@link MAX_HOUSEHOLD_MEMBERS}: a
 * bound on the size of the answer (a count of billions would build an array of billions), not a
 * legal rule.
 *
 * @param input - the number of members and the date
 * @returns each member's monthly amount (exact) and the total
 * @throws `BhxhError` `invalid-input` for fewer than one member or more than
 *   {@link MAX_HOUSEHOLD_MEMBERS}; `not-applicable` before the tables
 *
 * @example
 * ```ts
 * // lương cơ sở 2.340.000: 105.300 / 73.710 / 63.180 / 52.650 / 42.120 đồng mỗi tháng
 * householdHealthContribution({ members: 5, date: '2025-01-01' }).members.map(String)
 * ```
 */
export function householdHealthContribution(input: {
  readonly members: number
  readonly date: string
}): HouseholdContribution {
  inputOf(input, ['members', 'date'])
  const date = checkDate(input.date)
  if (!Number.isSafeInteger(input.members) || input.members < 1 || input.members > MAX_HOUSEHOLD_MEMBERS)
    throw invalid(
      'members',
      `số thành viên phải là số nguyên từ 1 đến ${MAX_HOUSEHOLD_MEMBERS}`,
      `members must be a whole number from 1 to ${MAX_HOUSEHOLD_MEMBERS}`,
    )
  const base = new Decimal(one(BASE_SALARY, date, { vi: 'lương cơ sở', en: 'base salary' }).value)
  const rows = inForce(HOUSEHOLD_HEALTH, date)
  const share = (k: number) => rows.find((r) => r.key === Math.min(k, 5))?.share
  const firstRate = share(1)
  if (firstRate === undefined)
    throw new BhxhError('not-applicable', {
      path: ['date'],
      detail: detail(`chưa có mức đóng BHYT hộ gia đình ngày ${date}`, `no household rate on ${date}`),
    })
  const first = base.times(firstRate)
  const members = Array.from({ length: input.members }, (_, i) =>
    i === 0 ? first : first.times(share(i + 1) as string),
  )
  return { members, total: members.reduce((s, m) => s.plus(m), new Decimal(0)) }
}

/**
 * A plausible range for a reported revenue: participants × average contribution base × the
 * scheme's total rate × months, in interval arithmetic from the figures as written. A signal for
 * the checker (far outside it, a revenue figure is suspect), not a proof: the real base varies.
 *
 * @param input - participants and average monthly base (figures, intervals or exact values), the
 *   scheme, the date of the rates, and the number of months
 * @returns the interval of expected revenue (đồng)
 * @throws as {@link rate}
 *
 * @example
 * ```ts
 * // khoảng 100.000 người, lương đóng bình quân 6–7 triệu, 12 tháng BHXH bắt buộc năm 2024
 * expectedRevenue({ participants: figure('khoảng 100.000 người'), averageBase: interval('6000000', '7000000'), scheme: 'BHXH_BB', date: '2024-01-01', months: 12 })
 * ```
 */
export function expectedRevenue(input: {
  readonly participants: Quantity
  readonly averageBase: Quantity
  readonly scheme: RateRow['scheme']
  readonly date: string
  readonly months?: number
}): Interval {
  inputOf(input, ['participants', 'averageBase', 'scheme', 'date', 'months'])
  quantityAt(input.participants, ['participants'])
  quantityAt(input.averageBase, ['averageBase'])
  const months = input.months ?? 1
  if (!Number.isSafeInteger(months) || months < 1)
    throw invalid('months', 'số tháng phải là số nguyên từ 1', 'months must be a whole number from 1')
  const r = rate(input.scheme, input.date)
  const perMonth = mulIntervals(asInterval(input.participants), asInterval(input.averageBase))
  return mulIntervals(perMonth, span(r.times(months), r.times(months)))
}
