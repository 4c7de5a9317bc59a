/**
 * The ESM and the CommonJS build loaded side by side in one process, as happens when an
 * application's ESM code and a CommonJS dependency both import bhxh. The classes are two
 * copies, so a plain prototype check would fail; every error carries a brand instead.
 * Needs the build (`npm test` builds before the unit tests).
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// The built files have the sources' types; they are loaded by a computed path, so that the
// type check (which runs before the build) does not need dist/.
type Root = typeof import('../../src/index')
type NumberEntry = typeof import('../../src/number/index')
const require = createRequire(import.meta.url)
const dist = (file: string): string => new URL(`../../dist/${file}`, import.meta.url).href
const esm = (await import(dist('index.js'))) as Root
const cjs = require('../../dist/index.cjs') as Root
const esmNumber = (await import(dist('number.js'))) as NumberEntry
const cjsNumber = require('../../dist/number.cjs') as NumberEntry

/** Runs `f`, which must throw, and returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error('expected a throw')
}

describe('errors are recognised across the ESM and CommonJS copies', () => {
  it('the two builds really are two copies', () => {
    expect(esm.BhxhError).not.toBe(cjs.BhxhError)
    expect(esmNumber.NumberParseError).not.toBe(cjsNumber.NumberParseError)
  })

  it("a NumberParseError from the CommonJS copy is an instance of the ESM copy's classes, and back", () => {
    // "1..2": two separators in a row (bad-separator)
    const fromCjs = thrown(() => cjs.parseNumber('1..2'))
    const fromEsm = thrown(() => esmNumber.parseNumber('1..2'))
    for (const e of [fromCjs, fromEsm]) {
      expect(e).toBeInstanceOf(esm.NumberParseError)
      expect(e).toBeInstanceOf(cjs.NumberParseError)
      expect(e).toBeInstanceOf(esmNumber.NumberError)
      expect(e).toBeInstanceOf(cjsNumber.NumberError)
      expect(e).toBeInstanceOf(Error)
      expect(e).not.toBeInstanceOf(esm.NumberFormatError)
      expect(e).not.toBeInstanceOf(cjs.BhxhError)
      expect(esm.isBhxhError(e)).toBe(true)
      expect(cjs.isBhxhError(e)).toBe(true)
    }
  })

  it('a BhxhError (division by zero) is recognised by either copy', () => {
    // attainment of 3.620,4 tỷ against a plan of 0: division-by-zero
    const e = thrown(() => cjs.attainment('3620400000000', '0'))
    expect(e).toBeInstanceOf(esm.BhxhError)
    expect(e).not.toBeInstanceOf(esm.NumberError)
    expect(esm.isBhxhError(e)).toBe(true)
    expect((e as InstanceType<typeof esm.BhxhError>).code).toBe('division-by-zero')
  })

  it('a NumberFormatError (NaN) is recognised by either copy', () => {
    const e = thrown(() => esmNumber.formatNumber(Number.NaN))
    expect(e).toBeInstanceOf(cjs.NumberFormatError)
    expect(e).toBeInstanceOf(cjsNumber.NumberError)
    expect(cjs.isBhxhError(e)).toBe(true)
  })

  it('anything else is not a bhxh error', () => {
    for (const x of [
      new Error('x'),
      new TypeError('x'),
      null,
      undefined,
      'BhxhError',
      {},
      { code: 'empty' },
    ]) {
      expect(esm.isBhxhError(x)).toBe(false)
      expect(x instanceof esm.BhxhError).toBe(false)
      expect(x instanceof cjsNumber.NumberError).toBe(false)
    }
  })

  it("a caller's own subclass keeps the ordinary instanceof", () => {
    class ReportError extends esm.BhxhError {}
    const mine = new ReportError('invalid-input')
    expect(mine).toBeInstanceOf(ReportError)
    expect(mine).toBeInstanceOf(esm.BhxhError)
    expect(mine).toBeInstanceOf(cjs.BhxhError)
    expect(new esm.BhxhError('invalid-input')).not.toBeInstanceOf(ReportError)
  })
})
