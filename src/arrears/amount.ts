/**
 * Amounts of đồng inside the arrears module: exact non-negative integers, kept as `number`
 * while they are safe integers (every sum of two is then exact, and checked) and as `bigint`
 * past that. No fractional value ever enters: VND has no minor unit.
 * @module
 */
import { BhxhError, detail } from '../errors'
import { shown as shownValue } from '../input'

/**
 * An amount of đồng as an input accepts it: a non-negative integer `number` (a safe integer),
 * a `bigint`, or a string of digits.
 *
 * @example
 * ```ts
 * const due: AmountLike = 42_000_000_000 // 42 tỷ đồng
 * const big: AmountLike = '9007199254740993' // past 2^53: kept exact
 * ```
 */
export type AmountLike = number | bigint | string

/**
 * An exact amount: a safe-integer `number` or a `bigint`.
 *
 * @example
 * ```ts
 * const a: Amount = 42_000_000_000 // 42 tỷ đồng
 * ```
 */
export type Amount = number | bigint

const MAX = Number.MAX_SAFE_INTEGER
const BIG_MAX = BigInt(MAX)

/** The exact sum of two amounts. */
export function addAmount(x: Amount, y: Amount): Amount {
  if (typeof x === 'number' && typeof y === 'number') {
    const s = x + y
    if (s <= MAX) return s
  }
  return narrow(BigInt(x) + BigInt(y))
}

/** `x − y` when `x ≥ y`, else 0; and what was left over of `y` (a credit). */
export function subtractAmount(x: Amount, y: Amount): [rest: Amount, over: Amount] {
  if (typeof x === 'number' && typeof y === 'number') return x >= y ? [x - y, 0] : [0, y - x]
  const d = BigInt(x) - BigInt(y)
  return d >= 0n ? [narrow(d), 0] : [0, narrow(-d)]
}

/** Compares two amounts: negative, zero or positive. */
export function compareAmount(x: Amount, y: Amount): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y
  const d = BigInt(x) - BigInt(y)
  return d < 0n ? -1 : d > 0n ? 1 : 0
}

/** A bigint as a `number` when it is a safe integer. */
const narrow = (b: bigint): Amount => (b <= BIG_MAX ? Number(b) : b)

const DIGITS = /^\d+$/

/**
 * Reads an amount input, or returns `null` when it is not a non-negative integer of đồng.
 * Fast: no allocation for a safe-integer `number`.
 */
export function readAmount(x: unknown): Amount | null {
  if (typeof x === 'number') return Number.isSafeInteger(x) && x >= 0 ? x + 0 : null
  if (typeof x === 'bigint') return x >= 0n ? narrow(x) : null
  if (typeof x === 'string' && DIGITS.test(x)) return x.length < 16 ? Number(x) : narrow(BigInt(x))
  return null
}

/**
 * Reads an amount input or throws a typed error naming where it was.
 *
 * @param x - the input
 * @param path - where it was, for the error
 */
export function amountOf(x: unknown, path: readonly (string | number)[]): Amount {
  const a = readAmount(x)
  if (a === null) throw badAmount(x, path)
  return a
}

/** The error for an amount that is not a non-negative integer of đồng. */
export function badAmount(x: unknown, path: readonly (string | number)[]): BhxhError {
  const shown = typeof x === 'string' ? `«${x.slice(0, 40)}»` : shownValue(x)
  return new BhxhError('invalid-input', {
    path,
    detail: detail(
      `số tiền phải là số nguyên đồng không âm, không phải ${shown}`,
      `an amount must be a non-negative whole number of đồng, not ${shown}`,
    ),
  })
}
