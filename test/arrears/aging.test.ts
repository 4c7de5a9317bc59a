/**
 * ageArrears: a five-employer ledger aged by hand (both bases, per scheme, receivable), the
 * seeds' two-bucket report (BHXH Tiền Giang, 2023) rebuilt from synthetic records and checked
 * with checkAging, inputs (arrays, iterables, async iterables) and their errors, exact amounts
 * past 2^53, and fast-check properties: mergeAging is associative with emptyAging as identity,
 * aging in parts and merging equals aging in one pass, and every table adds up against an
 * independent model of the rules (deadline = last day of the month, civil-law months by Date).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AGING_PRESETS,
  type AgingBasis,
  type AgingOptions,
  type AgingRow,
  type AgingSummary,
  type AgingTable,
  ageArrears,
  averageDebt,
  checkAging,
  checkAgingTotal,
  type DebtRecord,
  emptyAging,
  mergeAging,
  type ReportedBucket,
} from '../../src/arrears'
import { bhxhError } from '../helpers'

/** A row as plain values: counts, amounts and share as strings. */
const row = (r: AgingRow) => ({
  employers: r.employers,
  months: r.months,
  amount: r.amount.toString(),
  interest: r.interest.toString(),
  share: r.share === null ? null : r.share.toString(),
})
/** The largest debtors of a row, as plain values. */
const top = (r: AgingRow) =>
  r.top.map((d) => ({ employer: d.employer, name: d.name, amount: d.amount.toString(), oldest: d.oldest }))
/** A table's rows by label. */
const rows = (t: AgingTable) => Object.fromEntries(t.rows.map((r) => [r.label.vi, row(r)]))

const UNDER1 = 'dưới 1 tháng'
const ONE_TO_3 = 'từ 1 tháng đến dưới 3 tháng'
const OVER3 = 'từ 3 tháng trở lên'
const EMPTY_ROW = { employers: 0, months: 0, amount: '0', interest: '0' }

/*
 * The ledger, aged on 30/9/2020. Before July 2025 the deadline is the last day of the
 * contribution month (QĐ 595/QĐ-BHXH), and a month is complete on the same day of a later
 * month, or its last day when shorter:
 *   2020-01: deadline 31/01; 31/01 + 8 months = 31/09 → 30/09 → age {8, 0} → từ 3 tháng trở lên
 *   2020-05: deadline 31/05; + 4 months = 30/09               → {4, 0} → từ 3 tháng trở lên
 *   2020-06: deadline 30/06; + 3 months = 30/09               → {3, 0} → từ 3 tháng trở lên
 *   2020-07: deadline 31/07; + 2 months = 30/09               → {2, 0} → từ 1 tháng đến dưới 3 tháng
 *   2020-08: deadline 31/08; + 1 month  = 30/09               → {1, 0} → từ 1 tháng đến dưới 3 tháng
 *   2020-09: deadline 30/09 = asOf                             → not yet overdue (notDue)
 * No month is "dưới 1 tháng" on 30/9: every deadline is a month end, so every age is whole months.
 *
 *  #  employer  scheme   month    due          paid         interest   outstanding (due − paid)
 *  0  A         BHXH_BB  2020-08  40.000.000   10.000.000              30.000.000  {1,0}
 *  1  A         BHYT     2020-08   8.000.000                            8.000.000  {1,0}
 *  2  A         BHXH_BB  2020-09  40.000.000                           40.000.000  not due
 *  3  B         BHXH_BB  2020-06  25.000.000   15.000.000   300.000    10.000.000  {3,0}
 *  4  B         BHXH_BB  2020-07  20.000.000                           20.000.000  {2,0}
 *  5  B         BHTN     2020-07   5.000.000                            5.000.000  {2,0}
 *  6  C         BHXH_BB  2020-01  100.000.000             4.200.000   100.000.000  {8,0}
 *  7  C         BHYT     2020-01  15.000.000   15.000.000    50.000             0  {8,0} (interest only: counted)
 *  8  D         BHXH_BB  2020-08  10.000.000   12.000.000                       0  credit 2.000.000
 *  9  D         BHTN     2020-08   3.000.000                            3.000.000  {1,0}
 * 10  E         BHXH_BB  2020-09   8.000.000                            8.000.000  not due
 * 11  E         BHYT     2020-05  25.000.000    1.000.000              24.000.000  {4,0}
 *
 * Overdue by employer: A 38.000.000 (2 months, oldest {1,0}); B 35.000.000 (3 months, oldest
 * {3,0}, interest 300.000); C 100.000.000 (2 months, oldest {8,0}, interest 4.250.000);
 * D 3.000.000 (1 month, {1,0}); E 24.000.000 (1 month, {4,0}). Total 200.000.000.
 */
const A = 'TA0001A'
const B = 'TB0002B'
const C = 'TC0003C'
const D = 'TD0004D'
const E = 'TE0005E'
const LEDGER: readonly DebtRecord[] = [
  { employer: A, name: 'Công ty A', scheme: 'BHXH_BB', month: '2020-08', due: 40_000_000, paid: 10_000_000 },
  { employer: A, scheme: 'BHYT', month: '2020-08', due: 8_000_000 },
  { employer: A, scheme: 'BHXH_BB', month: '2020-09', due: 40_000_000, paid: 0 },
  {
    employer: B,
    name: 'Công ty B',
    scheme: 'BHXH_BB',
    month: '2020-06',
    due: 25_000_000,
    paid: 15_000_000,
    interest: 300_000,
  },
  { employer: B, scheme: 'BHXH_BB', month: '2020-07', due: '20000000' },
  { employer: B, scheme: 'BHTN', month: '2020-07', due: 5_000_000 },
  {
    employer: C,
    name: 'Công ty C',
    scheme: 'BHXH_BB',
    month: '2020-01',
    due: '100000000',
    interest: 4_200_000,
  },
  { employer: C, scheme: 'BHYT', month: '2020-01', due: 15_000_000, paid: 15_000_000, interest: '50000' },
  { employer: D, scheme: 'BHXH_BB', month: '2020-08', due: 10_000_000, paid: 12_000_000 },
  { employer: D, scheme: 'BHTN', month: '2020-08', due: 3_000_000n },
  { employer: E, name: 'Công ty E', scheme: 'BHXH_BB', month: '2020-09', due: 8_000_000 },
  { employer: E, scheme: 'BHYT', month: '2020-05', due: 25_000_000, paid: 1_000_000n },
]
const ASOF = '2020-09-30'

