/**
 * Properties over parse and format together (≥ 10 000 runs each):
 * parse(format(x)) = x for every format option (rounded per decimal.js when rounding is asked),
 * safeParseNumber never throws, and findNumbers spans always slice back to their raw text.
 */
import DecimalJs from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findNumbers,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  type ParsedNumber,
  parseNumber,
  ROUNDING_MODES,
  safeParseNumber,
  type VndScale,
  type VndUnit,
} from '../../src/number/index'

const RUNS = { numRuns: 10_000 }
// An oracle independent of bhxh: decimal.js with enough precision for the generated values.
const D = DecimalJs.clone({ precision: 200, toExpNeg: -300, toExpPos: 300 })
const canonical = (s: string): string => new D(s).toFixed()

/** Random exact decimals: sign, an integer part up to 10^30, and up to 12 fraction digits. */
const decimal = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 12 }),
  )
  .map(([neg, int, frac]) => canonical(`${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`))

const MODES = ROUNDING_MODES
/** The invisible characters scraped HTML leaves in text. */
const INVISIBLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']
/** Only white space and invisible characters. */
const GAPS = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/
const scalarValue = (p: ParsedNumber): string =>
  p.kind === 'number' || p.kind === 'percent' ? p.value : 'not a scalar'

describe('parse(format(x)) = x', () => {
  it('formatNumber, exact, with and without grouping', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), (x, grouping) => {
        expect(scalarValue(parseNumber(formatNumber(x, { grouping })))).toBe(x)
      }),
      RUNS,
    )
  })

  it('formatNumber with decimals, min/max decimals and every rounding mode', () => {
    fc.assert(
      fc.property(
        decimal,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...MODES),
        (x, max, min, rounding) => {
          const minDecimals = Math.min(min, max)
          const text = formatNumber(x, { maxDecimals: max, minDecimals, rounding })
          // decimal.js rounding modes are numbered in the same order as the names
          const expected = canonical(
            new D(x).toDecimalPlaces(max, MODES.indexOf(rounding) as DecimalJs.Rounding).toFixed(),
          )
          expect(scalarValue(parseNumber(text))).toBe(expected === '-0' ? '0' : expected)
          const fixed = formatNumber(x, { decimals: max, rounding })
          expect(scalarValue(parseNumber(fixed))).toBe(expected === '-0' ? '0' : expected)
        },
      ),
      RUNS,
    )
  })

  it('formatPercent (with and without the space) and formatPoints', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), (x, space) => {
        const p = parseNumber(formatPercent(x, { space }))
        expect(p.kind).toBe('percent')
        expect(scalarValue(p)).toBe(x)
        const q = parseNumber(formatPoints(x))
        expect(q.unit?.code).toBe('points')
        expect(scalarValue(q)).toBe(x)
      }),
      RUNS,
    )
  })

  it('formatVnd for every scale and unit form', () => {
    const scales: VndScale[] = ['đồng', 'nghìn', 'triệu', 'tỷ', 'auto']
    const units: VndUnit[] = ['đồng', '₫', 'đ', 'VND', 'VNĐ']
    fc.assert(
      fc.property(decimal, fc.constantFrom(...scales), fc.constantFrom(...units), (x, scale, unit) => {
        const p = parseNumber(formatVnd(x, { scale, unit }))
        expect(p.unit?.code).toBe('vnd')
        expect(scalarValue(p)).toBe(x)
      }),
      RUNS,
    )
  })

  it('JavaScript numbers round-trip through their shortest decimal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        expect(scalarValue(parseNumber(formatNumber(x)))).toBe(canonical(String(x)))
      }),
      RUNS,
    )
  })
})

describe('safeParseNumber never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (s) => {
          const r = safeParseNumber(s)
          expect(typeof r.ok).toBe('boolean')
        },
      ),
      RUNS,
    )
  })

  it('on strings made of number pieces', () => {
    const piece = fc.constantFrom(
      ...'0123456789.,-−/ %'.split(''),
      '\u00a0',
      ' tỷ',
      ' đồng',
      'gần ',
      'trên ',
      'âm ',
      '(',
      ')',
      'gấp ',
      ' lần',
      'hai',
      '%/ngày',
      'trở lên',
      ...INVISIBLES,
      '\t',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('')
        const r = safeParseNumber(s)
        if (r.ok) {
          // the phrase is the whole text but for white space and invisible characters around it
          expect(s.slice(...r.value.span)).toBe(r.value.raw)
          expect(s.slice(0, r.value.span[0]) + s.slice(r.value.span[1])).toMatch(GAPS)
          expect(scalarValue(r.value)).not.toMatch(/NaN|^-0$/)
        } else {
          expect(r.error.span[0]).toBeGreaterThanOrEqual(0)
          expect(r.error.span[1]).toBeLessThanOrEqual(s.length)
        }
      }),
      RUNS,
    )
  })
})

