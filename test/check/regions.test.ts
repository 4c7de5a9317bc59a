/**
 * No finding pairs figures of different regions (issue 14 §3): a national figure with a
 * provincial one, or two provinces; a figure with no region is of the report's own region.
 * Sentences written for these tests, in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { oneRegion } from '../../src/check/check'
import { checkReport } from '../../src/check/report'

const relations = (text: string, region?: string) =>
  checkReport({ text, date: '2025-01-10', ...(region === undefined ? {} : { region }) }).findings.map((f) => [
    f.relation,
    f.severity,
    f.figures.map((c) => c.raw),
  ])

describe('oneRegion', () => {
  it("a figure without a region is of the report's region, and of any when that is unknown", () => {
    expect(oneRegion([{ region: 'national' }, { region: null }], 'Hà Nội')).toBe(false)
    expect(oneRegion([{ region: 'Hà Nội' }, { region: null }], 'Hà Nội')).toBe(true)
    expect(oneRegion([{ region: 'national' }, { region: null }], null)).toBe(true)
    expect(oneRegion([{ region: 'national' }, { region: null }, { region: 'Bến Tre' }], null)).toBe(false)
    expect(oneRegion([{ region: 'Hà Nội' }, { region: 'Bến Tre' }], null)).toBe(false)
    expect(oneRegion([], 'Hà Nội')).toBe(true)
  })
})

describe('findings stay within one region', () => {
  // 4.000 ÷ (1 + 25%) = 3.200: the earlier value the growth implies, stated exactly.
  const growth = 'Năm 2024, %s có 4.000 người tham gia BHXH tự nguyện, tăng 25% so với năm 2023.'
  const earlier = ' Năm 2023, %s có 3.200 người tham gia BHXH tự nguyện.'
  const passage = (a: string, b: string) => growth.replace('%s', a) + earlier.replace('%s', b)

  it('one province: the growth is checked against its earlier value', () => {
    expect(relations(passage('toàn tỉnh', 'toàn tỉnh'), 'Bến Tre')).toEqual([
      ['implied-previous', 'ok', ['4.000 người', '25%', '3.200 người']],
    ])
  })

  it('a national figure is not checked against a provincial one (was: paired as one quantity)', () => {
    expect(relations(passage('cả nước', 'toàn tỉnh'), 'Bến Tre')).toEqual([])
    expect(relations(passage('cả nước', 'tỉnh Bến Tre'))).toEqual([])
  })

  it('nor two provinces', () => {
    expect(relations(passage('tại Hà Nội', 'tỉnh Bến Tre'))).toEqual([])
  })

  it("a figure with no region is the report's: provincial when the report's region is given", () => {
    expect(relations(passage('cả nước', 'toàn quốc'))).toEqual([
      ['implied-previous', 'ok', ['4.000 người', '25%', '3.200 người']],
    ])
    const unmarked = `${growth.replace('%s', 'cả nước')} Năm 2023, có 3.200 người tham gia BHXH tự nguyện.`
    expect(relations(unmarked, 'Bến Tre')).toEqual([])
    // a national report (no region given): the unmarked figure may be national
    expect(relations(unmarked)).toEqual([['implied-previous', 'ok', ['4.000 người', '25%', '3.200 người']]])
  })

  it('the earlier value is the first one of the same region: a national one before it is passed over', () => {
    // 4.000 ÷ 1,25 = 3.200, the province's; the national 50.000 of 2023 comes first in the text
    const text = `Năm 2023, cả nước có 50.000 người tham gia BHXH tự nguyện.${earlier.replace('%s', 'toàn tỉnh')} ${growth.replace('%s', 'toàn tỉnh')}`
    expect(relations(text, 'Bến Tre')).toEqual([
      ['implied-previous', 'ok', ['4.000 người', '25%', '3.200 người']],
    ])
  })

  it("an attainment is not checked against another region's plan", () => {
    // 1.000.000 ÷ 80% = 1.250.000, the plan stated: agreed when both are national, unchecked when
    // the plan is Kiên Giang's
    const text = (where: string) =>
      `Năm 2024, cả nước có 1.000.000 người tham gia BHXH tự nguyện, đạt 80% kế hoạch. ${where} phấn đấu đến năm 2024 có 1.250.000 người tham gia BHXH tự nguyện.`
    const plans = (where: string) =>
      checkReport({ text: text(where), date: '2024-10-10' })
        .findings.filter((f) => f.relation === 'implied-plan')
        .map((f) => [f.severity, f.figures.map((c) => c.raw)])
    expect(plans('Cả nước')).toEqual([['ok', ['1.000.000 người', '80%', '1.250.000 người']]])
    expect(plans('Tỉnh Kiên Giang')).toEqual([])
  })
})