describe('ageArrears: a five-employer ledger by hand (30/9/2020)', () => {
  const s = ageArrears(LEDGER, { asOf: ASOF })

  it('reads the options', () => {
    expect(s.kind).toBe('aging')
    expect(s.asOf).toBe(ASOF)
    expect(s.basis).toBe('employer')
    expect(s.top).toBe(5)
    expect(s.records).toBe(12)
    // default buckets: the categories preset
    expect(s.buckets?.map((b) => b.label.vi)).toEqual([UNDER1, ONE_TO_3, OVER3])
  })

  it("basis 'employer': each employer in the bucket of its oldest overdue month, with all it owes", () => {
    // từ 1 đến dưới 3 tháng: A (oldest {1,0}) 38.000.000 + D ({1,0}) 3.000.000 = 41.000.000; months 2 + 1
    // từ 3 tháng trở lên: B ({3,0}) 35.000.000 + C ({8,0}) 100.000.000 + E ({4,0}) 24.000.000
    //   = 159.000.000; months 3 + 2 + 1 = 6; interest 300.000 + 4.200.000 + 50.000 = 4.550.000
    // shares: 41/200 = 0,205; 159/200 = 0,795
    expect(rows(s.overall)).toEqual({
      [UNDER1]: { ...EMPTY_ROW, share: '0' },
      [ONE_TO_3]: { employers: 2, months: 3, amount: '41000000', interest: '0', share: '0.205' },
      [OVER3]: { employers: 3, months: 6, amount: '159000000', interest: '4550000', share: '0.795' },
    })
    expect(row(s.overall.unbucketed)).toEqual({ ...EMPTY_ROW, share: '0' })
    // 5 employers, 3 + 6 = 9 months, 41 + 159 = 200 triệu
    expect(row(s.overall.overdue)).toEqual({
      employers: 5,
      months: 9,
      amount: '200000000',
      interest: '4550000',
      share: '1',
    })
    expect(s.overall.overdue.label).toEqual({ vi: 'tổng số quá hạn', en: 'all overdue' })
    expect(s.overall.unbucketed.label).toEqual({ vi: 'ngoài các nhóm', en: 'in no bucket' })
  })

  it('the largest debtors, largest first, with their oldest debt', () => {
    const [under1, oneTo3, over3] = s.overall.rows as [AgingRow, AgingRow, AgingRow]
    expect(top(under1)).toEqual([])
    expect(top(oneTo3)).toEqual([
      { employer: A, name: 'Công ty A', amount: '38000000', oldest: { months: 1, days: 0 } },
      { employer: D, name: null, amount: '3000000', oldest: { months: 1, days: 0 } },
    ])
    expect(top(over3)).toEqual([
      { employer: C, name: 'Công ty C', amount: '100000000', oldest: { months: 8, days: 0 } },
      { employer: B, name: 'Công ty B', amount: '35000000', oldest: { months: 3, days: 0 } },
      { employer: E, name: 'Công ty E', amount: '24000000', oldest: { months: 4, days: 0 } },
    ])
    // overall: C 100, A 38, B 35, E 24, D 3 (triệu)
    expect(s.overall.overdue.top.map((d) => d.employer)).toEqual([C, A, B, E, D])
    // top: 2 keeps the two largest
    const two = ageArrears(LEDGER, { asOf: ASOF, top: 2 })
    expect(two.overall.overdue.top.map((d) => d.employer)).toEqual([C, A])
    expect(ageArrears(LEDGER, { asOf: ASOF, top: 0 }).overall.overdue.top).toEqual([])
  })

  it('not due, credit, receivable', () => {
    // not due: A 2020-09 40.000.000 + E 2020-09 8.000.000 = 48.000.000, two employers
    expect(s.overall.notDue.employers).toBe(2)
    expect(s.overall.notDue.amount.toString()).toBe('48000000')
    // D paid 12.000.000 against 10.000.000 due: 2.000.000 credit, not set against its BHTN debt
    expect(s.overall.credit.toString()).toBe('2000000')
    expect(s.overall.receivable).toBeNull()
    expect(s.overall.ratioToReceivable).toBeNull()
  })

  it("basis 'month': each month in the bucket of its own age", () => {
    const m = ageArrears(LEDGER, { asOf: ASOF, basis: 'month' })
    // từ 1 đến dưới 3 tháng: A 2020-08 30 + 8 = 38 (2 months), B 2020-07 20 + 5 = 25 (2 months),
    //   D 2020-08 3 (1 month) → 3 employers, 5 months, 66.000.000, share 66/200 = 0,33
    // từ 3 tháng trở lên: B 2020-06 10 (interest 300.000), C 2020-01 100 + 0 (interest 4.250.000,
    //   2 months), E 2020-05 24 → 3 employers, 4 months, 134.000.000, share 134/200 = 0,67
    expect(rows(m.overall)).toEqual({
      [UNDER1]: { ...EMPTY_ROW, share: '0' },
      [ONE_TO_3]: { employers: 3, months: 5, amount: '66000000', interest: '0', share: '0.33' },
      [OVER3]: { employers: 3, months: 4, amount: '134000000', interest: '4550000', share: '0.67' },
    })
    // B counts in both buckets, but once overall
    expect(row(m.overall.overdue)).toEqual(row(s.overall.overdue))
    const [, oneTo3, over3] = m.overall.rows as [AgingRow, AgingRow, AgingRow]
    // the amounts are the row's; `oldest` is the employer's oldest debt ({3,0} for B)
    expect(top(oneTo3)).toEqual([
      { employer: A, name: 'Công ty A', amount: '38000000', oldest: { months: 1, days: 0 } },
      { employer: B, name: 'Công ty B', amount: '25000000', oldest: { months: 3, days: 0 } },
      { employer: D, name: null, amount: '3000000', oldest: { months: 1, days: 0 } },
    ])
    expect(top(over3).map((d) => [d.employer, d.amount])).toEqual([
      [C, '100000000'],
      [E, '24000000'],
      [B, '10000000'],
    ])
    expect(m.overall.notDue.amount.toString()).toBe('48000000')
    expect(m.overall.credit.toString()).toBe('2000000')
  })

  it('per scheme, basis employer', () => {
    expect(Object.keys(s.schemes)).toEqual(['BHXH_BB', 'BHYT', 'BHTN'])
    const bb = s.schemes.BHXH_BB as AgingTable
    // A: 30 ({1,0}); B: 10 + 20 = 30, oldest {3,0}; C: 100, {8,0}; D: nothing overdue; E: not due
    // total 30 + 30 + 100 = 160; shares 30/160 = 0,1875 and 130/160 = 0,8125
    expect(rows(bb)).toEqual({
      [UNDER1]: { ...EMPTY_ROW, share: '0' },
      [ONE_TO_3]: { employers: 1, months: 1, amount: '30000000', interest: '0', share: '0.1875' },
      [OVER3]: { employers: 2, months: 3, amount: '130000000', interest: '4500000', share: '0.8125' },
    })
    expect(row(bb.overdue)).toMatchObject({ employers: 3, months: 4, amount: '160000000' })
    expect([bb.notDue.employers, bb.notDue.amount.toString(), bb.credit.toString()]).toEqual([
      2,
      '48000000',
      '2000000',
    ])

    const yt = s.schemes.BHYT as AgingTable
    // A 8 ({1,0}); C 0 with interest 50.000 ({8,0}); E 24 ({4,0}); total 32; 8/32 = 0,25, 24/32 = 0,75
    expect(rows(yt)).toEqual({
      [UNDER1]: { ...EMPTY_ROW, share: '0' },
      [ONE_TO_3]: { employers: 1, months: 1, amount: '8000000', interest: '0', share: '0.25' },
      [OVER3]: { employers: 2, months: 2, amount: '24000000', interest: '50000', share: '0.75' },
    })
    expect(top(yt.rows[2] as AgingRow).map((d) => [d.employer, d.amount])).toEqual([
      [E, '24000000'],
      [C, '0'],
    ])
    expect([yt.notDue.employers, yt.notDue.amount.toString(), yt.credit.toString()]).toEqual([0, '0', '0'])

    const tn = s.schemes.BHTN as AgingTable
    // B's BHTN is only 2020-07 ({2,0}): in "1 to under 3 months" here, though B is in "3 months or
    // more" overall; D 3 ({1,0}); total 5 + 3 = 8
    expect(rows(tn)).toEqual({
      [UNDER1]: { ...EMPTY_ROW, share: '0' },
      [ONE_TO_3]: { employers: 2, months: 2, amount: '8000000', interest: '0', share: '1' },
      [OVER3]: { ...EMPTY_ROW, share: '0' },
    })
    // 160 + 32 + 8 = 200: the schemes add up to the overall table
    expect(row(tn.overdue).amount).toBe('8000000')
  })

  it('per scheme, basis month', () => {
    const bb = ageArrears(LEDGER, { asOf: ASOF, basis: 'month' }).schemes.BHXH_BB as AgingTable
    // 1–3: A 2020-08 30, B 2020-07 20 → 50, share 50/160 = 0,3125
    // ≥ 3: B 2020-06 10, C 2020-01 100 → 110, share 110/160 = 0,6875
    expect(rows(bb)).toEqual({
      [UNDER1]: { ...EMPTY_ROW, share: '0' },
      [ONE_TO_3]: { employers: 2, months: 2, amount: '50000000', interest: '0', share: '0.3125' },
      [OVER3]: { employers: 2, months: 2, amount: '110000000', interest: '4500000', share: '0.6875' },
    })
  })

  it('ratio to the receivable: one amount, or one per scheme', () => {
    // 200.000.000 / 1.000.000.000 = 0,2
    const one = ageArrears(LEDGER, { asOf: ASOF, receivable: 1_000_000_000 })
    expect(one.overall.receivable?.toString()).toBe('1000000000')
    expect(one.overall.ratioToReceivable?.toString()).toBe('0.2')
    expect(one.schemes.BHYT?.ratioToReceivable).toBeNull()

    const per = ageArrears(LEDGER, {
      asOf: ASOF,
      receivable: { BHXH_BB: 320_000_000, BHYT: '256000000', BHTN: 64_000_000n },
    })
    // BHXH_BB 160/320 = 0,5; BHYT 32/256 = 0,125; BHTN 8/64 = 0,125
    expect(per.schemes.BHXH_BB?.ratioToReceivable?.toString()).toBe('0.5')
    expect(per.schemes.BHYT?.ratioToReceivable?.toString()).toBe('0.125')
    expect(per.schemes.BHTN?.ratioToReceivable?.toString()).toBe('0.125')
    // overall: 320 + 256 + 64 = 640; 200/640 = 0,3125
    expect(per.overall.receivable?.toString()).toBe('640000000')
    expect(per.overall.ratioToReceivable?.toString()).toBe('0.3125')
    // a zero receivable gives no ratio
    expect(ageArrears(LEDGER, { asOf: ASOF, receivable: 0 }).overall.ratioToReceivable).toBeNull()
  })

  it('merging two halves adds the receivables; a half without one leaves the sum unknown', () => {
    // the first six records owe 30 + 8 + 10 + 20 + 5 = 73 triệu overdue, the last six 100 + 3 + 24 = 127
    const first = ageArrears(LEDGER.slice(0, 6), { asOf: ASOF, receivable: 400_000_000 })
    const second = ageArrears(LEDGER.slice(6), { asOf: ASOF, receivable: 240_000_000 })
    expect(first.overall.overdue.amount.toString()).toBe('73000000')
    expect(second.overall.overdue.amount.toString()).toBe('127000000')
    const both = mergeAging(first, second)
    // 400 + 240 = 640; 200/640 = 0,3125
    expect(both.overall.receivable?.toString()).toBe('640000000')
    expect(both.overall.ratioToReceivable?.toString()).toBe('0.3125')
    expect(rows(both.overall)).toEqual(rows(s.overall))
    const unknown = mergeAging(first, ageArrears(LEDGER.slice(6), { asOf: ASOF }))
    expect(unknown.overall.receivable).toBeNull()
    expect(unknown.overall.ratioToReceivable).toBeNull()
  })

  it('the same ledger fifteen days earlier (15/9/2020): days count', () => {
    // 2020-08: 31/08 + 1 month = 30/09 > 15/09 → {0, 15}     → dưới 1 tháng
    // 2020-07: 31/07 + 1 month = 31/08 ≤ 15/09 → {1, 15}     → 1 to under 3
    // 2020-06: 30/06 + 2 months = 30/08; 31/08 … 15/09 = 16 → {2, 16} → 1 to under 3
    // 2020-05: 31/05 + 3 months = 31/08 → {3, 15}            → 3 or more
    // 2020-01: 31/01 + 7 months = 31/08 → {7, 15}            → 3 or more
    // 2020-09: deadline 30/09 > 15/09 → not due
    const early = ageArrears(LEDGER, { asOf: '2020-09-15' })
    // dưới 1 tháng: A 38 (2 months) + D 3 (1) = 41 → 0,205
    // 1–3: B (oldest 2020-06, {2,16}) 35, 3 months, interest 300.000 → 0,175
    // ≥ 3: C 100 (2 months, interest 4.250.000) + E 24 (1) = 124 → 0,62
    expect(rows(early.overall)).toEqual({
      [UNDER1]: { employers: 2, months: 3, amount: '41000000', interest: '0', share: '0.205' },
      [ONE_TO_3]: { employers: 1, months: 3, amount: '35000000', interest: '300000', share: '0.175' },
      [OVER3]: { employers: 2, months: 3, amount: '124000000', interest: '4250000', share: '0.62' },
    })
    expect(top(early.overall.rows[2] as AgingRow).map((d) => d.oldest)).toEqual([
      { months: 7, days: 15 },
      { months: 3, days: 15 },
    ])
    expect(top(early.overall.rows[1] as AgingRow)[0]?.oldest).toEqual({ months: 2, days: 16 })
    expect(early.overall.notDue.amount.toString()).toBe('48000000')
  })

  it('a gap between buckets: debts in no bucket are reported apart', () => {
    // buckets "dưới 1 tháng" and "từ 3 tháng trở lên" leave 1 to under 3 months out:
    // A and D (oldest {1,0}) fall in the gap: 38 + 3 = 41
    const gap = ageArrears(LEDGER, { asOf: ASOF, buckets: ['dưới 1 tháng', 'từ 3 tháng trở lên'] })
    expect(row(gap.overall.unbucketed)).toEqual({
      employers: 2,
      months: 3,
      amount: '41000000',
      interest: '0',
      share: '0.205',
    })
    expect(gap.overall.unbucketed.bucket).toBeNull()
  })
})

