import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findNumbers, formatNumber, parseNumber } from '../../src/number'

const value = (p: ReturnType<typeof parseNumber>): string =>
  p.kind === 'fraction' || p.kind === 'range' ? '' : p.value
const codes = (p: ReturnType<typeof parseNumber>): string[] => p.warnings.map((w) => w.code)

describe('a count of whole things with one comma before three digits', () => {
  it('is read as thousands, with a warning (no one counts 318.204 people)', () => {
    // 318,204 người: 318 204 people, the only reading of a head count.
    const p = parseNumber('318,204 người')
    expect(value(p)).toBe('318204')
    expect(p.kind === 'number' && p.precision.decimals).toBe(0)
    expect(codes(p)).toEqual(['english-grouping'])
    expect(p.warnings[0]?.span).toEqual([0, 7])
    // 1,250 đơn vị: 1 250 employers
    expect(value(parseNumber('1,250 đơn vị'))).toBe('1250')
  })

  it('keeps the Vietnamese decimal with a scale word, a percent sign, money or no unit', () => {
    // 18,259 triệu người: 18.259 million people (the scale makes the decimal meaningful)
    expect(value(parseNumber('18,259 triệu người'))).toBe('18259000')
    expect(value(parseNumber('12,345%'))).toBe('0.12345')
    expect(value(parseNumber('1,008 đồng'))).toBe('1.008')
    expect(value(parseNumber('3,125'))).toBe('3.125')
    expect(codes(parseNumber('3,125'))).toEqual([])
  })

  it('keeps the Vietnamese reading under strict', () => {
    expect(value(parseNumber('318,204 người', { strict: true }))).toBe('318.204')
  })

  it('agrees between findNumbers and parseNumber', () => {
    const [p] = findNumbers('Toàn tỉnh có 318,204 người tham gia BHXH.')
    expect(p && value(p)).toBe('318204')
  })
})

describe('a text written the English way', () => {
  it('reads its ambiguous numbers the English way', () => {
    // 1,076,000 shows the English style; 3,620 tỷ đồng is then 3 620 tỷ = 3 620 000 000 000.
    const text = 'Có 1,076,000 người tham gia, số thu đạt 3,620 tỷ đồng.'
    const all = findNumbers(text)
    expect(all.map(value)).toEqual(['1076000', '3620000000000'])
    expect(all.map(codes)).toEqual([['english-grouping'], ['english-grouping']])
    expect(text.slice(...(all[1]?.warnings[0]?.span ?? [0, 0]))).toBe('3,620')
  })

  it('an English decimal point is evidence too', () => {
    // 0.5% is English; 2,150 tỷ đồng is then 2 150 tỷ.
    expect(findNumbers('Tăng 0.5%, số thu 2,150 tỷ đồng').map(value)).toEqual(['0.005', '2150000000000'])
  })

  it('does not change a text that also writes numbers the Vietnamese way', () => {
    // 45,6% is a Vietnamese decimal (an English group has three digits): the text is mixed, and
    // 3,620 tỷ đồng keeps its Vietnamese reading, 3.62 tỷ.
    const all = findNumbers('Có 1,076,000 người tham gia, số thu 3,620 tỷ đồng, đạt 45,6% kế hoạch.')
    expect(all.map(value)).toEqual(['1076000', '3620000000', '0.456'])
    // 1.076.000 is Vietnamese: 3,620 tỷ stays 3.62 tỷ
    expect(findNumbers('Có 1.076.000 người, thu 3,620 tỷ đồng').map(value)).toEqual(['1076000', '3620000000'])
  })

  it('a Vietnamese text is read as before', () => {
    expect(findNumbers('thu 3,620 tỷ đồng, chi 1,5 tỷ đồng').map(value)).toEqual(['3620000000', '1500000000'])
  })

  it('property: in an English text, "a,bbb tỷ đồng" is a·1000 + bbb tỷ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999 }),
        fc.integer({ min: 1_000_000, max: 99_999_999 }),
        (n, m) => {
          const en = (x: number): string => formatNumber(String(x)).replaceAll('.', ',')
          const text = `Có ${en(m)} người tham gia, số thu ${en(n)} tỷ đồng.`
          const all = findNumbers(text)
          expect(all.map(value)).toEqual([String(m), `${n}000000000`])
          for (const p of all) expect(codes(p)).toEqual(['english-grouping'])
        },
      ),
    )
  })

  it('property: a count of people written the English way is read whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999 }), (n) => {
        const raw = `${formatNumber(String(n)).replace('.', ',')} người`
        expect(value(parseNumber(raw))).toBe(String(n))
      }),
    )
  })
})
