/**
 * Every exported function of the four entry points, called with arbitrary values and with
 * mutated valid inputs, lets only the library's own errors escape (`BhxhError`, `NumberError`
 * and its subclasses): never a `TypeError`, `RangeError` or decimal.js error. The functions are
 * found by iterating the modules' exports, so that a new export is covered without editing
 * this file.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as root from '../../src/index'
import * as numberEntry from '../../src/number/index'
import * as schemaEntry from '../../src/schema/index'
import * as testingEntry from '../../src/testing/index'

const { BhxhError, NumberError, NumberFormatError, NumberParseError } = root

const isLibraryError = (e: unknown): boolean => e instanceof BhxhError || e instanceof NumberError

// The error classes are what may escape; their constructors are not an input boundary.
const ERROR_CLASSES: ReadonlySet<unknown> = new Set([
  BhxhError,
  NumberError,
  NumberParseError,
  NumberFormatError,
])

/**
 * `Decimal` is decimal.js's own class (a private clone, so bhxh never touches the application's
 * global configuration): `new Decimal(x)` throws decimal.js's `[DecimalError]`, as decimal.js
 * documents. `toDecimal` is the validated way in, and is tested here like every other function.
 */
const NOT_OURS: ReadonlySet<unknown> = new Set([root.Decimal])

type Fn = (...args: unknown[]) => unknown

/** Every exported function of an entry point, by name (classes included, error classes not). */
function functionsOf(entry: Record<string, unknown>): [string, Fn][] {
  return Object.entries(entry).filter(
    (e): e is [string, Fn] => typeof e[1] === 'function' && !ERROR_CLASSES.has(e[1]) && !NOT_OURS.has(e[1]),
  )
}

const ENTRIES: Record<string, Record<string, unknown>> = {
  bhxh: root,
  'bhxh/number': numberEntry,
  'bhxh/schema': schemaEntry,
  'bhxh/testing': testingEntry,
}