/*
 * Seed 001 (BHXH Tiền Giang, 2023): "trên 800 đơn vị chậm đóng BHXH từ 1 tháng đến dưới 6 tháng
 * với tổng số tiền chậm đóng trên 42 tỷ đồng, 156 đơn vị chậm đóng trên 6 tháng với tổng số tiền
 * chậm đóng gần 45 tỷ đồng". Synthetic records aged on 30/9/2023:
 *   2023-04 … 2023-08: deadlines 30/04 … 31/08 → {5,0} … {1,0}: từ 1 tháng đến dưới 6 tháng
 *   2023-03: deadline 31/03 + 6 months = 30/09 → exactly {6,0}: in neither bucket (a gap)
 *   2023-01: deadline 31/01 + 8 months = 30/09 → {8,0}: trên 6 tháng
 *   2023-09: deadline 30/09 = asOf: not due
 */
const SIX = AGING_PRESETS.sixMonths.buckets
const ASOF_2023 = '2023-09-30'
const pad = (n: number, w: number): string => String(n).padStart(w, '0')

/** `n` employers each owing BHXH `bhxh` and BHYT `bhyt` for months aged 1 to 5 months. */
function* young(n: number, bhxh: number, bhyt: number): Generator<DebtRecord> {
  for (let i = 1; i <= n; i++) {
    const employer = `L${pad(i, 4)}`
    yield { employer, scheme: 'BHXH_BB', month: `2023-${pad(4 + (i % 5), 2)}`, due: bhxh }
    yield { employer, scheme: 'BHYT', month: `2023-${pad(4 + ((i + 2) % 5), 2)}`, due: bhyt }
    // ten of them also owe September, not yet due
    if (i <= 10) yield { employer, scheme: 'BHXH_BB', month: '2023-09', due: 45_000_000 }
  }
}

