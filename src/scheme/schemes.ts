/**
 * The four social-insurance schemes of Viet Nam and the groupings that reports use.
 *
 * The legal tables of each scheme (contribution rates, base salary, interest) are added in
 * `src/scheme/` by the contribution-rules work, each row with its law, decree or decision; this
 * module holds what identifies a scheme and what its coverage is measured against.
 * @module
 */

import { BhxhError, detail } from '../errors'
import { invalid, shown } from '../input'
import type { Messages } from '../number/errors'

/**
 * A scheme code: one of the four schemes, or a grouping.
 *
 * | code | scheme |
 * |---|---|
 * | `BHXH_BB` | compulsory social insurance (bảo hiểm xã hội bắt buộc) |
 * | `BHXH_TN` | voluntary social insurance (bảo hiểm xã hội tự nguyện) |
 * | `BHYT` | health insurance (bảo hiểm y tế) |
 * | `BHTN` | unemployment insurance (bảo hiểm thất nghiệp) |
 * | `BHXH` | social insurance, compulsory and voluntary together |
 * | `ALL` | all schemes together (e.g. total revenue "tổng số thu BHXH, BHYT, BHTN") |
 *
 * @example
 * ```ts
 * const s: SchemeCode = 'BHXH_TN' // "BHXH tự nguyện"
 * ```
 */
export type SchemeCode = 'BHXH_BB' | 'BHXH_TN' | 'BHYT' | 'BHTN' | 'BHXH' | 'ALL'

/** The four schemes themselves, without the groupings. */
export type SingleSchemeCode = 'BHXH_BB' | 'BHXH_TN' | 'BHYT' | 'BHTN'

/**
 * What a scheme's coverage rate is measured against:
 * - `population`: the whole population (dân số) — BHYT, whose target is universal coverage;
 * - `working-age-labour-force`: the labour force in working age (lực lượng lao động trong độ
 *   tuổi) — BHXH (compulsory and voluntary) and BHTN.
 *
 * @example
 * ```ts
 * SCHEMES.BHYT.coverageBase // 'population' — "tỷ lệ bao phủ BHYT đạt 91,5% dân số"
 * ```
 */
export type CoverageBase = 'population' | 'working-age-labour-force'

/**
 * The coverage base names, one vocabulary for the whole library and the CLI: `coverage()`'s
 * `base`, a statement's `base`, the keys of `checkReport`'s and `aggregate`'s `bases` and of the
 * CLI's JSON `bases`. Other bases (the labour force aged 15 and over) get their own name here.
 *
 * @example
 * ```ts
 * COVERAGE_BASES.includes('working-age-labour-force') // true
 * ```
 */
export const COVERAGE_BASES: readonly CoverageBase[] = ['population', 'working-age-labour-force']

/**
 * Is `x` a coverage base name (`population`, `working-age-labour-force`)?
 *
 * @param x - anything
 * @returns whether it is a {@link CoverageBase}
 *
 * @example
 * ```ts
 * isCoverageBase('labourForce') // false — the name is 'working-age-labour-force'
 * ```
 */
export const isCoverageBase = (x: unknown): x is CoverageBase =>
  x === 'population' || x === 'working-age-labour-force'

/** Names of the coverage bases, in Vietnamese and English. */
export const COVERAGE_BASE_NAMES: Readonly<Record<CoverageBase, Messages>> = {
  population: { vi: 'dân số', en: 'population' },
  'working-age-labour-force': {
    vi: 'lực lượng lao động trong độ tuổi',
    en: 'working-age labour force',
  },
}

/**
 * A scheme or grouping with what identifies it.
 *
 * @example
 * ```ts
 * SCHEMES.BHXH_TN.name.vi // 'bảo hiểm xã hội tự nguyện'
 * ```
 */
export interface Scheme {
  /** The code. */
  readonly code: SchemeCode
  /** The full name in Vietnamese and English. */
  readonly name: Messages
  /** The short form used in reports (`BHXH tự nguyện`, `BHYT`). */
  readonly short: string
  /**
   * Phrasings that name it in report text, lower case, NFC, longest first (`bảo hiểm xã hội tự
   * nguyện`, `bhxh tự nguyện`, `bhxh tn`). For the extractor: a longer phrasing wins.
   */
  readonly phrasings: readonly string[]
  /** The schemes it consists of (itself for a single scheme). */
  readonly members: readonly SingleSchemeCode[]
  /** What its coverage is measured against, or `null` for `ALL` (its members differ). */
  readonly coverageBase: CoverageBase | null
}

const scheme = (s: Scheme): Scheme => Object.freeze({ ...s, phrasings: Object.freeze(s.phrasings) })

/**
 * Every scheme and grouping, by code.
 *
 * @example
 * ```ts
 * SCHEMES.BHXH.members // ['BHXH_BB', 'BHXH_TN'] — "BHXH" in a report is both together
 * ```
 */
