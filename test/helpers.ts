/** Helpers shared by the domain tests. */
import { expect } from 'vitest'
import { BhxhError, type Decimal, type LegalSource } from '../src/index'

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

/** Checks that a table row cites at least one source, each with document, provision and address. */
export function expectSourced(sources: readonly LegalSource[]): void {
  expect(sources.length).toBeGreaterThan(0)
  for (const s of sources) {
    expect(s.document.trim()).not.toBe('')
    expect(s.provision.trim()).not.toBe('')
    expect(s.url).toMatch(/^https?:\/\/\S+$/)
  }
}