/** The 156 long debtors: 250.000.000 for January ({8,0}) and 37.800.000 of BHTN for August ({1,0}). */
function* old(): Generator<DebtRecord> {
  for (let i = 1; i <= 156; i++) {
    const employer = `O${pad(i, 3)}`
    yield { employer, scheme: 'BHXH_BB', month: '2023-01', due: 250_000_000 }
    yield { employer, scheme: 'BHTN', month: '2023-08', due: 37_800_000 }
  }
}

/** Three employers owing March, exactly 6 months overdue. */
const sixExactly: DebtRecord[] = [1, 2, 3].map((i) => ({
  employer: `X${i}`,
  scheme: 'BHXH_BB',
  month: '2023-03',
  due: 10_000_000,
}))

const province = (n: number, bhxh: number, bhyt: number, basis: AgingBasis = 'employer'): AgingSummary =>
  ageArrears([...young(n, bhxh, bhyt), ...old(), ...sixExactly], { asOf: ASOF_2023, buckets: SIX, basis })

const REPORT: readonly ReportedBucket[] = [
  { bucket: 'từ 1 tháng đến dưới 6 tháng', employers: 'trên 800 đơn vị', amount: 'trên 42 tỷ đồng' },
  { bucket: 'trên 6 tháng', employers: '156 đơn vị', amount: 'gần 45 tỷ đồng' },
]