describe('findNumbers spans slice back to their raw text', () => {
  const piece = fc.constantFrom(
    ...'0123456789.,-/: %'.split(''),
    '\u00a0',
    '\n',
    ' tỷ đồng',
    ' người',
    'gần ',
    'trên ',
    'năm ',
    'tháng ',
    'gấp hơn hai lần',
    'Nguyễn',
    'ệ'.normalize('NFD'),
    'ngày 23/5/2020',
    '2023-2025',
    'trở lên',
    ...INVISIBLES,
    '\t',
  )
  it('for NFC and NFD text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (parts, nfd) => {
        const text = nfd ? parts.join('').normalize('NFD') : parts.join('')
        let last = 0
        for (const p of findNumbers(text)) {
          expect(text.slice(p.span[0], p.span[1])).toBe(p.raw)
          for (const w of p.warnings) {
            expect(w.span[0]).toBeGreaterThanOrEqual(p.span[0])
            expect(w.span[1]).toBeLessThanOrEqual(p.span[1])
          }
          expect(p.span[0]).toBeGreaterThanOrEqual(last) // in order, never overlapping
          last = p.span[1]
        }
      }),
      RUNS,
    )
  })

  it('for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const p of findNumbers(text)) expect(text.slice(p.span[0], p.span[1])).toBe(p.raw)
      }),
      RUNS,
    )
  })
})

describe('an invisible character inside a formatted number', () => {
  // Scraped HTML leaves soft hyphens and zero-width characters anywhere. Wherever one falls in a
  // formatted number, findNumbers finds that one number with the same value (never a fragment
  // like "000 người" or "4 tỷ đồng"), parseNumber agrees, and the warning points at the character.
  const prefix = 'toàn tỉnh có '
  it('never yields a figure with a different value', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), fc.nat(), fc.constantFrom(...INVISIBLES), (x, grouping, at, c) => {
        const n = formatNumber(x, { grouping })
        const k = at % (n.length + 1) // 0 and n.length: before and after the number
        const phrase = `${n.slice(0, k)}${c}${n.slice(k)} người`
        const text = prefix + phrase
        const all = findNumbers(text)
        // "1,007 người": a count of people has no fraction, so one `,` before exactly three
        // digits is read as an English thousands separator (1007, with a warning).
        const whole = /^-?[1-9]\d{0,2},\d{3}$/.test(n)
        expect(all.map(scalarValue)).toEqual([whole ? n.replace(',', '') : x])
        const [p] = all
        if (!p) return
        expect(text.slice(...p.span)).toBe(p.raw)
        const inside = k > 0 && k < n.length
        const hidden = p.warnings.filter((w) => w.code === 'invisible-character').map((w) => w.span)
        expect(hidden).toEqual(inside ? [[prefix.length + k, prefix.length + k + 1]] : [])
        const q = parseNumber(phrase)
        expect(scalarValue(q)).toBe(whole ? n.replace(',', '') : x)
        expect(q.warnings).toEqual(
          p.warnings.map((w) => ({ ...w, span: [w.span[0] - prefix.length, w.span[1] - prefix.length] })),
        )
      }),
      RUNS,
    )
  })

  it('formatVnd and formatPercent outputs keep their value too', () => {
    fc.assert(
      fc.property(decimal, fc.nat(), fc.constantFrom(...INVISIBLES), fc.boolean(), (x, at, c, vnd) => {
        const out = vnd ? formatVnd(x) : formatPercent(x)
        const k = at % (out.length + 1)
        const text = `${out.slice(0, k)}${c}${out.slice(k)}`
        const want = scalarValue(parseNumber(out))
        const got = findNumbers(text).map(scalarValue)
        // an invisible character inside a word (đồ\u00adng) may hide the unit, never change the value
        expect(got).toEqual([want])
      }),
      RUNS,
    )
  })
})
