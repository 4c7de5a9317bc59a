/** Arrears figures: whether an amount counts the interest, and arrears as a share of what was due. */
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures } from '../../src/extract/index'

const one = (text: string, raw: string): ExtractedFigure => {
  const f = extractFigures(text, { date: '2024-10-15' }).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}

describe('interest of an arrears amount', () => {
  it('reads "chưa bao gồm tiền lãi", "chưa tính lãi", "không bao gồm lãi" as excluded', () => {
    const f = one(
      'Tính đến 30/9/2024, số tiền chậm đóng BHXH, BHYT, BHTN là 18,6 tỷ đồng (chưa bao gồm tiền lãi).',
      '18,6 tỷ đồng',
    )
    expect([f.role, f.interest]).toEqual(['arrears-amount', 'excluded'])
    expect(one('Số tiền nợ chưa tính lãi là 12 tỷ đồng.', '12 tỷ đồng').interest).toBe('excluded')
    expect(one('Các đơn vị còn nợ 3 tỷ đồng, không bao gồm lãi.', '3 tỷ đồng').interest).toBe('excluded')
  })

  it('reads "bao gồm cả lãi chậm đóng", "kể cả tiền lãi" as included', () => {
    const text = 'Toàn tỉnh còn 312 đơn vị nợ 25,4 tỷ đồng (bao gồm cả lãi chậm đóng).'
    expect(one(text, '25,4 tỷ đồng').interest).toBe('included')
    // the employers are no amount: no interest
    expect(one(text, '312 đơn vị').interest).toBeNull()
    expect(one('Số nợ BHXH là 7,5 tỷ đồng, kể cả tiền lãi.', '7,5 tỷ đồng').interest).toBe('included')
  })

  it('is null when nothing is said, for the next amount of the sentence, and for money owed no arrears', () => {
    const text = 'Nợ BHXH là 12 tỷ đồng (chưa tính lãi), nợ BHYT 5 tỷ đồng.'
    expect(one(text, '12 tỷ đồng').interest).toBe('excluded')
    expect(one(text, '5 tỷ đồng').interest).toBeNull()
    // revenue is no arrears amount, whatever follows it
    const r = one('Tổng thu BHXH đạt 950 tỷ đồng (chưa bao gồm tiền lãi).', '950 tỷ đồng')
    expect([r.role, r.interest]).toEqual(['revenue', null])
  })
})

describe('arrears as a share of what was due', () => {
  it('reads "chiếm 2,1% số phải thu" after an arrears amount as an arrears share, with its scheme and period', () => {
    const text =
      'Tính đến 30/9/2024, số tiền chậm đóng BHXH, BHYT, BHTN là 96,2 tỷ đồng, chiếm 2,1% số phải thu.'
    const f = one(text, '2,1%')
    expect([f.role, f.metric, f.scheme, f.period]).toEqual([
      'arrears-amount',
      'arrears',
      'ALL',
      { kind: 'instant', date: '2024-09-30' },
    ])
    expect(one('Số nợ BHXH là 40 tỷ đồng, bằng 1,5% tổng số phải thu.', '1,5%').role).toBe('arrears-amount')
  })

  it('leaves a share of what was due after money that is no arrears', () => {
    // 4.500 tỷ collected is revenue: its share is no arrears
    expect(one('Số thu đạt 4.500 tỷ đồng, bằng 75% số phải thu năm 2024.', '75%').role).not.toBe(
      'arrears-amount',
    )
  })
})

describe('the scheme of employers who still owe', () => {
  it('reads "còn nợ BHXH, BHYT, BHTN" as the schemes owed, not another subject', () => {
    const f = one(
      'Đến tháng 9/2024, có 1.250 đơn vị còn nợ BHXH, BHYT, BHTN với số tiền 96,2 tỷ đồng.',
      '1.250 đơn vị',
    )
    expect([f.role, f.scheme]).toEqual(['arrears-employers', 'ALL'])
  })
})
