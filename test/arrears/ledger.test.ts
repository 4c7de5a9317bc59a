/**
 * ledgerDebts: from charges and payments to debt records. Allocation BHYT → BHTN → BHXH, oldest
 * month first; principal before interest or after; credits; payments after the reporting date;
 * interest at 0,03% a day (contribution months from July 2025, so every day has that rate) on
 * what stays unpaid; and the records fed to ageArrears. Values by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  ALLOCATION_ORDER,
  ALLOCATION_SOURCE,
  ageArrears,
  type LedgerEntry,
  ledgerDebts,
} from '../../src/arrears'
import { bhxhError } from '../helpers'

const plainRecords = (r: ReturnType<typeof ledgerDebts>) =>
  r.records.map((x) => [x.scheme, x.month, x.due, x.paid, x.interest])

describe('ledgerDebts: the TSDoc example', () => {
  it('10.000.000 for July 2025, paid in full on 11/9/2025: 10 days late, 30.000 đồng', () => {
    // deadline 31/08/2025 (Luật BHXH 2024: end of the next month); late from 01/09;
    // paid 11/09 → interest for 01/09 … 10/09 = 10 days × 10.000.000 × 0,03% = 10 × 3.000 = 30.000
    const r = ledgerDebts(
      [
        { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
        { kind: 'payment', employer: 'A', date: '2025-09-11', amount: 10_000_000 },
      ],
      { asOf: '2025-09-30' },
    )
    expect(r.interest).toHaveLength(1)
    expect(r.interest[0]?.accrued.toString()).toBe('30000')
    // principal first (the default): the whole payment went to the principal, interest is still owed
    expect(r.interest[0]?.paid.toString()).toBe('0')
    expect(r.records).toEqual([
      {
        employer: 'A',
        scheme: 'BHXH_BB',
        month: '2025-07',
        due: '10000000',
        paid: '10000000',
        interest: '30000',
      },
    ])
    expect(r.credits).toEqual([])
    expect(r.later).toBe(0)
  })
})

describe('ledgerDebts: allocation', () => {
  const charges: LedgerEntry[] = [
    {
      kind: 'charge',
      employer: 'A',
      name: 'Công ty A',
      scheme: 'BHXH_BB',
      month: '2025-08',
      amount: 10_000_000,
    },
    { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
    { kind: 'charge', employer: 'A', scheme: 'BHYT', month: '2025-08', amount: 2_000_000 },
    { kind: 'charge', employer: 'A', scheme: 'BHYT', month: '2025-07', amount: 2_000_000 },
    { kind: 'charge', employer: 'A', scheme: 'BHTN', month: '2025-07', amount: 1_000_000 },
  ]
  const payment: LedgerEntry = { kind: 'payment', employer: 'A', date: '2025-09-15', amount: 6_000_000 }

  it('the default order: BHYT, then BHTN, then BHXH, oldest month first', () => {
    expect(ALLOCATION_ORDER).toEqual(['BHYT', 'BHTN', 'BHXH_BB', 'BHXH_TN'])
    expect(ALLOCATION_SOURCE.url).toMatch(/^https?:\/\//)
    // 6.000.000: BHYT 07 2.000.000 (left 4), BHYT 08 2.000.000 (left 2), BHTN 07 1.000.000 (left 1),
    // BHXH 07 1.000.000 of 10.000.000 (left 0), BHXH 08 nothing
    const r = ledgerDebts([...charges, payment], { asOf: '2025-09-30', interest: false })
    expect(plainRecords(r)).toEqual([
      ['BHYT', '2025-07', '2000000', '2000000', '0'],
      ['BHYT', '2025-08', '2000000', '2000000', '0'],
      ['BHTN', '2025-07', '1000000', '1000000', '0'],
      ['BHXH_BB', '2025-07', '10000000', '1000000', '0'],
      ['BHXH_BB', '2025-08', '10000000', '0', '0'],
    ])
    expect(r.records[0]?.name).toBe('Công ty A')
  })

  it('an order of your own', () => {
    // BHXH first: 6.000.000 to BHXH 07 (10.000.000 due)
    const r = ledgerDebts([...charges, payment], {
      asOf: '2025-09-30',
      interest: false,
      order: ['BHXH_BB', 'BHTN', 'BHYT'],
    })
    expect(plainRecords(r)[0]).toEqual(['BHXH_BB', '2025-07', '10000000', '6000000', '0'])
    expect(
      plainRecords(r)
        .slice(1)
        .map((x) => x[3]),
    ).toEqual(['0', '0', '0', '0'])
  })

  it('two charges of the same month and scheme add up', () => {
    const r = ledgerDebts(
      [
        { kind: 'charge', employer: 'A', scheme: 'BHYT', month: '2025-07', amount: 2_000_000 },
        { kind: 'charge', employer: 'A', scheme: 'BHYT', month: '2025-07', amount: '500000' },
      ],
      { asOf: '2025-08-31' },
    )
    // 2.000.000 + 500.000; deadline 31/08 = asOf: no interest yet
    expect(plainRecords(r)).toEqual([['BHYT', '2025-07', '2500000', '0', '0']])
  })
})

describe('ledgerDebts: interest and principal', () => {
  const entries: LedgerEntry[] = [
    { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
    { kind: 'payment', employer: 'A', date: '2025-09-11', amount: 5_000_000 },
  ]

  it("first: 'principal' (default) against first: 'interest'", () => {
    // late from 01/09; on 11/09, 10 days accrued: 10 × 10.000.000 × 0,03% = 30.000
    // principal first: 5.000.000 to the principal, nothing left for interest.
    //   11/09 … 30/09 (20 days) on 5.000.000: 20 × 1.500 = 30.000 → accrued 60.000, paid 0
    const p = ledgerDebts(entries, { asOf: '2025-09-30' })
    expect(plainRecords(p)).toEqual([['BHXH_BB', '2025-07', '10000000', '5000000', '60000']])
    expect([p.interest[0]?.accrued.toString(), p.interest[0]?.paid.toString()]).toEqual(['60000', '0'])
    // interest first: 30.000 to interest, 4.970.000 to principal; unpaid 5.030.000
    //   20 days × 5.030.000 × 0,03% = 20 × 1.509 = 30.180 → accrued 60.180, paid 30.000, owed 30.180
    const i = ledgerDebts(entries, { asOf: '2025-09-30', first: 'interest' })
    expect(plainRecords(i)).toEqual([['BHXH_BB', '2025-07', '10000000', '4970000', '30180']])
    expect([i.interest[0]?.accrued.toString(), i.interest[0]?.paid.toString()]).toEqual(['60180', '30000'])
  })

  it('a payment larger than everything leaves a credit', () => {
    // 10.100.000 on 11/09: principal 10.000.000, then the 30.000 of interest; 70.000 left over
    const r = ledgerDebts(
      [
        { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
        { kind: 'payment', employer: 'A', date: '2025-09-11', amount: 10_100_000 },
      ],
      { asOf: '2025-09-30' },
    )
    expect(plainRecords(r)).toEqual([['BHXH_BB', '2025-07', '10000000', '10000000', '0']])
    expect([r.interest[0]?.accrued.toString(), r.interest[0]?.paid.toString()]).toEqual(['30000', '30000'])
    expect(r.credits.map((c) => [c.employer, c.amount.toString()])).toEqual([['A', '70000']])
  })

  it('a payment with no charge at all is all credit', () => {
    const r = ledgerDebts([{ kind: 'payment', employer: 'B', date: '2025-09-01', amount: 1234 }], {
      asOf: '2025-09-30',
    })
    expect(r.records).toEqual([])
    expect(r.credits.map((c) => [c.employer, c.amount.toString()])).toEqual([['B', '1234']])
  })

  it('payments after the reporting date are left out and counted in later', () => {
    // the 05/10 payment is after 30/09: the debt stands, 30 days (01/09 … 30/09) × 3.000 = 90.000
    const r = ledgerDebts(
      [
        { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
        { kind: 'payment', employer: 'A', date: '2025-10-05', amount: 10_000_000 },
        { kind: 'payment', employer: 'A', date: '2025-09-30', amount: 0 },
      ],
      { asOf: '2025-09-30' },
    )
    expect(r.later).toBe(1)
    expect(plainRecords(r)).toEqual([['BHXH_BB', '2025-07', '10000000', '0', '90000']])
  })

  it('interest across months with partial payments', () => {
    // charges: July 20.000.000 (deadline 31/08, late from 01/09), August 20.000.000 (deadline 30/09,
    // late from 01/10); payments 16/09 10.000.000 and 16/10 15.000.000; asOf 31/10.
    // 16/09: July accrued 01/09 … 15/09 = 15 × 20.000.000 × 0,03% = 15 × 6.000 = 90.000;
    //        10.000.000 to July's principal (10.000.000 left); nothing left for August.
    // 16/10: July accrued 16/09 … 15/10 = 30 × 10.000.000 × 0,03% = 30 × 3.000 = 90.000 → 180.000;
    //        10.000.000 clears July's principal, 180.000 its interest; 4.820.000 left.
    //        August accrued 01/10 … 15/10 = 15 × 6.000 = 90.000; 4.820.000 to its principal.
    // 31/10: August unpaid 20.000.000 − 4.820.000 = 15.180.000; 16/10 … 31/10 = 16 days
    //        × 15.180.000 × 0,03% = 16 × 4.554 = 72.864 → accrued 90.000 + 72.864 = 162.864, unpaid.
    const r = ledgerDebts(
      [
        { kind: 'payment', employer: 'A', date: '2025-10-16', amount: 15_000_000 },
        { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-08', amount: 20_000_000 },
        { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 20_000_000 },
        { kind: 'payment', employer: 'A', date: '2025-09-16', amount: 10_000_000 },
      ],
      { asOf: '2025-10-31' },
    )
    expect(plainRecords(r)).toEqual([
      ['BHXH_BB', '2025-07', '20000000', '20000000', '0'],
      ['BHXH_BB', '2025-08', '20000000', '4820000', '162864'],
    ])
    expect(r.interest.map((x) => [x.month, x.accrued.toString(), x.paid.toString()])).toEqual([
      ['2025-07', '180000', '180000'],
      ['2025-08', '162864', '0'],
    ])
    expect(r.credits).toEqual([])

    // fed to ageArrears on 31/10: July owes nothing (skipped); August: deadline 30/09, + 1 month
    // = 30/10 ≤ 31/10 → {1, 1} → "từ 1 tháng đến dưới 3 tháng", 15.180.000 with 162.864 of interest
    const s = ageArrears(r.records, { asOf: '2025-10-31' })
    const [under1, oneTo3, over3] = s.overall.rows
    expect([under1?.months, over3?.months]).toEqual([0, 0])
    expect([
      oneTo3?.employers,
      oneTo3?.months,
      oneTo3?.amount.toString(),
      oneTo3?.interest.toString(),
    ]).toEqual([1, 1, '15180000', '162864'])
    expect(oneTo3?.top[0]?.oldest).toEqual({ months: 1, days: 1 })
    expect(s.overall.overdue.interest.toString()).toBe('162864')
  })

  it('months before July 2025 need a rate for the days the table lacks', () => {
    // May 2025: deadline 31/05, late from 01/06/2025; June 2025 has no rate in the table
    const entries: LedgerEntry[] = [
      { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-05', amount: 1_000_000 },
    ]
    expect(bhxhError(() => ledgerDebts(entries, { asOf: '2025-07-10' })).code).toBe('not-applicable')
    // with rate 0,03%/day: 01/06 … 10/07 = 30 + 10 = 40 days × 300 = 12.000
    expect(ledgerDebts(entries, { asOf: '2025-07-10', rate: '0.0003' }).records[0]?.interest).toBe('12000')
    // June 2025: deadline 30/06, late from 01/07 — the table's own 0,03%: 10 days × 300 = 3.000
    expect(
      ledgerDebts([{ ...(entries[0] as LedgerEntry), month: '2025-06' } as LedgerEntry], {
        asOf: '2025-07-10',
      }).records[0]?.interest,
    ).toBe('3000')
  })
})

describe('ledgerDebts: errors', () => {
  const charge = { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2025-07', amount: 1 } as const
  it.each<[string, unknown, (string | number)[]]>([
    ['a negative amount', { ...charge, amount: -1 }, [1, 'amount']],
    ['no unit code', { ...charge, employer: '' }, [1, 'employer']],
    ['a bad month', { ...charge, month: '2025-13' }, [1, 'month']],
    ['a scheme not in the order', { ...charge, scheme: 'ALL' }, [1, 'scheme']],
    ['a bad kind', { ...charge, kind: 'refund' }, [1, 'kind']],
    ['a bad payment date', { kind: 'payment', employer: 'A', date: '2025-09-31', amount: 1 }, [1, 'date']],
    ['not an object', 7, [1]],
  ])('%s', (_, bad, path) => {
    const e = bhxhError(() => ledgerDebts([charge, bad as LedgerEntry], { asOf: '2025-09-30' }))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual(path)
  })

  it('a bad reporting date', () => {
    expect(bhxhError(() => ledgerDebts([charge], { asOf: '30/09/2025' })).path).toEqual(['asOf'])
  })
})
