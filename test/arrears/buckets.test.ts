/**
 * Aging buckets: the phrases reports use, read into ranges of months and written back as
 * labels (digits or words, Vietnamese and English); overlaps; membership at the edges; the
 * presets. Properties: label → phrase → range round trip, and inBucket against the real line.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AGING_PRESETS,
  type AgingBucket,
  agingBucket,
  agingBuckets,
  type BucketRange,
  bucketLabel,
  inBucket,
  parseBucketRange,
} from '../../src/arrears'
import { bhxhError } from '../helpers'

type Range = Omit<AgingBucket, 'label'>
const range = (b: AgingBucket): Range => ({
  from: b.from,
  fromInclusive: b.fromInclusive,
  to: b.to,
  toInclusive: b.toInclusive,
})

describe('agingBucket: golden table', () => {
  // phrase → [from, fromInclusive, to, toInclusive], vi label, en label
  const table: [string, Range, string, string][] = [
    [
      'từ 1 tháng đến dưới 6 tháng',
      { from: 1, fromInclusive: true, to: 6, toInclusive: false },
      'từ 1 tháng đến dưới 6 tháng',
      '1 to under 6 months',
    ],
    [
      'từ 1 tháng đến dưới 3 tháng',
      { from: 1, fromInclusive: true, to: 3, toInclusive: false },
      'từ 1 tháng đến dưới 3 tháng',
      '1 to under 3 months',
    ],
    [
      'từ 1 tháng đến 6 tháng',
      { from: 1, fromInclusive: true, to: 6, toInclusive: true },
      'từ 1 tháng đến 6 tháng',
      '1 to 6 months',
    ],
    [
      'trên 3 tháng đến 6 tháng',
      { from: 3, fromInclusive: false, to: 6, toInclusive: true },
      'trên 3 tháng đến 6 tháng',
      'over 3 to 6 months',
    ],
    [
      'trên 6 tháng',
      { from: 6, fromInclusive: false, to: null, toInclusive: false },
      'trên 6 tháng',
      'over 6 months',
    ],
    [
      'hơn 1 tháng',
      { from: 1, fromInclusive: false, to: null, toInclusive: false },
      'trên 1 tháng',
      'over 1 month',
    ],
    [
      'từ 3 tháng trở lên',
      { from: 3, fromInclusive: true, to: null, toInclusive: false },
      'từ 3 tháng trở lên',
      '3 months or more',
    ],
    [
      'từ 12 tháng trở lên',
      { from: 12, fromInclusive: true, to: null, toInclusive: false },
      'từ 12 tháng trở lên',
      '12 months or more',
    ],
    [
      'dưới 3 tháng',
      { from: 0, fromInclusive: true, to: 3, toInclusive: false },
      'dưới 3 tháng',
      'under 3 months',
    ],
    [
      'dưới 1 tháng',
      { from: 0, fromInclusive: true, to: 1, toInclusive: false },
      'dưới 1 tháng',
      'under 1 month',
    ],
    // "không quá 12 tháng" is read as 0 to 12 months, 12 included; the label is the canonical phrase
    [
      'không quá 12 tháng',
      { from: 0, fromInclusive: true, to: 12, toInclusive: true },
      'từ 12 tháng trở xuống',
      'up to 12 months',
    ],
    // numbers in words
    [
      'trên sáu tháng',
      { from: 6, fromInclusive: false, to: null, toInclusive: false },
      'trên 6 tháng',
      'over 6 months',
    ],
    [
      'từ một tháng đến dưới mười hai tháng',
      { from: 1, fromInclusive: true, to: 12, toInclusive: false },
      'từ 1 tháng đến dưới 12 tháng',
      '1 to under 12 months',
    ],
  ]

  it.each(table)('«%s»', (phrase, r, vi, en) => {
    const b = agingBucket(phrase)
    expect(range(b)).toEqual(r)
    expect(b.label).toEqual({ vi, en })
    // and the label reads back to the same bucket
    expect(range(agingBucket(b.label.vi))).toEqual(r)
  })

  it('labels in words', () => {
    expect(agingBucket('trên 6 tháng', { numerals: 'words' }).label.vi).toBe('trên sáu tháng')
    expect(agingBucket({ from: 3 }, { numerals: 'words' }).label.vi).toBe('từ ba tháng trở lên')
    expect(agingBucket('từ 1 tháng đến dưới 12 tháng', { numerals: 'words' }).label.vi).toBe(
      'từ một tháng đến dưới mười hai tháng',
    )
  })

  it('reads NFD text, extra spaces and capitals', () => {
    const nfd = 'từ 1 tháng đến dưới 6 tháng'.normalize('NFD')
    expect(nfd).not.toBe('từ 1 tháng đến dưới 6 tháng') // really decomposed
    expect(range(agingBucket(nfd))).toEqual({ from: 1, fromInclusive: true, to: 6, toInclusive: false })
    expect(range(agingBucket('  TRÊN   6  THÁNG '))).toEqual({
      from: 6,
      fromInclusive: false,
      to: null,
      toInclusive: false,
    })
    expect(range(agingBucket('Từ 3 Tháng Trở Lên'.normalize('NFD')))).toEqual({
      from: 3,
      fromInclusive: true,
      to: null,
      toInclusive: false,
    })
  })

  it('a range from 0 always includes 0', () => {
    // "trên 0 tháng" and "từ 0 tháng" are the same bucket: a debt is at least one day overdue
    expect(agingBucket({ from: 0, fromInclusive: false, to: 2 }).fromInclusive).toBe(true)
  })

  it('parseBucketRange returns the range as written, before defaults', () => {
    expect(parseBucketRange('từ 1 tháng đến dưới 6 tháng')).toEqual({
      from: 1,
      fromInclusive: true,
      to: 6,
      toInclusive: false,
    })
    expect(parseBucketRange('trên sáu tháng')).toEqual({ from: 6, fromInclusive: false })
    expect(parseBucketRange('từ 3 tháng trở lên')).toEqual({ from: 3 })
    expect(parseBucketRange('dưới 3 tháng')).toEqual({ from: 0, to: 3 })
    expect(parseBucketRange('từ 3 tháng trở xuống')).toEqual({ from: 0, to: 3, toInclusive: true })
  })
})

describe('agingBucket: errors', () => {
  it.each<[string, BucketRange | string]>([
    ['an empty range', 'từ 6 tháng đến dưới 6 tháng'],
    ['an inverted range', 'từ 6 tháng đến 3 tháng'],
    ['over 6 up to 6', 'trên 6 tháng đến 6 tháng'],
    ['a negative lower end', { from: -1 }],
    ['a fractional lower end', { from: 1.5 }],
    ['a fractional upper end', { from: 1, to: 2.5 }],
    ['a phrase that is no bucket', 'khoảng 3 tháng'],
    ['no number', 'từ vài tháng trở lên'],
  ])('%s → invalid-input', (_, input) => {
    expect(bhxhError(() => agingBucket(input)).code).toBe('invalid-input')
  })

  it('the phrase error keeps the input', () => {
    expect(bhxhError(() => parseBucketRange('khoảng 3 tháng')).input).toBe('khoảng 3 tháng')
  })
})

describe('agingBuckets: overlaps', () => {
  it('rejects two buckets sharing exactly 6 months', () => {
    // "đến 6 tháng" includes {6, 0}; "từ 6 tháng" too
    const e = bhxhError(() => agingBuckets(['từ 1 tháng đến 6 tháng', 'từ 6 tháng trở lên']))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual(['buckets', 1])
    // the index is the one in the input, whatever the order
    expect(bhxhError(() => agingBuckets(['từ 6 tháng trở lên', 'từ 1 tháng đến 6 tháng'])).path).toEqual([
      'buckets',
      0,
    ])
  })

  it('accepts buckets that touch without sharing', () => {
    // {6, 0} in the second only
    expect(agingBuckets(['từ 1 tháng đến dưới 6 tháng', 'từ 6 tháng trở lên'])).toHaveLength(2)
    // {6, 0} in the first only, {6, 1} in the second only
    expect(agingBuckets(['từ 1 tháng đến 6 tháng', 'trên 6 tháng'])).toHaveLength(2)
    // a gap ({6, 0} in neither) is allowed
    expect(agingBuckets(['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'])).toHaveLength(2)
  })

  it('rejects a bucket inside another, and names an invalid bucket by index', () => {
    expect(bhxhError(() => agingBuckets(['từ 1 tháng trở lên', 'từ 3 tháng đến dưới 6 tháng'])).path).toEqual(
      ['buckets', 1],
    )
    const e = bhxhError(() => agingBuckets(['trên 6 tháng', 'khoảng 3 tháng']))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual(['buckets', 1])
    expect(bhxhError(() => agingBuckets([])).code).toBe('invalid-input')
  })

  it('sorts by lower end', () => {
    const labels = agingBuckets(['trên 6 tháng', 'dưới 1 tháng', 'từ 1 tháng đến dưới 6 tháng']).map(
      (b) => b.label.vi,
    )
    expect(labels).toEqual(['dưới 1 tháng', 'từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'])
  })
})

describe('inBucket: edges', () => {
  it('"trên 6 tháng" excludes exactly 6 months and includes 6 months and a day', () => {
    const b = agingBucket('trên 6 tháng')
    expect(inBucket(b, { months: 6, days: 0 })).toBe(false)
    expect(inBucket(b, { months: 6, days: 1 })).toBe(true)
    expect(inBucket(b, { months: 5, days: 30 })).toBe(false)
  })

  it('"từ 1 tháng đến 6 tháng" includes exactly 6 months, not a day more', () => {
    const b = agingBucket('từ 1 tháng đến 6 tháng')
    expect(inBucket(b, { months: 6, days: 0 })).toBe(true)
    expect(inBucket(b, { months: 6, days: 1 })).toBe(false)
    expect(inBucket(b, { months: 1, days: 0 })).toBe(true)
    expect(inBucket(b, { months: 0, days: 30 })).toBe(false)
  })

  it('"dưới 1 tháng" holds days only', () => {
    const b = agingBucket('dưới 1 tháng')
    expect(inBucket(b, { months: 0, days: 1 })).toBe(true)
    expect(inBucket(b, { months: 0, days: 30 })).toBe(true)
    expect(inBucket(b, { months: 1, days: 0 })).toBe(false)
  })
})

describe('AGING_PRESETS', () => {
  it('every preset parses, its labels are its phrases, and it says where it is used', () => {
    for (const [name, p] of Object.entries(AGING_PRESETS)) {
      const buckets = agingBuckets(p.buckets)
      expect(
        buckets.map((b) => b.label.vi),
        name,
      ).toEqual(p.buckets)
      expect(p.usedIn.vi.trim()).not.toBe('')
      expect(p.usedIn.en.trim()).not.toBe('')
      expect(p.url).toMatch(/^https?:\/\/\S+$/)
    }
  })

  it('the English labels', () => {
    expect(agingBuckets(AGING_PRESETS.categories.buckets).map((b) => b.label.en)).toEqual([
      'under 1 month',
      '1 to under 3 months',
      '3 months or more',
    ])
    expect(agingBuckets(AGING_PRESETS.sixMonths.buckets).map((b) => b.label.en)).toEqual([
      '1 to under 6 months',
      'over 6 months',
    ])
    expect(agingBuckets(AGING_PRESETS.threeMonths.buckets).map((b) => b.label.en)).toEqual([
      'under 3 months',
      '3 months or more',
    ])
  })
})

/**
 * Valid ranges with a lower end below the upper one (or no upper end). Months stay below 1.000,
 * which digits would write with a group separator.
 */
