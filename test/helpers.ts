/** Helpers shared by the domain tests. */
import { expect } from 'vitest'
import {
  BhxhError,
  type Decimal,
  type ExtractedFigure,
  figure,
  type LegalSource,
  parseNumber,
} from '../src/index'

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

/**
 * A figure as `extractFigures` would return it for `raw`, with the reading given in `p` (role,
 * scheme, period, link …); everything else empty. For tests of the checks.
 */
export function extracted(raw: string, p: Partial<ExtractedFigure> = {}, index = 0): ExtractedFigure {
  const parsed = parseNumber(raw)
  return {
    index,
    raw,
    span: [index * 100, index * 100 + raw.length],
    parsed,
    figure: parsed.kind === 'fraction' || parsed.kind === 'range' ? null : figure(parsed),
    role: 'other',
    metric: null,
    targetOf: null,
    change: null,
    direction: null,
    scheme: null,
    period: null,
    region: null,
    against: null,
    base: null,
    aging: null,
    interest: null,
    linkedTo: null,
    duplicateOf: null,
    sentence: [0, 1000],
    ...p,
  }
}
