/** The accuracy table's cells and the targets. */
import { describe, expect, it } from 'vitest'
import { cell, type PartScore, partScore, per20, TARGETS, targetTable } from './table'

describe('the accuracy table', () => {
  it('writes right/labelled with the per cent to one place, and counts per 20 passages', () => {
    // 2 ÷ 3 = 66,66…% → 66.7%; 53 ÷ 94 = 56,38…% → 56.4%.
    expect(cell([2, 3])).toBe('2/3 (66.7%)')
    expect(cell([53, 94])).toBe('53/94 (56.4%)')
    expect(cell([0, 0])).toBe('–')
    // 2 × 20 ÷ 11 = 3,63… → 3.6.
    expect(per20(2, 11)).toBe('2 (3.6 per 20 passages)')
    expect(per20(0, 27)).toBe('0 (0.0 per 20 passages)')
  })

  it('meets a target at the bound and misses it just below', () => {
    const part = (role: number, falseAlarms: number): PartScore => ({
      ...partScore('p', 20, [], null),
      role: [role, 10],
      checks: { confirmed: [4, 5], caught: [3, 5], findings: 9, falseAlarms, wrongPairings: 0 },
    })
    const met = (p: PartScore, measure: string) => TARGETS.find((t) => t.measure === measure)?.met(p)
    // 9/10 = 90% meets ≥ 90%; 8/10 misses. 4/5 = 80% meets ≥ 80%; 3/5 = 60% misses.
    expect([met(part(9, 1), 'role'), met(part(8, 1), 'role')]).toEqual([true, false])
    expect([met(part(9, 1), 'relations confirmed'), met(part(9, 1), 'issues caught')]).toEqual([true, false])
    // 1 false alarm in 20 passages meets "at most one per 20"; 2 miss.
    expect([met(part(9, 1), 'false alarms'), met(part(9, 2), 'false alarms')]).toEqual([true, false])
    // No labelled scheme figures: no verdict.
    expect(met(part(9, 1), 'scheme')).toBeNull()
    expect(targetTable(part(9, 2))).toContain(
      '| false alarms | ≤ 1 per 20 passages | 2 (2.0 per 20 passages) | missed |',
    )
  })
})