describe('the seeds’ two-bucket report (Tiền Giang, 2023) from synthetic records', () => {
  // 812 employers × (45.000.000 + 7.000.000) = 812 × 52.000.000 = 42.224.000.000 (800 × 52 = 41.600; 12 × 52 = 624)
  const s = province(812, 45_000_000, 7_000_000)

  it('ages the records into the report’s two buckets (basis employer)', () => {
    // 156 × (250.000.000 + 37.800.000) = 156 × 287.800.000 = 44.896.800.000 (287,8 × 156 = 44.896,8 triệu)
    const [young1to6, over6] = s.overall.rows as [AgingRow, AgingRow]
    expect(row(young1to6)).toMatchObject({ employers: 812, months: 1624, amount: '42224000000' })
    expect(row(over6)).toMatchObject({ employers: 156, months: 312, amount: '44896800000' })
    // exactly 6 months: 3 × 10.000.000 in no bucket
    expect(row(s.overall.unbucketed)).toMatchObject({ employers: 3, months: 3, amount: '30000000' })
    // 812 + 156 + 3 = 971 employers; 1.624 + 312 + 3 = 1.939 months;
    // 42.224.000.000 + 44.896.800.000 + 30.000.000 = 87.150.800.000
    expect(row(s.overall.overdue)).toMatchObject({ employers: 971, months: 1939, amount: '87150800000' })
    // 10 × 45.000.000 not yet due
    expect(s.overall.notDue.employers).toBe(10)
    expect(s.overall.notDue.amount.toString()).toBe('450000000')
    expect(s.records).toBe(812 * 2 + 10 + 156 * 2 + 3)
  })

  it('checkAging: the report’s four figures agree', () => {
    // trên 800 → [800; 880] ∋ 812; trên 42 tỷ → [42; 43] tỷ ∋ 42,224; 156 → [155,5; 156,5] ∋ 156;
    // gần 45 tỷ → [44; 45] tỷ ∋ 44,8968
    const f = checkAging(REPORT, s)
    expect(f.map((x) => [x.bucket?.label.vi, x.measure, x.severity, x.computed.toString()])).toEqual([
      ['từ 1 tháng đến dưới 6 tháng', 'employers', 'ok', '812'],
      ['từ 1 tháng đến dưới 6 tháng', 'amount', 'ok', '42224000000'],
      ['trên 6 tháng', 'employers', 'ok', '156'],
      ['trên 6 tháng', 'amount', 'ok', '44896800000'],
    ])
    expect(f[0]?.explanation.vi).toBe(
      'từ 1 tháng đến dưới 6 tháng: báo cáo «trên 800 đơn vị», tính được 812 — khớp',
    )
  })

  it('700 employers is a conflict with "trên 800 đơn vị" (the amount still agrees)', () => {
    // 700 × (52.000.000 + 8.400.000) = 700 × 60.400.000 = 42.280.000.000: in [42; 43] tỷ
    const f = checkAging(REPORT, province(700, 52_000_000, 8_400_000))
    expect(f.map((x) => x.severity)).toEqual(['conflict', 'ok', 'ok', 'ok'])
    expect(f[0]?.computed.toString()).toBe('700')
  })

  it('900 employers only stretches "trên 800 đơn vị"', () => {
    // default reach: min(1 step of 100, 10% of 800) = 80 → [800; 880] ∌ 900;
    // stretched: min(2 × 100, 20% of 800) = 160 → [800; 960] ∋ 900
    // amount 900 × (40.000.000 + 7.000.000) = 42.300.000.000: in [42; 43] tỷ
    const f = checkAging(REPORT, province(900, 40_000_000, 7_000_000))
    expect(f.map((x) => x.severity)).toEqual(['stretch', 'ok', 'ok', 'ok'])
  })

  it("basis 'month' tells another story: the long debtors' August BHTN is young", () => {
    const m = province(812, 45_000_000, 7_000_000, 'month')
    const [young1to6, over6] = m.overall.rows as [AgingRow, AgingRow]
    // 1–6: 812 young + 156 long debtors' August: 968 employers, 1.624 + 156 = 1.780 months,
    //   42.224.000.000 + 156 × 37.800.000 (= 5.896.800.000) = 48.120.800.000
    expect(row(young1to6)).toMatchObject({ employers: 968, months: 1780, amount: '48120800000' })
    // > 6: 156 × 250.000.000 = 39.000.000.000
    expect(row(over6)).toMatchObject({ employers: 156, months: 156, amount: '39000000000' })
    // 968 > 960 (even stretched); 48,12 tỷ > 44 tỷ (stretched: 42 + min(2 tỷ, 8,4 tỷ));
    // 39 tỷ < 43 tỷ (gần 45 stretched: 45 − min(2 tỷ, 9 tỷ))
    expect(checkAging(REPORT, m).map((x) => x.severity)).toEqual(['conflict', 'conflict', 'ok', 'conflict'])
  })

  it('checkAging on one scheme, and its errors', () => {
    // BHYT: each young employer's one BHYT month, 812 × 7.000.000 = 5.684.000.000
    const f = checkAging([{ bucket: 'từ 1 tháng đến dưới 6 tháng', amount: 'gần 5,7 tỷ đồng' }], s, 'BHYT')
    // gần 5,7 tỷ: step 0,1 tỷ → [5,6; 5,7] tỷ ∋ 5,684
    expect(f.map((x) => [x.computed.toString(), x.severity])).toEqual([['5684000000', 'ok']])
    const e = bhxhError(() => checkAging([{ bucket: 'từ 3 tháng trở lên', employers: '10 đơn vị' }], s))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual([0, 'bucket'])
    expect(bhxhError(() => checkAging(REPORT, s, 'BHXH_TN')).code).toBe('not-applicable')
  })

  it('checkAgingTotal: the buckets against a reported total', () => {
    // [800; 880] + [155,5; 156,5] = [955,5; 1.036,5]; "gần 1.000 đơn vị" → [900; 1.000]: they meet
    const ok = checkAgingTotal(['trên 800 đơn vị', '156 đơn vị'], 'gần 1.000 đơn vị', 'employers')
    expect(ok.severity).toBe('ok')
    expect(ok.bucket).toBeNull()
    expect(ok.computed).toMatchObject({ kind: 'interval' })
    if ('lo' in ok.computed)
      expect([ok.computed.lo.toString(), ok.computed.hi.toString()]).toEqual(['955.5', '1036.5'])
    // "gần 900 đơn vị" → [900 − min(100, 90); 900] = [810; 900]: below 955,5
    expect(checkAgingTotal(['trên 800 đơn vị', '156 đơn vị'], 'gần 900 đơn vị', 'employers').severity).toBe(
      'conflict',
    )
    // amounts: [42; 43] + [44; 45] = [86; 88] tỷ; "khoảng 87 tỷ" → 87 ± 0,5 tỷ: ok; "trên 90 tỷ" → [90; 91]: conflict
    expect(
      checkAgingTotal(['trên 42 tỷ đồng', 'gần 45 tỷ đồng'], 'khoảng 87 tỷ đồng', 'amount').severity,
    ).toBe('ok')
    expect(checkAgingTotal(['trên 42 tỷ đồng', 'gần 45 tỷ đồng'], 'trên 90 tỷ đồng', 'amount').severity).toBe(
      'conflict',
    )
  })

  it('averageDebt: amount ÷ employers as an interval', () => {
    // "trên 44 tỷ đồng" → [44; 45] tỷ; "trên 500 đơn vị" → [500; 500 + min(100, 50)] = [500; 550]
    // lo = 44.000.000.000 / 550 = 80.000.000; hi = 45.000.000.000 / 500 = 90.000.000
    const a = averageDebt('trên 44 tỷ đồng', 'trên 500 đơn vị')
    expect([a.lo.toString(), a.hi.toString()]).toEqual(['80000000', '90000000'])
    // the seed: "gần 45 tỷ" [44; 45] tỷ over "156" [155,5; 156,5]:
    // lo = 44e9 / 156,5 ≈ 281.150.159,74; hi = 45e9 / 155,5 ≈ 289.389.067,52 (outward rounded)
    const seed = averageDebt('gần 45 tỷ đồng', '156 đơn vị')
    expect(seed.lo.times('156.5').lte('44000000000')).toBe(true)
    expect(seed.lo.times('156.5').gt('43999999999.999')).toBe(true)
    expect(seed.hi.times('155.5').gte('45000000000')).toBe(true)
    expect(seed.hi.times('155.5').lt('45000000000.001')).toBe(true)
    expect(seed.lo.toFixed(0)).toBe('281150160')
    expect(seed.hi.toFixed(0)).toBe('289389068')
    // "0 đơn vị" → [−0,5; 0,5] holds 0
    expect(bhxhError(() => averageDebt('42 tỷ đồng', '0 đơn vị')).code).toBe('division-by-zero')
  })
})

