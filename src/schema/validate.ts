/**
 * Validation at the boundary: runs a zod schema and turns its issues into a typed
 * {@link BhxhError} with every field's problem in Vietnamese and English.
 *
 * zod's own Vietnamese and English locales word the standard checks; the library's own checks
 * (`refine` with `params: { vi, en }`) carry both texts. Nothing is configured globally: the
 * error maps are passed to each parse call.
 * @module
 */
import type { $ZodErrorMap, $ZodIssue } from 'zod/v4/core'
import en from 'zod/v4/locales/en.js'
import vi from 'zod/v4/locales/vi.js'
import { BhxhError, type InputIssue } from '../errors'

/** What a zod `safeParse` returns, as far as {@link validate} reads it. */
export type SafeParseOutcome<T> =
  | {
      /** `true`: the input is valid. */
      success: true
      /** The parsed input. */
      data: T
    }
  | {
      /** `false`: it is not. */
      success: false
      /** The issues found. */
      error: {
        /** Each issue, with its path and message. */
        issues: readonly $ZodIssue[]
      }
    }

/** The least of a zod schema that {@link validate} needs (works with `zod` and `zod/mini`). */
export interface ParsesWith<T> {
  /**
   * Parses without throwing.
   * @param input - untrusted input
   * @param ctx - the error map for this call
   */
  safeParse(input: unknown, ctx: { error: $ZodErrorMap }): SafeParseOutcome<T>
}

const DEFAULT_WHAT = { vi: 'dữ liệu', en: 'input' }

let maps: [vi: $ZodErrorMap, en: $ZodErrorMap] | undefined

/** The two error maps, made on first use (the locale tables are built lazily, like zod does). */
function errorMaps(): [$ZodErrorMap, $ZodErrorMap] {
  if (!maps) {
    const make = (locale: () => { localeError: $ZodErrorMap }, lang: 'vi' | 'en'): $ZodErrorMap => {
      const base = locale().localeError
      return (issue) => {
        const own = (issue as { params?: Record<string, unknown> }).params?.[lang]
        return typeof own === 'string' ? own : base(issue)
      }
    }
    maps = [make(vi, 'vi'), make(en, 'en')]
  }
  return maps
}

/**
 * Parses `input` with `schema`, or throws a {@link BhxhError} `invalid-input` whose `issues`
 * name each field (`path`) and what was wrong with it, in Vietnamese and English.
 *
 * @param schema - a zod schema
 * @param input - untrusted input
 * @param what - what the input is, for the message (`{ vi: 'kết quả', en: 'result' }`); default
 *   `{ vi: 'dữ liệu', en: 'input' }`
 * @returns the parsed value
 * @throws {@link BhxhError} with code `invalid-input`
 *
 * @example
 * ```ts
 * import { ResultInputSchema, validate } from 'bhxh/schema'
 * validate(ResultInputSchema, { scheme: 'BHXH_XX' }, { vi: 'kết quả', en: 'result' })
 * // throws BhxhError { code: 'invalid-input', issues: [{ path: ['scheme'], messages: { vi: 'Tùy chọn không hợp lệ: …' } }, …] }
 * ```
 */
export function validate<T>(
  schema: ParsesWith<T>,
  input: unknown,
  what: { vi: string; en: string } = DEFAULT_WHAT,
): T {
  if (typeof schema !== 'object' || schema === null || typeof schema.safeParse !== 'function')
    throw new BhxhError('invalid-input', {
      path: ['schema'],
      detail: { vi: 'cần một lược đồ zod', en: 'expected a zod schema' },
    })
  const label = {
    vi: typeof what?.vi === 'string' ? what.vi : DEFAULT_WHAT.vi,
    en: typeof what?.en === 'string' ? what.en : DEFAULT_WHAT.en,
  }
  const outcome = issuesOf(schema, input)
  if (outcome.ok) return outcome.value
  const issues = outcome.issues
  const list = (lang: 'vi' | 'en'): string =>
    issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.messages[lang]}`).join('; ')
  throw new BhxhError('invalid-input', {
    detail: { vi: `${label.vi}: ${list('vi')}`, en: `${label.en}: ${list('en')}` },
    issues,
  })
}

/** The parsed value, or each issue with its path and vi/en message. */
function issuesOf<T>(
  schema: ParsesWith<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: InputIssue[] } {
  const [viMap, enMap] = errorMaps()
  const first = schema.safeParse(input, { error: viMap })
  if (first.success) return { ok: true, value: first.data }
  const second = schema.safeParse(input, { error: enMap })
  const english = second.success ? [] : second.error.issues
  const issues: InputIssue[] = first.error.issues.flatMap((issue, i) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    const messages = { vi: issue.message, en: english[i]?.message ?? issue.message }
    // An unknown field is named in its own path, so that each misspelt key is one issue.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        messages: { vi: `trường không được nhận dạng: "${key}"`, en: `unrecognized field: "${key}"` },
      }))
    }
    return [{ path, messages }]
  })
  return { ok: false, issues }
}

/**
 * Parses `input` with `schema`, or throws a {@link BhxhError} `invalid-input` at the path of the
 * first issue (`['statements', 0, 'scheme']`) with that issue's message, and every issue in
 * `issues`: for inputs whose errors are shown by field (a report's statements, a file's lines).
 *
 * @param schema - a zod schema
 * @param input - untrusted input
 * @returns the parsed value
 * @throws {@link BhxhError} with code `invalid-input`
 */
export function validateAt<T>(schema: ParsesWith<T>, input: unknown): T {
  const outcome = issuesOf(schema, input)
  if (outcome.ok) return outcome.value
  const first = outcome.issues[0] as InputIssue
  throw new BhxhError('invalid-input', { path: first.path, detail: first.messages, issues: outcome.issues })
}
