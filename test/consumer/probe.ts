// Compiled by `npm run test:consumer` in scratch projects that install the packed tarball
// (ESM with node16, nodenext and bundler resolution, and CommonJS), with `strict` and
// `skipLibCheck: false`, then run with Node. Each `@ts-expect-error` line must be an error:
// an unused one fails the compile, so a type that decays to `any` is caught.
import {
  attainment,
  BhxhError,
  coverage,
  Decimal,
  figure,
  type Interval,
  isBhxhError,
  NumberParseError,
  result,
  target,
  toDecimal,
} from 'bhxh'
import { formatVnd, NumberError, type ParsedNumber, parseNumber } from 'bhxh/number'
import { ResultInputSchema, validate } from 'bhxh/schema'
import { matchReported } from 'bhxh/testing'

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`probe: ${what}`)
}

// Decimal in, Decimal out.
const one: Decimal = new Decimal('1.5')
const d: Decimal = toDecimal('3620400000000')
// @ts-expect-error toDecimal returns a Decimal, not a number
const dn: number = toDecimal('1')
// Bến Tre 2019: 1.165.787 with BHYT of a population of 1.288.463 → 90,48%
const rate: Decimal = coverage('1165787', { base: 'population', value: '1288463' }, { scheme: 'BHYT' })
// @ts-expect-error coverage of exact inputs is a Decimal, not an object of another shape
const rateWrong: { x: 1 } = coverage('90', '100')
check(rate.toFixed(4) === '0.9048', 'coverage 0.9048')
check(one.plus(d).toString() === '3620400000001.5', 'Decimal arithmetic')

// Exact records give a Decimal ratio; figures give an Interval.
const revenue = result({
  scheme: 'ALL',
  metric: 'revenue',
  period: '9 tháng đầu năm 2020',
  value: '3620400000000',
})
const plan = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
const exactRatio: Decimal = attainment(revenue, plan).ratio
// @ts-expect-error an exact attainment's ratio is a Decimal, not an Interval
const notInterval: Interval = attainment(revenue, plan).ratio
check(exactRatio.toFixed(3) === '0.715', 'attainment 0.715')
const reported: Interval = attainment(figure('3.620,4 tỷ đồng'), figure('5.063,5 tỷ đồng')).ratio
// @ts-expect-error a reported figure's attainment is an Interval, not a Decimal
const notDecimal: Decimal = attainment(figure('3.620,4 tỷ đồng'), figure('5.063,5 tỷ đồng')).ratio
check(reported.lo.lte('0.715') && reported.hi.gte('0.715'), 'interval contains 0.715')

// bhxh/number: the parsed union narrows on `kind`.
const p: ParsedNumber = parseNumber('gần 1.076.000 người')
if (p.kind === 'number') check(p.value === '1076000', 'parseNumber value')
// @ts-expect-error `value` is not on every member of the union (fractions, ranges)
const v: string = p.value
check(formatVnd('3620400000000', { scale: 'tỷ' }) === '3.620,4 tỷ đồng', 'formatVnd')

// Errors: typed, and recognised by the guard.
try {
  parseNumber('1..2')
  check(false, 'parseNumber("1..2") throws')
} catch (e) {
  check(isBhxhError(e) && e instanceof NumberParseError && e instanceof NumberError, 'NumberParseError')
  if (e instanceof NumberError) check(e.code === 'bad-separator', 'code bad-separator')
}
try {
  attainment('3620400000000', '0')
} catch (e) {
  check(e instanceof BhxhError && e.code === 'division-by-zero', 'BhxhError division-by-zero')
}

// bhxh/schema and bhxh/testing load and type.
const parsed = validate(
  ResultInputSchema,
  { scheme: 'BHYT', metric: 'participants', period: 'năm 2019', value: '1165787' },
  { vi: 'kết quả', en: 'result' },
)
check(parsed.scheme === 'BHYT', 'validate')
const m = matchReported('0.9048', '90,48%')
check(m.pass === true, 'matchReported')

console.log('probe ok', [one, d, dn, rateWrong, notInterval, notDecimal, v].length)
