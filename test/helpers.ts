/** Helpers shared by the domain tests. */
import { BhxhError, type Decimal } from '../src/index'

/** Runs `f` and returns the BhxhError it throws; fails if it throws nothing or something else. */
export function bhxhError(f: () => unknown): BhxhError {
  try {
    f()
  } catch (e) {
    if (e instanceof BhxhError) return e
    throw e
  }
  throw new Error('expected a BhxhError, nothing was thrown')
}

/** Whether a Decimal is negative zero (the library must never return one). */
export const isMinusZero = (x: Decimal): boolean => Object.is(x.toNumber(), -0)