describe('ageArrears: inputs', () => {
  it('an array, a generator and an async generator give the same summary', async () => {
    const fromArray = ageArrears(LEDGER, { asOf: ASOF })
    function* sync(): Generator<DebtRecord> {
      yield* LEDGER
    }
    async function* later(): AsyncGenerator<DebtRecord> {
      for (const r of LEDGER) yield r
    }
    expect(ageArrears(sync(), { asOf: ASOF })).toEqual(fromArray)
    const fromAsync = ageArrears(later(), { asOf: ASOF })
    expect(fromAsync).toBeInstanceOf(Promise)
    expect(await fromAsync).toEqual(fromArray)
  })

  it('no records: empty tables', () => {
    const s = ageArrears([], { asOf: ASOF })
    expect(row(s.overall.overdue)).toEqual({ ...EMPTY_ROW, share: null })
    expect(s.overall.rows.map((r) => r.share)).toEqual([null, null, null])
    expect(s.schemes).toEqual({})
    expect(s.records).toBe(0)
  })

  it('amounts past 2^53 stay exact', () => {
    // 2 × 9.007.199.254.740.993 = 18.014.398.509.481.986 (2^53 + 1 is not a double)
    const s = ageArrears(
      [
        { employer: 'A', scheme: 'BHXH_BB', month: '2020-01', due: '9007199254740993' },
        { employer: 'A', scheme: 'BHXH_BB', month: '2020-02', due: '9007199254740993' },
        // paid beyond due by 2^53 + 1: a credit of 9.007.199.254.740.993
        { employer: 'B', scheme: 'BHYT', month: '2020-02', due: 0, paid: 9007199254740993n },
        // 9.007.199.254.740.993 − 2 = 9.007.199.254.740.991 (back to a safe integer)
        { employer: 'C', scheme: 'BHYT', month: '2020-09', due: 9007199254740993n, paid: 2 },
      ],
      { asOf: ASOF },
    )
    expect(s.overall.overdue.amount.toString()).toBe('18014398509481986')
    expect(s.overall.credit.toString()).toBe('9007199254740993')
    expect(s.overall.notDue.amount.toString()).toBe('9007199254740991')
    // and merging keeps them exact: 2 × 18.014.398.509.481.986 = 36.028.797.018.963.972
    expect(mergeAging(s, s).overall.overdue.amount.toString()).toBe('36028797018963972')
  })
})

describe('ageArrears: errors name the record and the field', () => {
  const ok: DebtRecord = { employer: 'A', scheme: 'BHXH_BB', month: '2020-01', due: 1 }
  const at = (bad: unknown, i = 3): unknown[] => {
    const list: unknown[] = [ok, ok, ok, ok]
    list[i] = bad
    return list
  }
  it.each<[string, unknown, string, (string | number)[]]>([
    ['due −5', { ...ok, due: -5 }, 'invalid-input', [3, 'due']],
    ['due 1,5', { ...ok, due: 1.5 }, 'invalid-input', [3, 'due']],
    ['due with a dot', { ...ok, due: '1.000' }, 'invalid-input', [3, 'due']],
    ['paid not a number', { ...ok, paid: 'abc' }, 'invalid-input', [3, 'paid']],
    ['interest −1', { ...ok, interest: -1 }, 'invalid-input', [3, 'interest']],
    ['scheme XYZ', { ...ok, scheme: 'XYZ' }, 'invalid-input', [3, 'scheme']],
    ['month 2020-13', { ...ok, month: '2020-13' }, 'invalid-input', [3, 'month']],
    ['month without a deadline rule', { ...ok, month: '2010-01' }, 'not-applicable', [3, 'month']],
    ['no unit code', { ...ok, employer: '' }, 'invalid-input', [3, 'employer']],
    ['a name that is not text', { ...ok, name: 7 }, 'invalid-input', [3, 'name']],
    ['not an object', null, 'invalid-input', [3]],
  ])('%s', (_, bad, code, path) => {
    const e = bhxhError(() => ageArrears(at(bad) as DebtRecord[], { asOf: ASOF }))
    expect(e.code).toBe(code)
    expect(e.path).toEqual(path)
  })

  it('a misspelt field in the first record', () => {
    const e = bhxhError(() => ageArrears([{ ...ok, paied: 5 } as DebtRecord], { asOf: ASOF }))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual([0, 'paied'])
  })

  it('an async source rejects with the same error', async () => {
    async function* bad(): AsyncGenerator<DebtRecord> {
      yield ok
      yield { ...ok, scheme: 'XYZ' as DebtRecord['scheme'] }
    }
    const e = await ageArrears(bad(), { asOf: ASOF }).then(
      () => null,
      (x: unknown) => x,
    )
    expect(e).toMatchObject({ code: 'invalid-input', path: [1, 'scheme'] })
  })

  it.each<[string, unknown, (string | number)[]]>([
    ['asOf not YYYY-MM-DD', { asOf: '2020-9-30' }, ['asOf']],
    ['asOf not a date', { asOf: '2020-02-30' }, ['asOf']],
    ['top −1', { asOf: ASOF, top: -1 }, ['top']],
    ['top 1,5', { asOf: ASOF, top: 1.5 }, ['top']],
    ['basis x', { asOf: ASOF, basis: 'x' }, ['basis']],
    ['overlapping buckets', { asOf: ASOF, buckets: ['dưới 3 tháng', 'từ 1 tháng trở lên'] }, ['buckets', 1]],
    ['a receivable of a scheme that is none', { asOf: ASOF, receivable: { XYZ: 1 } }, ['receivable', 'XYZ']],
    ['a negative receivable', { asOf: ASOF, receivable: -1 }, ['receivable']],
    ['a deadline that is no function', { asOf: ASOF, deadline: '2020-01-31' }, ['deadline']],
  ])('options: %s', (_, options, path) => {
    const e = bhxhError(() => ageArrears([ok], options as AgingOptions))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual(path)
  })

  it('records that are not iterable', () => {
    expect(bhxhError(() => ageArrears(42 as unknown as DebtRecord[], { asOf: ASOF })).path).toEqual([
      'records',
    ])
  })

  it('a deadline of your own (quarterly payers)', () => {
    // deadline: the last day of the quarter's last month; 2020-07 → 30/09 = asOf: not due
    const quarterEnd = (m: string): string =>
      (({ '07': '2020-09-30', '06': '2020-06-30' }) as Record<string, string>)[m.slice(5)] as string
    const s = ageArrears(
      [
        { employer: 'A', scheme: 'BHXH_BB', month: '2020-07', due: 5 },
        { employer: 'A', scheme: 'BHXH_BB', month: '2020-06', due: 7 },
      ],
      { asOf: ASOF, deadline: quarterEnd },
    )
    // 2020-06: 30/06 → 30/09 is {3,0}: 7 in "từ 3 tháng trở lên"; 5 not due
    expect(row(s.overall.rows[2] as AgingRow)).toMatchObject({ employers: 1, amount: '7' })
    expect(s.overall.notDue.amount.toString()).toBe('5')
  })
})

