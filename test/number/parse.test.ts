import { describe, expect, it } from 'vitest'
import {
  NumberParseError,
  type ParsedNumber,
  parseNumber,
  safeParseNumber,
  toNumber,
} from '../../src/number/index'

/** The value of a phrase as one string: scalars as is, fractions `a/b`, ranges `lo..hi`. */
const valueText = (p: ParsedNumber): string =>
  p.kind === 'fraction'
    ? `${p.numerator.value}/${p.denominator.value}`
    : p.kind === 'range'
      ? `${p.low.value}..${p.high.value}`
      : p.value

describe('parseNumber: the golden table of the issue', () => {
  // [input, kind, value, unit code, qualifier, scale name, warning codes]
  const rows: [string, ParsedNumber['kind'], string, string | null, string, string | null, string[]][] = [
    ['1.076.000', 'number', '1076000', null, 'exact', null, []],
    ['gần 1.076.000 người', 'number', '1076000', 'person', 'nearly', null, []],
    // 3.620,4 tỷ = 3620.4 × 10^9
    ['3.620,4 tỷ đồng', 'number', '3620400000000', 'vnd', 'exact', 'tỷ', []],
    ['trên 5.147 tỷ đồng', 'number', '5147000000000', 'vnd', 'over', 'tỷ', []],
    // 71,5% = 71.5 / 100
    ['71,5%', 'percent', '0.715', 'ratio', 'exact', null, []],
    ['302,72 %', 'percent', '3.0272', 'ratio', 'exact', null, []],
    // an English decimal point in Vietnamese text: 0.03% = 0.0003, never 0.03 nor 3
    ['0.03%', 'percent', '0.0003', 'ratio', 'exact', null, ['english-decimal']],
    // a dot group must have three digits, so 1.5 can only be an English decimal — never 15
    ['1.5', 'number', '1.5', null, 'exact', null, ['english-decimal']],
    ['7.548', 'number', '7548', null, 'exact', null, []],
    ['1,076,000', 'number', '1076000', null, 'exact', null, ['english-grouping']],
    // ASCII spaces between groups are read, with a warning (two numbers in a row look the same);
    // a no-break space is typographic grouping, read without one
    ['1 076 000', 'number', '1076000', null, 'exact', null, ['space-grouping']],
    ['1\u00a0076\u00a0000', 'number', '1076000', null, 'exact', null, []],
    ['1\u00a0076\u00a0000', 'number', '1076000', null, 'exact', null, []],
    ['1\u202f076\u202f000', 'number', '1076000', null, 'exact', null, []],
    // 12,5 nghìn tỷ = 12.5 × 10^12
    ['12,5 nghìn tỷ', 'number', '12500000000000', null, 'exact', 'nghìn tỷ', []],
    ['1,5 triệu đồng', 'number', '1500000', 'vnd', 'exact', 'triệu', []],
    ['−4,46%', 'percent', '-0.0446', 'ratio', 'exact', null, []],
    ['-4,46%', 'percent', '-0.0446', 'ratio', 'exact', null, []],
    ['âm 4,46%', 'percent', '-0.0446', 'ratio', 'exact', null, []],
    ['(1.234)', 'number', '-1234', null, 'exact', null, []],
    ['0,03%/ngày', 'percent', '0.0003', 'ratio-per-day', 'exact', null, []],
    ['2.109/2.156', 'fraction', '2109/2156', null, 'exact', null, []],
    ['gấp hơn hai lần', 'multiple', '2', 'times', 'over', null, []],
    ['10-15 phút', 'range', '10..15', 'minute', 'exact', null, []],
    ['45 tỷ'.normalize('NFD'), 'number', '45000000000', null, 'exact', 'tỷ', []],
  ]
  it.each(rows)('%s', (input, kind, value, unit, qualifier, scale, warnings) => {
    const p = parseNumber(input)
    expect(p.kind).toBe(kind)
    expect(valueText(p)).toBe(value)
    expect(p.unit?.code ?? null).toBe(unit)
    expect(p.qualifier).toBe(qualifier)
    expect(p.scale?.name ?? null).toBe(scale)
    expect(p.warnings.map((w) => w.code)).toEqual(warnings)
    expect(p.raw).toBe(input)
    expect(p.span).toEqual([0, input.length])
  })

  // [input, code, span]
  const errors: [string, string, [number, number]][] = [
    ['1..2', 'bad-separator', [1, 3]],
    ['1.2.3', 'bad-grouping', [0, 5]],
    ['12,34,5', 'bad-grouping', [0, 7]],
    ['', 'empty', [0, 0]],
    ['   ', 'empty', [0, 3]],
    ['abc', 'no-number', [0, 3]],
    ['∞', 'not-finite', [0, 1]],
    ['NaN', 'not-finite', [0, 3]],
    ['Infinity', 'not-finite', [0, 8]],
    ['12 abc', 'unexpected-text', [3, 6]],
    ['1.', 'bad-separator', [1, 2]],
    ['12-9', 'unexpected-text', [2, 4]],
    ['23/5/2020', 'unexpected-text', [2, 9]],
    ['(-5)', 'unexpected-text', [1, 3]],
    ['từ 3 tháng', 'no-number', [0, 2]],
  ]
  it.each(errors)('%s is a typed error', (input, code, span) => {
    const r = safeParseNumber(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toBeInstanceOf(NumberParseError)
    expect(r.error.code).toBe(code)
    expect(r.error.span).toEqual(span)
    expect(r.error.messages.vi.length).toBeGreaterThan(0)
    expect(r.error.messages.en.length).toBeGreaterThan(0)
    expect(() => parseNumber(input)).toThrow(NumberParseError)
  })
})

describe('parseNumber: precision as written', () => {
  it('keeps decimals, the step of the last digit and trailing zeros', () => {
    // 71,5% has one decimal in percent: a step of 0,1% = 0.001 as a ratio
    expect(parseNumber('71,5%')).toMatchObject({
      precision: { decimals: 1, step: '0.001', trailingZeros: 0 },
    })
    // 3.620,4 tỷ: one decimal in tỷ = 0.1 × 10^9 = 10^8 đồng
    expect(parseNumber('3.620,4 tỷ đồng')).toMatchObject({
      precision: { decimals: 1, step: '100000000', trailingZeros: 0 },
    })
    expect(parseNumber('gần 1.076.000 người')).toMatchObject({
      precision: { decimals: 0, step: '1', trailingZeros: 3 },
    })
    // "100,0%" keeps its written zero: a step of 0.001
    expect(parseNumber('100,0%')).toMatchObject({ value: '1', precision: { decimals: 1, step: '0.001' } })
    expect(parseNumber('42 tỷ')).toMatchObject({ precision: { decimals: 0, step: '1000000000' } })
  })
})

describe('parseNumber: scales, units and qualifiers', () => {
  const rows: [string, string, string | null, string | null, string][] = [
    ['10k', '10000', 'nghìn', null, 'exact'],
    ['5tr', '5000000', 'triệu', null, 'exact'],
    ['5 Tr', '5000000', 'triệu', null, 'exact'],
    ['7 N', '7000', 'nghìn', null, 'exact'],
    ['3 T', '3000000000', 'tỷ', null, 'exact'],
    ['2 NT', '2000000000000', 'nghìn tỷ', null, 'exact'],
    ['1 triệu tỷ', '1000000000000000', 'triệu tỷ', null, 'exact'],
    ['3 tỉ', '3000000000', 'tỷ', null, 'exact'],
    ['2 ngàn', '2000', 'nghìn', null, 'exact'],
    ['1.500.000đ', '1500000', null, 'vnd', 'exact'],
    ['1.500.000 ₫', '1500000', null, 'vnd', 'exact'],
    ['1.500.000 VND', '1500000', null, 'vnd', 'exact'],
    ['1.500.000 VNĐ', '1500000', null, 'vnd', 'exact'],
    ['khoảng 5 triệu người', '5000000', 'triệu', 'person', 'about'],
    ['xấp xỉ 90%', '0.9', null, 'ratio', 'about'],
    ['chừng 10 đơn vị', '10', null, 'employer', 'about'],
    ['dưới 6 tháng', '6', null, 'month', 'under'],
    ['ít nhất 3 lần', '3', null, 'times', 'at-least'],
    ['tối thiểu 20 người', '20', null, 'person', 'at-least'],
    ['tối đa 2 hộ', '2', null, 'household', 'at-most'],
    ['ngoài 50 người', '50', null, 'person', 'over'],
    ['hơn 3.000 lượt người lao động', '3000', null, 'person', 'over'],
    ['từ 3 tháng trở lên', '3', null, 'month', 'at-least'],
    ['12 tháng trở lên', '12', null, 'month', 'at-least'],
    ['6,15 điểm phần trăm', '0.0615', null, 'points', 'exact'],
    ['Trên 95%', '0.95', null, 'ratio', 'over'],
  ]
  it.each(rows)('%s', (input, value, scale, unit, qualifier) => {
    const p = parseNumber(input)
    expect(valueText(p)).toBe(value)
    expect(p.scale?.name ?? null).toBe(scale)
    expect(p.unit?.code ?? null).toBe(unit)
    expect(p.qualifier).toBe(qualifier)
  })

  it('keeps the qualifier and unit as written', () => {
    expect(parseNumber('Gần 45 tỷ đồng')).toMatchObject({ qualifierText: 'Gần', unit: { text: 'đồng' } })
    expect(parseNumber('1,5 triệu VNĐ').unit).toEqual({ text: 'VNĐ', code: 'vnd' })
  })

  it('reads multiples in words and digits', () => {
    expect(parseNumber('gấp đôi')).toMatchObject({ kind: 'multiple', value: '2' })
    expect(parseNumber('gấp rưỡi')).toMatchObject({ kind: 'multiple', value: '1.5' })
    expect(parseNumber('gấp 2,5 lần')).toMatchObject({ kind: 'multiple', value: '2.5' })
    expect(parseNumber('gần gấp ba')).toMatchObject({ kind: 'multiple', value: '3', qualifier: 'nearly' })
  })

  it('reads ranges, not subtractions, and keeps the scale on both ends', () => {
    const r = parseNumber('1-2 tỷ đồng')
    expect(r.kind === 'range' && [r.low.value, r.high.value]).toEqual(['1000000000', '2000000000'])
    const s = parseNumber('10 – 15 phút')
    expect(s.kind === 'range' && [s.low.value, s.high.value]).toEqual(['10', '15'])
  })

  it('reads Vietnamese decimals with a space-grouped integer part', () => {
    expect(parseNumber('1 076 000,5')).toMatchObject({
      value: '1076000.5',
      warnings: [{ code: 'space-grouping', span: [0, 11] }],
    })
    expect(parseNumber('1\u202f076\u202f000,5')).toMatchObject({ value: '1076000.5', warnings: [] })
    expect(parseNumber('1.234,5')).toMatchObject({ value: '1234.5', warnings: [] })
    expect(parseNumber('1,234.5')).toMatchObject({
      value: '1234.5',
      warnings: [{ code: 'english-grouping' }],
    })
  })

  it('rejects English separators when strict', () => {
    expect(safeParseNumber('0.03%', { strict: true })).toMatchObject({
      ok: false,
      error: { code: 'bad-grouping' },
    })
    expect(safeParseNumber('1,076,000', { strict: true })).toMatchObject({ ok: false })
    expect(parseNumber('1.076.000', { strict: true })).toMatchObject({ value: '1076000' })
  })

  it('maps spans of NFD input back to the caller’s offsets', () => {
    const text = '  gần 45 tỷ đồng '.normalize('NFD')
    const p = parseNumber(text)
    expect(text.slice(p.span[0], p.span[1])).toBe(p.raw)
    expect(p.raw).toBe('gần 45 tỷ đồng'.normalize('NFD'))
    expect(p.unit?.text).toBe('đồng') // normalised to NFC
  })

  it('gives a float only on request', () => {
    const p = parseNumber('71,5%')
    expect(p.kind === 'percent' && toNumber(p)).toBe(0.715)
    expect(toNumber('3620400000000')).toBe(3620400000000)
  })
})