export const SCHEMES: Readonly<Record<SchemeCode, Scheme>> = {
  BHXH_BB: /* @__PURE__ */ scheme({
    code: 'BHXH_BB',
    name: { vi: 'bảo hiểm xã hội bắt buộc', en: 'compulsory social insurance' },
    short: 'BHXH bắt buộc',
    phrasings: ['bảo hiểm xã hội bắt buộc', 'bhxh bắt buộc', 'bhxh bb'],
    members: ['BHXH_BB'],
    coverageBase: 'working-age-labour-force',
  }),
  BHXH_TN: /* @__PURE__ */ scheme({
    code: 'BHXH_TN',
    name: { vi: 'bảo hiểm xã hội tự nguyện', en: 'voluntary social insurance' },
    short: 'BHXH tự nguyện',
    phrasings: ['bảo hiểm xã hội tự nguyện', 'bảo hiểm tự nguyện', 'bhxh tự nguyện', 'bhxh tn'],
    members: ['BHXH_TN'],
    coverageBase: 'working-age-labour-force',
  }),
  BHYT: /* @__PURE__ */ scheme({
    code: 'BHYT',
    name: { vi: 'bảo hiểm y tế', en: 'health insurance' },
    short: 'BHYT',
    phrasings: ['bảo hiểm y tế', 'bhyt'],
    members: ['BHYT'],
    coverageBase: 'population',
  }),
  BHTN: /* @__PURE__ */ scheme({
    code: 'BHTN',
    name: { vi: 'bảo hiểm thất nghiệp', en: 'unemployment insurance' },
    short: 'BHTN',
    phrasings: ['bảo hiểm thất nghiệp', 'bhtn'],
    members: ['BHTN'],
    coverageBase: 'working-age-labour-force',
  }),
  BHXH: /* @__PURE__ */ scheme({
    code: 'BHXH',
    name: { vi: 'bảo hiểm xã hội', en: 'social insurance' },
    short: 'BHXH',
    phrasings: ['bảo hiểm xã hội', 'bhxh'],
    members: ['BHXH_BB', 'BHXH_TN'],
    coverageBase: 'working-age-labour-force',
  }),
  ALL: /* @__PURE__ */ scheme({
    code: 'ALL',
    name: {
      vi: 'bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp',
      en: 'social, health and unemployment insurance',
    },
    short: 'BHXH, BHYT, BHTN',
    phrasings: ['các loại bảo hiểm', 'bhxh, bhyt, bhtn'],
    members: ['BHXH_BB', 'BHXH_TN', 'BHYT', 'BHTN'],
    coverageBase: null,
  }),
}

/**
 * Every scheme code, the four schemes first.
 *
 * @example
 * ```ts
 * SCHEME_CODES.includes('BHYT') // true
 * ```
 */
export const SCHEME_CODES: readonly SchemeCode[] = ['BHXH_BB', 'BHXH_TN', 'BHYT', 'BHTN', 'BHXH', 'ALL']

/**
 * Is `x` a scheme code?
 *
 * @param x - anything
 * @returns whether it is one of {@link SCHEME_CODES}
 *
 * @example
 * ```ts
 * isSchemeCode('BHYT') // true
 * isSchemeCode('BHXH tự nguyện') // false — a phrasing, not a code
 * ```
 */
export function isSchemeCode(x: unknown): x is SchemeCode {
  return typeof x === 'string' && Object.hasOwn(SCHEMES, x)
}

/**
 * `x` if it is a scheme code; else the `invalid-input` error naming `path`.
 *
 * @param x - anything
 * @param path - where it is in the input
 * @returns the scheme code
 * @throws {@link BhxhError} `invalid-input`
 */
export function schemeAt(x: unknown, path: readonly (string | number)[]): SchemeCode {
  if (!isSchemeCode(x))
    throw invalid(
      path,
      `${shown(x)} không phải mã loại hình (${SCHEME_CODES.join(', ')})`,
      `${shown(x)} is not a scheme code (${SCHEME_CODES.join(', ')})`,
    )
  return x
}

/**
 * Does scheme `outer` include every member of `inner`? (`BHXH` includes `BHXH_TN`; `ALL`
 * includes everything; a scheme includes itself.)
 *
 * @param outer - the wider scheme or grouping
 * @param inner - the narrower one
 * @returns whether `inner`'s members are all members of `outer`
 *
 * @example
 * ```ts
 * schemeIncludes('BHXH', 'BHXH_TN') // true — BHXH tự nguyện is part of BHXH
 * schemeIncludes('BHXH', 'BHYT')    // false
 * ```
 */
export function schemeIncludes(outer: SchemeCode, inner: SchemeCode): boolean {
  schemeAt(outer, ['outer'])
  schemeAt(inner, ['inner'])
  const members = SCHEMES[outer].members
  return SCHEMES[inner].members.every((m) => members.includes(m))
}

/**
 * The base that a scheme's coverage rate is measured against.
 *
 * @param code - a scheme code
 * @returns `population` for BHYT, `working-age-labour-force` for BHXH (either kind) and BHTN
 * @throws {@link BhxhError} `not-applicable` for `ALL`, whose schemes have different bases
 *
 * @example
 * ```ts
 * coverageBaseOf('BHYT') // 'population' — "tỷ lệ bao phủ BHYT đạt 90,48% dân số"
 * coverageBaseOf('BHXH') // 'working-age-labour-force' — "tỷ lệ bao phủ BHXH chiếm 13,09% lực lượng lao động"
 * ```
 */
export function coverageBaseOf(code: SchemeCode): CoverageBase {
  schemeAt(code, ['scheme'])
  const base = SCHEMES[code].coverageBase
  if (base === null) {
    throw new BhxhError('not-applicable', {
      detail: detail(
        'các loại bảo hiểm có cơ sở tính tỷ lệ bao phủ khác nhau (dân số, lực lượng lao động)',
        'the schemes have different coverage bases (population, labour force)',
      ),
    })
  }
  return base
}