/** A raw error as a small one (its name, message and first frames), so that reports stay small. */
const compact = (e: unknown): Error =>
  new Error(
    e instanceof Error
      ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}`
      : `non-error thrown: ${typeof e}`,
  )

/** Calls `f` (as a constructor when it is a class) and awaits a promise, with a time limit. */
async function call(f: Fn, args: readonly unknown[]): Promise<void> {
  let out: unknown
  try {
    out = /^class\b/.test(Function.prototype.toString.call(f)) ? Reflect.construct(f, args) : f(...args)
  } catch (e) {
    if (!isLibraryError(e)) throw compact(e)
    return
  }
  if (typeof (out as { then?: unknown } | null)?.then === 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('the promise did not settle within 2 s')), 2000)
    })
    try {
      await Promise.race([out, timeout])
    } catch (e) {
      if (!isLibraryError(e)) throw compact(e)
    } finally {
      clearTimeout(timer)
    }
  }
}

const anyArgs = fc.array(fc.anything({ withBigInt: true, withNullPrototype: true }), {
  minLength: 0,
  maxLength: 3,
})

describe('every exported function lets only the library errors escape', () => {
  it('finds the exports by iterating the entry points', () => {
    const names = new Set(Object.values(ENTRIES).flatMap((e) => functionsOf(e).map(([n]) => n)))
    // 140 root exports of which about 100 are functions; the four entry points share some.
    expect(names.size).toBeGreaterThan(90)
    for (const n of ['parseNumber', 'toDecimal', 'checkReport', 'ageArrears', 'matchReported']) {
      expect(names.has(n), n).toBe(true)
    }
  })

  for (const [entry, module] of Object.entries(ENTRIES)) {
    // The submodules re-export root functions: test each function once, under `bhxh`.
    const own = functionsOf(module).filter(
      ([name, f]) => entry === 'bhxh' || (root as Record<string, unknown>)[name] !== f,
    )
    if (own.length === 0) continue
    describe(entry, () => {
      for (const [name, f] of own) {
        it(`${name}(…arbitrary values)`, async () => {
          await fc.assert(
            fc.asyncProperty(anyArgs, (args) => call(f, args)),
            { numRuns: Number(process.env.EXPORTS_RUNS ?? 150) },
          )
        })
      }
    })
  }
})

// Valid calls, each of which a mutation turns into bad input in one place.
const plan = () =>
  root.target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
const revenue = () =>
  root.result({ scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' })
const VALID: [string, () => unknown[]][] = [
  [
    'checkReport',
    () => [
      {
        statements: [
          { role: 'revenue', value: '3.620,4 tỷ đồng', scheme: 'ALL', period: '9 tháng đầu năm 2020' },
          { role: 'attainment', value: '71,5%', metric: 'revenue', scheme: 'ALL', of: 0 },
          { role: 'coverage', value: '90,48%', scheme: 'BHYT', base: 'population' },
        ],
        bases: { population: { value: '1.288.463', source: 'Tổng điều tra 2019' } },
      },
    ],
  ],
  [
    'result',
    () => [{ scheme: 'BHYT', metric: 'coverage', period: 'năm 2019', value: '0.9048', region: 'Bến Tre' }],
  ],
  ['target', () => [{ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' }]],
  ['attainment', () => [revenue(), plan(), { floor: false }]],
  ['growth', () => ['7548', '3500', { rate: false }]],
  ['coverage', () => ['1165787', { base: 'population', value: '1288463' }, { scheme: 'BHYT' }]],
  ['coverageGap', () => ['1165787', { base: 'population', value: '1288463' }, '0.95', { scheme: 'BHYT' }]],
  ['compoundGrowth', () => ['100', '121', 2]],
  ['figure', () => ['trên 800 đơn vị', { slack: { steps: 1, relative: '0.05' } }]],
  [
    'extractFigures',
    () => ['Năm 2020, số thu đạt 3.620,4 tỷ đồng.', { date: '2020-10-08', region: 'Hà Nam' }],
  ],
  [
    'ageArrears',
    () => [[{ employer: 'TA1', scheme: 'BHXH_BB', month: '2020-01', due: 1000 }], { asOf: '2020-09-30' }],
  ],
  ['contribution', () => [{ salary: 10_000_000, date: '2024-10-01' }]],
  ['voluntaryContribution', () => [{ income: 1_500_000, months: 1, date: '2025-09-01', group: 'poor' }]],
  ['householdHealthContribution', () => [{ members: 5, date: '2025-01-01' }]],
  ['region', () => ['tỉnh Thừa Thiên Huế', '2020-01-01']],
  ['interval', () => ['1', '2']],
  ['checkAgingTotal', () => [['12 đơn vị', '30 đơn vị'], '42 đơn vị', 'employers']],
  ['matchReported', () => ['0.715', '71,5%']],
  [
    'validate',
    () => [
      schemaEntry.ResultInputSchema,
      { scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: 0.9 },
      { vi: 'kết quả', en: 'result' },
    ],
  ],
]

/** A mutation of a valid argument list: one argument or one field replaced, or a field added. */
const mutation = fc.tuple(
  fc.nat(),
  fc.nat(),
  fc.constantFrom('replace-argument', 'replace-field', 'add-field'),
  fc.anything({ withBigInt: true }),
)

function mutate(args: unknown[], [i, j, how, value]: [number, number, string, unknown]): unknown[] {
  const out = [...args]
  const k = i % (out.length + 1)
  const target = out[k]
  if (how === 'replace-argument' || typeof target !== 'object' || target === null || Array.isArray(target)) {
    out[k] = value
    return out
  }
  const keys = Object.keys(target)
  const key = how === 'add-field' || keys.length === 0 ? 'unknownField' : (keys[j % keys.length] as string)
  out[k] = { ...target, [key]: value }
  return out
}

describe('mutated valid inputs let only the library errors escape', () => {
  for (const [name, valid] of VALID) {
    it(name, async () => {
      const f = Object.values(ENTRIES).find((e) => typeof e[name] === 'function')?.[name] as Fn
      // The valid call itself works.
      expect(() => f(...valid())).not.toThrow()
      await fc.assert(
        fc.asyncProperty(mutation, (m) => call(f, mutate(valid(), m))),
        { numRuns: 200 },
      )
    })
  }

  it('ageArrears over a sync or async iterable of arbitrary records settles with a library error', async () => {
    const records = fc.array(fc.anything({ withBigInt: true }), { minLength: 1, maxLength: 4 })
    await fc.assert(
      fc.asyncProperty(records, fc.boolean(), async (rs, asynchronous) => {
        const source = asynchronous
          ? (async function* () {
              yield* rs
            })()
          : (function* () {
              yield* rs
            })()
        await call(root.ageArrears as Fn, [source, { asOf: '2020-09-30' }])
      }),
      { numRuns: 200 },
    )
  })

  it('an added unknown option is rejected, naming it (figure, growth, attainment, extractFigures, checkReport)', () => {
    const unknownKey = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return e instanceof BhxhError ? [e.code, e.path.join('.')] : ['not a BhxhError', String(e)]
      }
      return ['nothing thrown', '']
    }
    expect(unknownKey(() => root.figure('gần 100', { slack: 2 } as never))).toEqual([
      'invalid-input',
      'slack',
    ])
    expect(unknownKey(() => root.figure('gần 100', { slak: {} } as never))).toEqual(['invalid-input', 'slak'])
    expect(unknownKey(() => root.growth('1', '2', { rate: 'yes' } as never))).toEqual([
      'invalid-input',
      'rate',
    ])
    expect(unknownKey(() => root.extractFigures('', { foo: 1 } as never))).toEqual(['invalid-input', 'foo'])
    expect(unknownKey(() => root.checkReport({ text: '', bogus: 1 } as never))).toEqual([
      'invalid-input',
      'bogus',
    ])
  })
})
