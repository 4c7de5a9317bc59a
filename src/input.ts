/**
 * Checks shared by the public functions at their boundary: one error shape for a bad field,
 * the type of an argument, and the options object (an object, only known keys).
 * @module
 */
import { BhxhError, detail } from './errors'
import { typeName } from './number/errors'

/** A path into an input (`['statements', 0, 'scheme']`). */
export type Path = readonly (string | number)[]

/** The `invalid-input` error for the field at `path`, with what was wrong in vi and en. */
export const invalid = (path: Path, vi: string, en: string): BhxhError =>
  new BhxhError('invalid-input', { path, detail: detail(vi, en) })

/** What a value is, for a message: `null`, `array`, `object`, `number` … (`bhxh/number`'s own). */
export const kindOf: (x: unknown) => string = typeName

/** A short, safe picture of a value for a message (never calls a user's `toString`). */
export function shown(x: unknown): string {
  if (typeof x === 'string') return `«${x.length > 60 ? `${x.slice(0, 60)}…` : x}»`
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return String(x)
  return kindOf(x)
}

/** Is `x` a plain object (not null, not an array)? */
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * `x` if it is a string; else the `invalid-input` error naming `path` and what was given.
 */
export function textAt(x: unknown, path: Path): string {
  if (typeof x !== 'string')
    throw invalid(path, `cần một chuỗi, không phải ${kindOf(x)}`, `expected a string, not ${kindOf(x)}`)
  return x
}

/**
 * `x` if it is one of `allowed`; else the `invalid-input` error naming `path`, the value and the
 * allowed ones.
 */
export function oneOfAt<T extends string>(x: unknown, allowed: readonly T[], path: Path): T {
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x))
    throw invalid(
      path,
      `${shown(x)} không hợp lệ; chọn một trong ${allowed.join(', ')}`,
      `${shown(x)} is not valid; use one of ${allowed.join(', ')}`,
    )
  return x as T
}

/**
 * The options of a public function, checked: `undefined` is no options; anything but a plain
 * object, or a key that is not in `known` (a misspelt option must not pass silently), is an
 * `invalid-input` error naming the key. Each option's value is checked by its function.
 *
 * @param options - what the caller gave
 * @param known - the option names the function reads
 * @param path - where the options are in a larger input (empty for an argument)
 * @returns the options, as an object
 */
export function optionsAt<T extends object>(options: unknown, known: readonly string[], path: Path = []): T {
  if (options === undefined) return {} as T
  if (!isObject(options))
    throw invalid(
      path,
      `tùy chọn phải là một đối tượng, không phải ${kindOf(options)}`,
      `options must be an object, not ${kindOf(options)}`,
    )
  for (const key of Object.keys(options))
    if (!known.includes(key))
      throw invalid(
        [...path, key],
        `tùy chọn không xác định «${key}»${known.length ? `; chỉ nhận ${known.join(', ')}` : ''}`,
        `unknown option «${key}»${known.length ? `; expected ${known.join(', ')}` : ''}`,
      )
  return options as T
}
