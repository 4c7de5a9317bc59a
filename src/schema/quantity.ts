/**
 * The zod schemas of the numbers that the core accepts.
 * @module
 */
import * as z from 'zod/mini'
import type { Decimal, DecimalLike } from '../decimal'
import type { ReportedFigure } from '../figure/figure'
import { isDecimal, isInterval, isReportedFigure } from '../figure/guards'
import type { Interval } from '../figure/interval'
import { MAX_EXPONENT } from '../number/digits'

// A canonical decimal string: digits with an optional point and exponent. No nested or
// overlapping quantifiers, so matching is linear.
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

// The exponent limit of toDecimal and the formatters (±1000): a string beyond it is refused
// there with `too-large`, so the schema refuses it too.
function finiteExponent(s: string): boolean {
  const e = s.search(/[eE]/)
  return e < 0 || Math.abs(Number(s.slice(e + 1))) <= MAX_EXPONENT
}

/** An interval the core accepts: finite ends, the lower not above the upper. */
const isValidInterval = (x: unknown): boolean =>
  isInterval(x) && x.lo.isFinite() && x.hi.isFinite() && x.lo.lte(x.hi)

/**
 * Is `x` an exact number the core accepts: a `Decimal`, a finite `number`, a `bigint` or a
 * canonical decimal string (`'3620400000000'`, `'0.715'`, `'-4.46e-2'`)? Vietnamese-formatted
 * text (`'3.620,4'`) is not: read it with `parseNumber` or `figure`.
 *
 * @param x - anything
 * @returns whether it is a `DecimalLike`
 *
 * @example
 * ```ts
 * isDecimalLike('3620400000000') // true
 * isDecimalLike('3.620,4')       // false — Vietnamese text, use figure('3.620,4 tỷ đồng')
 * ```
 */
export function isDecimalLike(x: unknown): x is DecimalLike {
  if (typeof x === 'number') return Number.isFinite(x)
  if (typeof x === 'bigint') return true
  if (typeof x === 'string') return x.length <= 10_000 && DECIMAL_STRING.test(x.trim()) && finiteExponent(x)
  return isDecimal(x) && (x as Decimal).isFinite()
}

const numberMessage = {
  vi: 'phải là một số: Decimal, số hữu hạn, bigint hoặc chuỗi số thập phân như "3620400000000" (văn bản như "3.620,4 tỷ" hãy đọc bằng figure())',
  en: 'must be a number: a Decimal, a finite number, a bigint or a decimal string like "3620400000000" (read text like "3.620,4 tỷ" with figure())',
}

/**
 * An exact number: see {@link isDecimalLike}.
 *
 * @example
 * ```ts
 * DecimalLikeSchema.safeParse('0.715').success // true
 * ```
 */
export const DecimalLikeSchema = /* @__PURE__ */ z.custom<DecimalLike>(isDecimalLike, {
  params: numberMessage,
})

/**
 * A value the core stores: an exact number, an {@link Interval} or a {@link ReportedFigure}.
 *
 * @example
 * ```ts
 * ValueInputSchema.safeParse(figure('gần 1.076.000 người')).success // true
 * ```
 */
export const ValueInputSchema = /* @__PURE__ */ (() =>
  z.custom<DecimalLike | Interval | ReportedFigure>(
    (x) => isDecimalLike(x) || isValidInterval(x) || (isReportedFigure(x) && isValidInterval(x.interval)),
    {
      params: {
        vi: `${numberMessage.vi}, một khoảng interval() hoặc một số liệu figure()`,
        en: `${numberMessage.en}, an interval() or a figure()`,
      },
    },
  ))()
