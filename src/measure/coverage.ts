/**
 * Coverage: participants over the scheme's base (population for BHYT, the working-age labour
 * force for BHXH and BHTN), the gap to a coverage target in people, and the base a reported
 * rate implies.
 * @module
 */
import { Decimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { type Calculator, lift, type Measured, type Quantity, requirePositive } from '../figure/calculator'
import { invalid, kindOf, optionsAt } from '../input'
import { shown } from '../number/errors'
import {
  COVERAGE_BASE_NAMES,
  COVERAGE_BASES,
  type CoverageBase,
  coverageBaseOf,
  isCoverageBase,
  type SchemeCode,
  schemeAt,
} from '../scheme/schemes'
import type { PeriodResult, Target } from '../target/types'
import { calculatorArgs, isRecord, quantityAt, type Unwrap } from './common'

/**
 * A coverage base with its kind, so that the scheme's base can be checked: BHYT against
 * `population`, BHXH and BHTN against `working-age-labour-force`.
 *
 * @example
 * ```ts
 * // Bến Tre, census 2019
 * const base: BaseValue = { base: 'population', value: '1288463' }
 * ```
 */
export interface BaseValue<Q extends Quantity = Quantity> {
  /** Which base it is. */
  readonly base: CoverageBase
  /** How many people. */
  readonly value: Q
}

/**
 * Options of the coverage measures.
 *
 * @example
 * ```ts
 * coverage('1165787', { base: 'population', value: '1288463' }, { scheme: 'BHYT' })
 * ```
 */
export interface CoverageOptions {
  /** The scheme, when the participants are a plain quantity; checked against the base's kind. */
  readonly scheme?: SchemeCode
}

/**
 * A coverage base: a plain quantity, or a {@link BaseValue} that names its kind.
 *
 * @example
 * ```ts
 * const b: BaseInput = { base: 'population', value: '1288463' }
 * ```
 */
export type BaseInput = Quantity | BaseValue

const isBaseValue = (x: unknown): x is BaseValue =>
  typeof x === 'object' && x !== null && 'base' in x && !isRecord(x)

/** The base's quantity, checked: a known base name and a quantity. */
function baseQuantity(b: unknown): Quantity {
  if (!isBaseValue(b)) return quantityAt(b, ['base'])
  if (!isCoverageBase(b.base))
    throw invalid(
      ['base', 'base'],
      `${typeof b.base === 'string' ? `«${b.base}»` : kindOf(b.base)} không phải cơ sở tính tỷ lệ bao phủ; chọn ${COVERAGE_BASES.join(', ')}`,
      `${typeof b.base === 'string' ? `«${b.base}»` : kindOf(b.base)} is not a coverage base; use ${COVERAGE_BASES.join(', ')}`,
    )
  return quantityAt(b.value, ['base', 'value'])
}

/** The options, checked: only `scheme`, a scheme code. */
function coverageOptions(options: unknown): CoverageOptions {
  const o = optionsAt<CoverageOptions>(options, ['scheme'])
  if (o.scheme !== undefined) schemeAt(o.scheme, ['scheme'])
  return o
}

/**
 * The quantity type inside a {@link BaseInput}.
 *
 * @example
 * ```ts
 * type Q = BaseOf<BaseValue<string>> // string
 * ```
 */
export type BaseOf<B> = B extends BaseValue<infer Q> ? Q : B

function checkBase(participants: Quantity | PeriodResult, base: BaseInput, options: CoverageOptions): void {
  const scheme = options.scheme ?? (isRecord(participants) ? participants.scheme : undefined)
  if (isRecord(participants) && participants.metric !== 'participants') {
    throw new BhxhError('metric-mismatch', {
      detail: detail(
        `tỷ lệ bao phủ tính trên số người tham gia, không phải ${shown(participants.metric)}`,
        `coverage counts participants, not ${shown(participants.metric)}`,
      ),
    })
  }
  if (scheme === undefined || !isBaseValue(base)) return
  const expected = coverageBaseOf(scheme)
  if (expected !== base.base) {
    throw new BhxhError('base-mismatch', {
      detail: detail(
        `${scheme} tính trên ${COVERAGE_BASE_NAMES[expected].vi}, không phải ${COVERAGE_BASE_NAMES[base.base].vi}`,
        `${scheme} is measured against the ${COVERAGE_BASE_NAMES[expected].en}, not the ${COVERAGE_BASE_NAMES[base.base].en}`,
      ),
    })
  }
}

/** Coverage, written once for both arithmetics. */
export function coverageWith<T>(c: Calculator<T>, participants: T, base: T): T {
  calculatorArgs(c, [participants, base])
  requirePositive(c, base, { vi: 'cơ sở tính tỷ lệ bao phủ', en: 'the coverage base' })
  return c.div(participants, base)
}

/**
 * The coverage rate: participants ÷ the scheme's base.
 *
 * @param participants - how many take part (a quantity, or a `participants` result whose scheme
 *   is then checked against the base)
 * @param base - the base, as a quantity or as a {@link BaseValue} naming its kind
 * @param options - see {@link CoverageOptions}
 * @returns the rate, exact or as an interval
 * @throws {@link BhxhError} `base-mismatch` for a base that is not the scheme's,
 *   `metric-mismatch` for a result that does not count participants, `not-applicable` for the
 *   `ALL` grouping, `division-by-zero` / `negative-base` for a base ≤ 0
 *
 * @example
 * ```ts
 * // Bến Tre, end of 2019: 1.165.787 people with BHYT, census population 1.288.463
 * coverage('1165787', { base: 'population', value: '1288463' }, { scheme: 'BHYT' }).toFixed(4) // '0.9048' — "90,48%"
 * ```
 */
export function coverage<P extends Quantity | PeriodResult, B extends BaseInput>(
  participants: P,
  base: B,
  options: CoverageOptions = {},
): Measured<[Unwrap<P>, BaseOf<B>]> {
  const p = quantityAt(participants, ['participants'])
  const b = baseQuantity(base)
  checkBase(participants, base, coverageOptions(options))
  const { calc, values } = lift([p, b])
  return coverageWith(calc, values[0], values[1]) as Measured<[Unwrap<P>, BaseOf<B>]>
}

/**
 * How many more people must take part to reach a coverage rate: ⌈base × rate⌉ − participants,
 * and 0 when it is reached.
 *
 * @param participants - how many take part now
 * @param base - the base (population or labour force)
 * @param rate - the target rate (`'0.95'`, `figure('95%')`, or a coverage {@link Target})
 * @param options - see {@link CoverageOptions}
 * @returns whole people, exact or as an interval
 * @throws as {@link coverage}; `negative-base` for a negative rate
 *
 * @example
 * ```ts
 * // Bến Tre, end of 2019: 1.288.463 × 95% = 1.224.039,85 ⇒ 1.224.040 people; 1.165.787 have BHYT
 * coverageGap('1165787', { base: 'population', value: '1288463' }, '0.95').toString() // '58253'
 * ```
 */
export function coverageGap<
  P extends Quantity | PeriodResult,
  B extends BaseInput,
  R extends Quantity | Target,
>(
  participants: P,
  base: B,
  rate: R,
  options: CoverageOptions = {},
): Measured<[Unwrap<P>, BaseOf<B>, Unwrap<R>]> {
  const p = quantityAt(participants, ['participants'])
  const b = baseQuantity(base)
  const r = quantityAt(rate, ['rate'])
  checkBase(participants, base, coverageOptions(options))
  const { calc, values } = lift([p, b, r])
  requirePositive(calc, values[1], { vi: 'cơ sở tính tỷ lệ bao phủ', en: 'the coverage base' })
  if (calc.compare(values[2], new Decimal(0)) === -1) {
    throw new BhxhError('negative-base', {
      detail: detail('tỷ lệ mục tiêu âm', 'the target rate is negative'),
    })
  }
  const needed = calc.ceil(calc.mul(values[1], values[2]))
  return calc.atLeastZero(calc.sub(needed, values[0])) as Measured<[Unwrap<P>, BaseOf<B>, Unwrap<R>]>
}

/**
 * The base implied by a number of participants and their reported coverage rate:
 * participants ÷ rate.
 *
 * @param participants - how many take part
 * @param rate - the reported rate (`figure('90,48%')`)
 * @returns the implied base, exact or as an interval
 * @throws {@link BhxhError} `division-by-zero` / `negative-base` for a rate ≤ 0
 *
 * @example
 * ```ts
 * // Bến Tre: 1.165.787 people at 90,48% ⇒ a population of ≈ 1.288.447 (the census counted 1.288.463)
 * impliedBase('1165787', '0.9048').toFixed(0) // '1288447'
 * ```
 */
export function impliedBase<P extends Quantity | PeriodResult, R extends Quantity>(
  participants: P,
  rate: R,
): Measured<[Unwrap<P>, R]> {
  const { calc, values } = lift([quantityAt(participants, ['participants']), quantityAt(rate, ['rate'])])
  requirePositive(calc, values[1], { vi: 'tỷ lệ bao phủ', en: 'the coverage rate' })
  return calc.div(values[0], values[1]) as Measured<[Unwrap<P>, R]>
}