describe('mergeAging: errors', () => {
  const a = ageArrears(LEDGER, { asOf: ASOF })
  it('different reporting dates: period-mismatch', () => {
    expect(bhxhError(() => mergeAging(a, ageArrears(LEDGER, { asOf: '2020-10-31' }))).code).toBe(
      'period-mismatch',
    )
  })
  it('different buckets, basis or top: invalid-input', () => {
    expect(bhxhError(() => mergeAging(a, ageArrears(LEDGER, { asOf: ASOF, buckets: SIX }))).code).toBe(
      'invalid-input',
    )
    expect(bhxhError(() => mergeAging(a, ageArrears(LEDGER, { asOf: ASOF, basis: 'month' }))).code).toBe(
      'invalid-input',
    )
    expect(bhxhError(() => mergeAging(a, ageArrears(LEDGER, { asOf: ASOF, top: 3 }))).code).toBe(
      'invalid-input',
    )
  })
  it('the empty summary', () => {
    const e = emptyAging()
    expect([e.asOf, e.buckets, e.records]).toEqual([null, null, 0])
    expect(e.overall.overdue.amount.toString()).toBe('0')
  })
})

/* ---------------------------------------------------------------- properties */

const EMPLOYERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const
const SCHEMES = ['BHXH_BB', 'BHYT', 'BHTN'] as const
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2019 + Math.floor(i / 12)}-${pad((i % 12) + 1, 2)}`)

const recordArb: fc.Arbitrary<DebtRecord> = fc
  .record({
    employer: fc.constantFrom(...EMPLOYERS),
    name: fc.option(fc.constantFrom('Công ty X', 'Công ty Y'), { nil: undefined }),
    scheme: fc.constantFrom(...SCHEMES),
    month: fc.constantFrom(...MONTHS),
    due: fc.integer({ min: 0, max: 1_000_000_000_000 }),
    over: fc.integer({ min: 0, max: 2_000_000 }),
    paidShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    interest: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    asText: fc.boolean(),
  })
  .map(({ employer, name, scheme, month, due, over, paidShare, interest, asText }) => {
    // paid: none, or a share of due (100% = all of it) plus up to 2.000.000 more (a credit)
    const paid =
      paidShare === undefined
        ? undefined
        : Math.floor((due * paidShare) / 100) + (paidShare === 100 ? over : 0)
    return {
      employer,
      ...(name === undefined ? {} : { name }),
      scheme,
      month,
      due: asText ? String(due) : due,
      ...(paid === undefined ? {} : { paid }),
      ...(interest === undefined ? {} : { interest }),
    }
  })

const optionsArb = fc.record({
  asOf: fc.constantFrom('2019-06-15', '2020-03-31', '2020-02-29', '2020-09-30', '2020-12-31', '2021-02-28'),
  buckets: fc.constantFrom(AGING_PRESETS.categories.buckets, SIX, AGING_PRESETS.threeMonths.buckets, [
    'từ 1 tháng đến 6 tháng',
    'trên 6 tháng',
  ]),
  basis: fc.constantFrom<AgingBasis>('employer', 'month'),
  top: fc.integer({ min: 0, max: 4 }),
})

const RUNS = { numRuns: 200 }

/** The model: the rules of the module written again, independently (Date in UTC, BigInt). */
const DAY = 86_400_000
const utc = (date: string): number => Date.parse(`${date}T00:00:00Z`)
const daysIn = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate()
/** Deadline before July 2025: the last day of the contribution month. */
const monthEndOf = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return Date.UTC(y, m - 1, daysIn(y, m - 1))
}
/** Age on asOf of a debt whose deadline is `deadline` (ms): months + days/31, or null. */
function realAge(deadline: number, asOf: number): { months: number; days: number } | null {
  if (asOf <= deadline) return null
  const d = new Date(deadline)
  const [y, m0, dd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]
  const after = (k: number): number => Date.UTC(y, m0 + k, Math.min(dd, daysIn(y, m0 + k)))
  let k = 0
  while (after(k + 1) <= asOf) k++
  return { months: k, days: (asOf - after(k)) / DAY }
}
/** Bucket index of an age on the real line, or -1. */
const bucketOf = (s: AgingSummary, age: { months: number; days: number }): number =>
  (s.buckets ?? []).findIndex((b) => {
    const x = age.months + age.days / 31
    const low = b.fromInclusive ? x >= b.from : x > b.from
    const high = b.to === null || (b.toInclusive ? x <= b.to : x < b.to)
    return low && high
  })

const big = (x: unknown): bigint => (x === undefined ? 0n : BigInt(x as string | number | bigint))

interface ModelRow {
  employers: Set<string>
  months: number
  amount: bigint
  interest: bigint
}
const newModelRow = (): ModelRow => ({ employers: new Set(), months: 0, amount: 0n, interest: 0n })

/** The tables the model expects: rows (last: unbucketed), overdue, notDue, credit. */
function model(records: readonly DebtRecord[], s: AgingSummary, scheme: string | null) {
  const asOf = utc(s.asOf as string)
  const slots = (s.buckets?.length ?? 0) + 1
  const perEmployer = new Map<string, { slot: number; months: number; amount: bigint; interest: bigint }[]>()
  const oldest = new Map<string, number>() // months × 64 + days
  let notDue = 0n
  const notDueEmployers = new Set<string>()
  let credit = 0n
  for (const r of records) {
    if (scheme !== null && r.scheme !== scheme) continue
    const due = big(r.due)
    const paid = big(r.paid)
    const rest = due > paid ? due - paid : 0n
    credit += paid > due ? paid - due : 0n
    const age = realAge(monthEndOf(r.month), asOf)
    if (age === null) {
      if (rest > 0n) {
        notDue += rest
        notDueEmployers.add(r.employer)
      }
      continue
    }
    if (rest === 0n && big(r.interest) === 0n) continue
    const i = bucketOf(s, age)
    const list = perEmployer.get(r.employer) ?? []
    list.push({ slot: i < 0 ? slots - 1 : i, months: 1, amount: rest, interest: big(r.interest) })
    perEmployer.set(r.employer, list)
    oldest.set(r.employer, Math.max(oldest.get(r.employer) ?? -1, age.months * 64 + age.days))
  }
  const rowsOut = Array.from({ length: slots }, newModelRow)
  const overdue = newModelRow()
  for (const [code, list] of perEmployer) {
    const o = oldest.get(code) as number
    const oldSlot = (() => {
      const i = bucketOf(s, { months: Math.floor(o / 64), days: o % 64 })
      return i < 0 ? slots - 1 : i
    })()
    for (const x of list) {
      const target = rowsOut[s.basis === 'employer' ? oldSlot : x.slot] as ModelRow
      target.employers.add(code)
      target.months += x.months
      target.amount += x.amount
      target.interest += x.interest
      overdue.employers.add(code)
      overdue.months += x.months
      overdue.amount += x.amount
      overdue.interest += x.interest
    }
  }
  const plain = (r: ModelRow) => ({
    employers: r.employers.size,
    months: r.months,
    amount: r.amount.toString(),
    interest: r.interest.toString(),
  })
  return {
    rows: rowsOut.map(plain),
    overdue: plain(overdue),
    notDue: { employers: notDueEmployers.size, amount: notDue.toString() },
    credit: credit.toString(),
  }
}

const tablePlain = (t: AgingTable) => ({
  rows: [...t.rows, t.unbucketed].map((r) => {
    const { share: _, ...rest } = row(r)
    return rest
  }),
  overdue: (({ share: _, ...rest }) => rest)(row(t.overdue)),
  notDue: { employers: t.notDue.employers, amount: t.notDue.amount.toString() },
  credit: t.credit.toString(),
})

const recordsArb = fc.array(recordArb, { maxLength: 40 })

describe('ageArrears and mergeAging: properties', () => {
  it('every table equals the independent model (both bases, overall and per scheme)', () => {
    fc.assert(
      fc.property(recordsArb, optionsArb, (records, options) => {
        const s = ageArrears(records, options)
        expect(tablePlain(s.overall)).toEqual(model(records, s, null))
        for (const code of SCHEMES) {
          const t = s.schemes[code]
          if (records.some((r) => r.scheme === code))
            expect(t && tablePlain(t)).toEqual(model(records, s, code))
          else expect(t).toBeUndefined()
        }
      }),
      RUNS,
    )
  })

  it('totals: overdue + not due = Σ max(due − paid, 0); credit = Σ max(paid − due, 0); rows add up', () => {
    fc.assert(
      fc.property(recordsArb, optionsArb, (records, options) => {
        const s = ageArrears(records, options)
        let owed = 0n
        let over = 0n
        for (const r of records) {
          const d = big(r.due) - big(r.paid)
          if (d > 0n) owed += d
          else over -= d
        }
        const o = s.overall
        expect(BigInt(o.overdue.amount.plus(o.notDue.amount).toFixed(0))).toBe(owed)
        expect(BigInt(o.credit.toFixed(0))).toBe(over)
        const parts = [...o.rows, o.unbucketed]
        const sum = parts.reduce((acc, r) => acc + BigInt(r.amount.toFixed(0)), 0n)
        expect(sum).toBe(BigInt(o.overdue.amount.toFixed(0)))
        const interest = parts.reduce((acc, r) => acc + BigInt(r.interest.toFixed(0)), 0n)
        expect(interest).toBe(BigInt(o.overdue.interest.toFixed(0)))
        // basis employer: each overdue employer in exactly one row
        if (s.basis === 'employer')
          expect(parts.reduce((n, r) => n + r.employers, 0)).toBe(o.overdue.employers)
        expect(parts.reduce((n, r) => n + r.months, 0)).toBe(o.overdue.months)
        // shares add up to 1 when anything is overdue (each is exact to 40 digits)
        if (!o.overdue.amount.isZero()) {
          const shares = parts.reduce(
            (acc, r) => acc.plus(r.share ?? 0),
            o.overdue.amount.minus(o.overdue.amount),
          )
          expect(shares.minus(1).abs().lt('1e-35')).toBe(true)
        }
        // the schemes add up to the overall table
        const tables = Object.values(s.schemes)
        const schemeSum = tables.reduce((acc, t) => acc + BigInt(t.overdue.amount.toFixed(0)), 0n)
        expect(schemeSum).toBe(BigInt(o.overdue.amount.toFixed(0)))
        const schemeNotDue = tables.reduce((acc, t) => acc + BigInt(t.notDue.amount.toFixed(0)), 0n)
        expect(schemeNotDue).toBe(BigInt(o.notDue.amount.toFixed(0)))
      }),
      RUNS,
    )
  })

  it('the largest debtors of the overall table: by amount, ties by unit code', () => {
    fc.assert(
      fc.property(recordsArb, optionsArb, (records, options) => {
        const s = ageArrears(records, options)
        const m = model(records, s, null)
        const owed = new Map<string, bigint>()
        const asOf = utc(s.asOf as string)
        for (const r of records) {
          const rest = big(r.due) - big(r.paid)
          const overdue = realAge(monthEndOf(r.month), asOf) !== null
          if (!overdue || (rest <= 0n && big(r.interest) === 0n)) continue
          owed.set(r.employer, (owed.get(r.employer) ?? 0n) + (rest > 0n ? rest : 0n))
        }
        const expected = [...owed]
          .sort(([a, x], [b, y]) => (x > y ? -1 : x < y ? 1 : a < b ? -1 : 1))
          .slice(0, s.top)
          .map(([code, amount]) => [code, amount.toString()])
        expect(s.overall.overdue.top.map((d) => [d.employer, d.amount.toString()])).toEqual(expected)
        expect(s.overall.overdue.employers).toBe(m.overdue.employers)
      }),
      RUNS,
    )
  })

  it('mergeAging is associative', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, recordsArb, optionsArb, (x, y, z, options) => {
        const [a, b, c] = [x, y, z].map((r) => ageArrears(r, options)) as [
          AgingSummary,
          AgingSummary,
          AgingSummary,
        ]
        expect(mergeAging(mergeAging(a, b), c)).toEqual(mergeAging(a, mergeAging(b, c)))
      }),
      RUNS,
    )
  })

  it('emptyAging is the identity of mergeAging', () => {
    fc.assert(
      fc.property(recordsArb, optionsArb, (records, options) => {
        const a = ageArrears(records, options)
        expect(mergeAging(emptyAging(), a)).toEqual(a)
        expect(mergeAging(a, emptyAging())).toEqual(a)
      }),
      RUNS,
    )
  })

  it('aging in parts and merging equals aging in one pass', () => {
    fc.assert(
      fc.property(
        recordsArb,
        fc.array(fc.nat({ max: 40 }), { maxLength: 4 }),
        optionsArb,
        (records, cuts, options) => {
          const points = [...new Set(cuts.map((c) => Math.min(c, records.length)))].sort((p, q) => p - q)
          const parts: DebtRecord[][] = []
          let start = 0
          for (const p of [...points, records.length]) {
            parts.push(records.slice(start, p))
            start = p
          }
          const merged = parts.map((p) => ageArrears(p, options)).reduce(mergeAging, emptyAging())
          const whole = ageArrears(records, options)
          expect(merged.overall).toEqual(whole.overall)
          expect(merged.schemes).toEqual(whole.schemes)
          expect(merged.records).toBe(whole.records)
        },
      ),
      RUNS,
    )
  })
})
