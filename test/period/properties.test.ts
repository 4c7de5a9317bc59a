/**
 * Properties of periods (≥ 10 000 runs each): parse(format(p)) = p, safeParsePeriod never
 * throws, cùng kỳ keeps the months covered, every period contains itself, elapsedShare is a
 * reduced fraction in (0, 1], and the previous period ends the day before p starts.
 *
 * The oracle for calendar facts is the JavaScript Date in UTC, independent of the module.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BhxhError, type BhxhErrorCode } from '../../src/errors'
import {
  contains,
  elapsedShare,
  formatPeriod,
  monthsCovered,
  type Period,
  type PeriodContext,
  PeriodSchema,
  parsePeriod,
  periodEquals,
  periodRange,
  previousPeriod,
  safeParsePeriod,
  samePeriodLastYear,
} from '../../src/period/index'

const RUNS = { numRuns: 10_000 }

/** The ISO date of a UTC millisecond time. */
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
/** The day after an ISO date, by Date. */
const nextDay = (date: string): string => iso(Date.parse(`${date}T00:00:00Z`) + 86_400_000)

const yearArb = fc.integer({ min: 1900, max: 2100 })
const dateArb = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => iso(ms - (ms % 86_400_000)))

const periodArb: fc.Arbitrary<Period> = fc.oneof(
  yearArb.map((year): Period => ({ kind: 'year', year })),
  fc
    .tuple(yearArb, fc.constantFrom<1 | 2>(1, 2))
    .map(([year, half]): Period => ({ kind: 'half', year, half })),
  fc
    .tuple(yearArb, fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4))
    .map(([year, quarter]): Period => ({ kind: 'quarter', year, quarter })),
  fc
    .tuple(yearArb, fc.integer({ min: 1, max: 12 }))
    .map(([year, month]): Period => ({ kind: 'month', year, month })),
  fc
    .tuple(yearArb, fc.integer({ min: 1, max: 12 }))
    .map(([year, month]): Period => ({ kind: 'year-to-date', year, month })),
  dateArb.map((date): Period => ({ kind: 'day', date })),
  dateArb.map((date): Period => ({ kind: 'instant', date })),
  fc
    .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 200 }))
    .map(([from, n]): Period => ({ kind: 'phase', from, to: Math.min(2100, from + n) })),
  fc.integer({ min: 1900, max: 2099 }).map((year): Period => ({ kind: 'school-year', year })),
)

const CODES: BhxhErrorCode[] = ['bad-period', 'needs-context', 'invalid-input']

/** safeParsePeriod returns a valid frozen period, or a BhxhError whose span lies in the text. */
function checkSafe(text: string, context?: PeriodContext): void {
  const r = safeParsePeriod(text, context)
  if (r.ok) {
    expect(PeriodSchema.safeParse(r.value).success).toBe(true)
    expect(Object.isFrozen(r.value)).toBe(true)
  } else {
    expect(r.error).toBeInstanceOf(BhxhError)
    expect(CODES).toContain(r.error.code)
    expect(r.error.messages.vi).not.toBe(r.error.messages.en)
    if (r.error.span) {
      const [a, b] = r.error.span
      expect(0 <= a && a <= b && b <= text.length).toBe(true)
    }
  }
}

/** Phrase-like text: the reader's own words, numbers and separators in any order. */
const soup = fc
  .array(
    fc.constantFrom(
      ...'năm quý quí tháng đầu cuối nửa đến tới hết từ nay lũy luỹ kế tính trong cả ngày giai đoạn'.split(
        ' ',
      ),
      ...['i', 'iii', 'iv', 'v', 'Năm', 'Đến', '/', '-', '–', '.', ',', ' ', '\u00a0', '\u0301'],
      ...[
        '0',
        '1',
        '3',
        '6',
        '8',
        '9',
        '12',
        '13',
        '29',
        '31',
        '2019',
        '2020',
        '2023',
        '1899',
        '99999999999',
      ],
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '))
const contextArb = fc.option(
  fc.record(
    { year: fc.option(yearArb, { nil: undefined }), asOf: fc.option(dateArb, { nil: undefined }) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
)

describe('properties', () => {
  it('parsePeriod(formatPeriod(p)) equals p', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const back = parsePeriod(formatPeriod(p))
        expect(back).toEqual(p)
        expect(periodEquals(back, p)).toBe(true)
        // NFD text reads the same
        expect(parsePeriod(formatPeriod(p).normalize('NFD'))).toEqual(p)
      }),
      RUNS,
    )
  })

  it('safeParsePeriod never throws on any string (UTF-16 code units, graphemes, phrase soup)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => checkSafe(s)),
      RUNS,
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => checkSafe(s)),
      RUNS,
    )
    fc.assert(
      fc.property(fc.string(), (s) => checkSafe(s)),
      RUNS,
    )
    fc.assert(
      fc.property(soup, contextArb, (s, c) => checkSafe(s, c)),
      RUNS,
    )
  })

  it('samePeriodLastYear keeps the number of months covered', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(p.kind !== 'phase' && periodRange(p).start >= '1901')
        expect(monthsCovered(samePeriodLastYear(p))).toHaveLength(monthsCovered(p).length)
      }),
      RUNS,
    )
  })

  it('every period contains itself', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(contains(p, p)).toBe(true)
      }),
      RUNS,
    )
  })

  it('elapsedShare is a reduced fraction in (0, 1]', () => {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(p.kind !== 'phase' && p.kind !== 'school-year')
        const { numerator: n, denominator: d } = elapsedShare(p)
        expect(Number.isInteger(n) && Number.isInteger(d)).toBe(true)
        expect(n > 0 && n <= d).toBe(true)
        expect(gcd(n, d)).toBe(1)
      }),
      RUNS,
    )
  })

  it('the previous year, half, quarter or month ends the day before p starts', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(['year', 'half', 'quarter', 'month'].includes(p.kind) && periodRange(p).start >= '1901')
        const q = previousPeriod(p)
        expect(q.kind).toBe(p.kind)
        expect(nextDay(periodRange(q).end)).toBe(periodRange(p).start)
        expect(periodRange(q).end < periodRange(p).start).toBe(true) // disjoint, and before
        expect(monthsCovered(q)).toHaveLength(monthsCovered(p).length)
      }),
      RUNS,
    )
  })

  it('the previous phase has the same length and ends the year before', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(p.kind === 'phase' && 2 * p.from - p.to - 1 >= 1900)
        const q = previousPeriod(p)
        expect(nextDay(periodRange(q).end)).toBe(periodRange(p).start)
        expect(monthsCovered(q)).toHaveLength(monthsCovered(p).length)
      }),
      RUNS,
    )
  })
})
