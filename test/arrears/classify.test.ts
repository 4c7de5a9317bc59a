/**
 * classifyArrears: late payment (chậm đóng) or evasion (trốn đóng). From 1 July 2025 (Luật BHXH
 * 2024): evasion when unpaid more than 60 days after the deadline and reminded, or at once when
 * the registered salary is below the legal base; before, evasion was found by inspection.
 * Day counts by hand.
 */
import { describe, expect, it } from 'vitest'
import { type ArrearsFacts, classifyArrears } from '../../src/arrears'
import { bhxhError } from '../helpers'

const provisions = (facts: ArrearsFacts): string[] => classifyArrears(facts).sources.map((s) => s.provision)
const kindOf = (facts: ArrearsFacts) => {
  const c = classifyArrears(facts)
  return { kind: c.kind, daysLate: c.daysLate, missing: c.missing }
}

describe('classifyArrears: not due', () => {
  it('on the deadline and before it', () => {
    expect(kindOf({ deadline: '2025-08-31', asOf: '2025-08-31' })).toEqual({
      kind: 'not-due',
      daysLate: 0,
      missing: [],
    })
    expect(
      kindOf({ deadline: '2025-08-31', asOf: '2025-08-15', underDeclared: true, reminded: true }),
    ).toEqual({
      kind: 'not-due',
      daysLate: 0,
      missing: [],
    })
    expect(classifyArrears({ deadline: '2025-08-31', asOf: '2025-08-31' }).sources).toEqual([])
  })
})

describe('classifyArrears: from 1 July 2025', () => {
  const deadline = '2025-08-31' // July 2025 contributions

  it('60 days after the deadline is still late payment, reminded or not', () => {
    // 01/09 … 30/09 = 30 days, 01/10 … 30/10 = 30 days: 60
    expect(kindOf({ deadline, asOf: '2025-10-30' })).toEqual({ kind: 'late', daysLate: 60, missing: [] })
    expect(kindOf({ deadline, asOf: '2025-10-30', reminded: true }).kind).toBe('late')
    expect(provisions({ deadline, asOf: '2025-10-30' })).toEqual([
      'Điều 38, khoản 1',
      'Điều 39, khoản 1, điểm c, d, đ, e',
    ])
  })

  it('61 days: evasion if reminded, late if not, undetermined if unknown', () => {
    // 60 + 1 (31/10) = 61
    expect(kindOf({ deadline, asOf: '2025-10-31', reminded: true })).toEqual({
      kind: 'evasion',
      daysLate: 61,
      missing: [],
    })
    expect(kindOf({ deadline, asOf: '2025-10-31', reminded: false })).toEqual({
      kind: 'late',
      daysLate: 61,
      missing: [],
    })
    expect(kindOf({ deadline, asOf: '2025-10-31' })).toEqual({
      kind: 'undetermined',
      daysLate: 61,
      missing: ['reminded'],
    })
    // the salary base being right does not decide it
    expect(kindOf({ deadline, asOf: '2025-10-31', underDeclared: false }).missing).toEqual(['reminded'])
  })

  it('an under-declared salary is evasion at once', () => {
    // one day late (01/09)
    expect(kindOf({ deadline, asOf: '2025-09-01', underDeclared: true })).toEqual({
      kind: 'evasion',
      daysLate: 1,
      missing: [],
    })
    expect(kindOf({ deadline, asOf: '2025-09-01', underDeclared: false }).kind).toBe('late')
  })

  it('a reason in both languages', () => {
    const c = classifyArrears({ deadline, asOf: '2025-10-31', reminded: true })
    expect(c.reason.vi).toContain('61')
    expect(c.reason.en).toContain('61')
  })
})

describe('classifyArrears: before 1 July 2025', () => {
  const deadline = '2025-03-31'
  const asOf = '2025-06-15' // 01/04 … 15/06 = 30 + 31 + 15 = 76 days

  it('an overdue amount is late payment, reminded or not', () => {
    expect(kindOf({ deadline, asOf })).toEqual({ kind: 'late', daysLate: 76, missing: [] })
    expect(kindOf({ deadline, asOf, reminded: true }).kind).toBe('late')
    expect(classifyArrears({ deadline, asOf }).sources).toEqual([])
  })

  it('an under-declared salary needs an inspection', () => {
    expect(kindOf({ deadline, asOf, underDeclared: true })).toEqual({
      kind: 'undetermined',
      daysLate: 76,
      missing: ['inspection'],
    })
    // the day before the law: still the old rule; the day it takes effect: the new one
    expect(kindOf({ deadline, asOf: '2025-06-30', underDeclared: true }).kind).toBe('undetermined')
    expect(kindOf({ deadline, asOf: '2025-07-01', underDeclared: true }).kind).toBe('evasion')
  })
})

describe('classifyArrears: amounts still unpaid when the 2024 law took effect', () => {
  it('an old deadline classified after 1 July 2025 cites Điều 141, khoản 12', () => {
    // 31/05/2024 → 31/05/2025 = 365 days (29/02/2024 is before); + June 30 + July 31 + 1 (01/08) = 427
    const facts = { deadline: '2024-05-31', asOf: '2025-08-01' }
    expect(kindOf(facts)).toEqual({ kind: 'undetermined', daysLate: 427, missing: ['reminded'] })
    expect(provisions(facts)).toContain('Điều 141, khoản 12')
    expect(kindOf({ ...facts, reminded: true }).kind).toBe('evasion')
    for (const s of classifyArrears(facts).sources) {
      expect(s.document).toContain('41/2024/QH15')
      expect(s.url).toMatch(/^https?:\/\//)
    }
  })

  it('the deadline 30/06/2025 is still an old one', () => {
    // 01/07 … 01/09 = 31 + 31 + 1 = 63 days
    const facts = { deadline: '2025-06-30', asOf: '2025-09-01', reminded: true }
    expect(kindOf(facts)).toEqual({ kind: 'evasion', daysLate: 63, missing: [] })
    expect(provisions(facts)).toContain('Điều 141, khoản 12')
    // a new deadline does not cite it
    expect(provisions({ deadline: '2025-07-31', asOf: '2025-09-01' })).not.toContain('Điều 141, khoản 12')
  })
})

describe('classifyArrears: errors', () => {
  it.each([
    ['2025-8-31', '2025-10-31', 'deadline'],
    ['2025-02-29', '2025-10-31', 'deadline'],
    ['2025-08-31', '31/10/2025', 'asOf'],
  ])('deadline %s, asOf %s → invalid-input at %s', (deadline, asOf, field) => {
    const e = bhxhError(() => classifyArrears({ deadline, asOf }))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual([field])
  })

  it('no facts', () => {
    expect(bhxhError(() => classifyArrears(null as unknown as ArrearsFacts)).code).toBe('invalid-input')
  })
})