const rangeArb: fc.Arbitrary<Range> = fc
  .record({
    from: fc.integer({ min: 0, max: 120 }),
    fromInclusive: fc.boolean(),
    width: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    toInclusive: fc.boolean(),
  })
  .map(({ from, fromInclusive, width, toInclusive }) => ({
    from,
    fromInclusive: from === 0 ? true : fromInclusive,
    to: width === null ? null : from + width,
    toInclusive: width === null ? false : toInclusive,
  }))

describe('buckets: properties', () => {
  it('a label reads back to its range, in digits and in words', () => {
    fc.assert(
      fc.property(rangeArb, fc.constantFrom<'digits' | 'words'>('digits', 'words'), (r, numerals) => {
        const vi = bucketLabel(r, { numerals }).vi
        const back = agingBucket(parseBucketRange(vi))
        expect(range(back)).toEqual(r)
      }),
      { numRuns: 1000 },
    )
  })

  it('inBucket agrees with the real line: age = months + days/31 against the ends', () => {
    fc.assert(
      fc.property(rangeArb, fc.integer({ min: 0, max: 250 }), fc.integer({ min: 0, max: 30 }), (r, m, d) => {
        const age = m + d / 31 // days < 31, so the fraction never reaches the next whole month
        const low = r.fromInclusive ? age >= r.from : age > r.from
        const high = r.to === null ? true : r.toInclusive ? age <= r.to : age < r.to
        expect(inBucket(r, { months: m, days: d })).toBe(low && high)
      }),
      { numRuns: 1000 },
    )
  })

  it('agingBuckets rejects a set exactly when two buckets share an age', () => {
    // ages {m, 0} and {m, 1} stand for all: inBucket only asks whether days is 0
    fc.assert(
      fc.property(fc.array(rangeArb, { minLength: 1, maxLength: 4 }), (rs) => {
        const ages: { months: number; days: number }[] = []
        for (let m = 0; m <= 250; m++) ages.push({ months: m, days: 0 }, { months: m, days: 1 })
        const share = rs.some((a, i) =>
          rs.some((b, j) => j > i && ages.some((x) => inBucket(a, x) && inBucket(b, x))),
        )
        let threw = false
        try {
          agingBuckets(rs)
        } catch {
          threw = true
        }
        expect(threw).toBe(share)
      }),
      { numRuns: 500 },
    )
  })
})
