/**
 * Typed errors of `bhxh/number`, each with a code, the offending span and a message in
 * Vietnamese and English.
 * @module
 */

/**
 * What went wrong, as a stable code that programs can switch on.
 *
 * Parsing (`NumberParseError`):
 * - `empty`: nothing but white space;
 * - `no-number`: no number where one was expected (`abc`);
 * - `not-finite`: `∞`, `NaN`, `Infinity`;
 * - `bad-grouping`: digit groups that fit no Vietnamese or English pattern (`1.2.3`, `12,34,5`);
 * - `bad-separator`: two separators in a row or a separator at an end (`1..2`, `1.`);
 * - `unexpected-text`: text after the number phrase that is not a unit (`12 abc`);
 * - `bad-words`: number words that do not form a number (`mười mười`);
 * - `zero-denominator`: a fraction over zero (`5/0`).
 *
 * Formatting (`NumberFormatError`):
 * - `not-finite`: `NaN` or `±Infinity`;
 * - `invalid-number`: a string or object that is not a decimal number;
 * - `too-large`: an exponent beyond ±1000 (`1e50000000`; see `MAX_EXPONENT`);
 * - `invalid-option`: an option outside its range (negative decimals, unknown rounding mode …);
 * - `fractional-vnd`: an amount in đồng with a fraction, where the words need a whole amount.
 *
 * Both (`NumberParseError` from the parsers, `NumberFormatError` from the formatters):
 * - `invalid-type`: a value of the wrong type (`null`, `undefined`, an object, an array, a number
 *   where text is expected); never coerced with `String()`.
 */
export type NumberErrorCode =
  | 'empty'
  | 'no-number'
  | 'not-finite'
  | 'bad-grouping'
  | 'bad-separator'
  | 'unexpected-text'
  | 'bad-words'
  | 'invalid-number'
  | 'invalid-option'
  | 'fractional-vnd'
  | 'invalid-type'
  | 'zero-denominator'
  | 'too-large'

const MESSAGES: Record<NumberErrorCode, [vi: string, en: string]> = {
  empty: ['chuỗi rỗng, không có số', 'empty text, no number'],
  'no-number': ['không tìm thấy số', 'no number found'],
  'not-finite': ['số không hữu hạn (NaN hoặc vô cực)', 'not a finite number (NaN or infinity)'],
  'bad-grouping': ['nhóm chữ số không hợp lệ', 'invalid digit grouping'],
  'bad-separator': ['dấu phân cách đặt sai chỗ', 'misplaced separator'],
  'unexpected-text': ['có chữ không thuộc về số', 'unexpected text after the number'],
  'bad-words': ['cách đọc số không hợp lệ', 'invalid number words'],
  'invalid-number': ['không phải là số thập phân', 'not a decimal number'],
  'invalid-option': ['tùy chọn không hợp lệ', 'invalid option'],
  'fractional-vnd': [
    'số tiền đồng phải là số nguyên (đồng không có đơn vị lẻ)',
    'an amount in đồng must be whole (the đồng has no minor unit)',
  ],
  'invalid-type': ['sai kiểu dữ liệu', 'wrong type'],
  'zero-denominator': ['phân số có mẫu số bằng 0', 'fraction with a zero denominator'],
  'too-large': ['số mũ quá lớn, giới hạn là ±1000', 'exponent too large, the limit is ±1000'],
}

/**
 * A user-facing text in Vietnamese and English.
 *
 * @example
 * ```ts
 * safeParseNumber('1.2.3') // error.messages: { vi: 'nhóm chữ số không hợp lệ: «1.2.3»', en: 'invalid digit grouping: «1.2.3»' }
 * ```
 */
export interface Messages {
  /** The text in Vietnamese. */
  readonly vi: string
  /** The text in English. */
  readonly en: string
}

// Every error class of bhxh carries a brand: the names of its classes under a `Symbol.for` key,
// which two copies of the library in one process (the ESM and the CommonJS build) share. Their
// `instanceof` reads it, so an error thrown by one copy is recognised by the other.
const BRAND = Symbol.for('bhxh.error')

interface Branded {
  readonly brand: string
}

/**
 * @internal Marks an error with the brands of its class and of every bhxh class above it.
 * @param error - the error being constructed
 * @param target - `new.target` of its constructor
 */
export function setBrand(error: Error, target: object): void {
  const names: string[] = []
  for (let c: object | null = target; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, 'brand')) names.push((c as Branded).brand)
  }
  Object.defineProperty(error, BRAND, { value: names })
}

/**
 * @internal Whether `x` is an error of class `cls` (or below it), by brand, in any copy of bhxh;
 * for a caller's own subclass without a brand, the ordinary prototype check.
 * @param cls - the class on the right of `instanceof`
 * @param x - the value on the left
 */
export function hasBrandOf(cls: object, x: unknown): boolean {
  if (!Object.hasOwn(cls, 'brand')) return Function.prototype[Symbol.hasInstance].call(cls, x)
  return hasBrand(x, (cls as Branded).brand)
}

/**
 * @internal Whether `x` carries the brand `name`.
 * @param x - any value
 * @param name - a class name: `NumberError`, `NumberParseError`, `NumberFormatError`, `BhxhError`
 */
export function hasBrand(x: unknown, name: string): boolean {
  if (typeof x !== 'object' || x === null) return false
  const names = (x as { [BRAND]?: unknown })[BRAND]
  return Array.isArray(names) && names.includes(name)
}

/**
 * The base of every error that `bhxh/number` throws.
 *
 * `message` is Vietnamese, followed by the English text; both are also in `messages`.
 *
 * @example
 * ```ts
 * try { parseNumber('1..2') } catch (e) {
 *   if (e instanceof NumberError) console.log(e.code, e.span, e.messages.vi)
 *   // 'bad-separator' [1, 3] 'dấu phân cách đặt sai chỗ: «..»'
 * }
 * ```
 */
export class NumberError extends Error {
  /** @internal The class's name for {@link hasBrand}, set on each class so minifiers cannot rename it. */
  static readonly brand: string = 'NumberError'

  /**
   * `instanceof` that also recognises errors thrown by another copy of bhxh in the same
   * process (the ESM and the CommonJS build): it reads the brand every error carries.
   */
  static override [Symbol.hasInstance](x: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass too
    return hasBrandOf(this, x)
  }

  /** The stable error code. */
  readonly code: NumberErrorCode
  /** The offending part of the input, as `[start, end)` UTF-16 offsets (`[0, 0]` when there is no text). */
  readonly span: readonly [number, number]
  /** The offending text itself, whole (the messages quote at most 60 characters of it). */
  readonly input: string
  /** The message in Vietnamese (`vi`) and English (`en`). */
  readonly messages: Messages

  /**
   * @param code - the error code
   * @param input - the offending text
   * @param span - where it is in the caller's input
   * @param detail - what exactly was wrong, appended to the code's message (`expected text, got null`)
   */
  constructor(
    code: NumberErrorCode,
    input: string,
    span: readonly [number, number] = [0, input.length],
    detail?: Messages,
  ) {
    const [vi, en] = detail
      ? [`${MESSAGES[code][0]}: ${detail.vi}`, `${MESSAGES[code][1]}: ${detail.en}`]
      : MESSAGES[code]
    // Quote at most 60 characters of the input: a 10 MB bad input must not make a 10 MB message.
    const where = input ? `: «${input.length > 60 ? `${input.slice(0, 59)}…` : input}»` : ''
    super(`${vi}${where} (${en})`)
    this.name = new.target.name
    this.code = code
    this.span = span
    this.input = input
    this.messages = { vi: vi + where, en: en + where }
    setBrand(this, new.target)
  }
}

/**
 * What a value is, for a wrong-type message: `'null'`, `'undefined'`, `'array'`, or its `typeof`.
 * @internal
 */
export function typeName(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x
}

/**
 * A value as a message shows it, without ever throwing: text as it is, other primitives printed,
 * objects by their type (`String()` throws on an object without a prototype).
 * @internal
 */
export function shown(x: unknown): string {
  return typeof x === 'object' || typeof x === 'function' ? typeName(x) : String(x)
}

/**
 * What is wrong with the options argument of a public function, or `null`: `undefined` is no
 * options; anything but a plain object, or a key the function does not know (a misspelt
 * `decimal`), is `invalid-option`.
 * @internal
 */
export function optionsError<E extends NumberError>(
  Kind: new (code: NumberErrorCode, input: string) => E,
  options: unknown,
  known: readonly string[],
): E | null {
  if (options === undefined) return null
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return new Kind('invalid-option', `options: ${shown(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key))
      return new Kind('invalid-option', `${key}: ${shown((options as Record<string, unknown>)[key])}`)
  }
  return null
}

/**
 * The options argument of a public function, checked by {@link optionsError} (which throws).
 * @internal
 */
export function optionsOf<T extends object>(
  Kind: new (code: NumberErrorCode, input: string) => NumberError,
  options: T | undefined,
  known: readonly string[],
): T {
  const error = optionsError(Kind, options, known)
  if (error) throw error
  return options ?? ({} as T)
}

/**
 * The `invalid-type` error for a value of the wrong type: «sai kiểu dữ liệu: cần văn bản, nhận
 * được null» (wrong type: expected text, got null). The value is never coerced with `String()`.
 * @internal
 */
export function wrongType<E extends NumberError>(
  Kind: new (code: NumberErrorCode, input: string, span: readonly [number, number], detail: Messages) => E,
  x: unknown,
  expected: Messages = { vi: 'văn bản', en: 'text' },
): E {
  const got = typeName(x)
  return new Kind('invalid-type', '', [0, 0], {
    vi: `cần ${expected.vi}, nhận được ${got}`,
    en: `expected ${expected.en}, got ${got}`,
  })
}

/**
 * Thrown by `parseNumber` and `parseWords` for text that is not a number phrase.
 *
 * @example
 * ```ts
 * parseNumber('1.2.3') // throws NumberParseError { code: 'bad-grouping', span: [0, 5] }
 * ```
 */
export class NumberParseError extends NumberError {
  /** @internal */
  static override readonly brand: string = 'NumberParseError'
}

/**
 * Thrown by the formatters and `toWords` for an input that is not a finite decimal
 * (`NaN`, `Infinity`, `'abc'`) or an option out of range.
 *
 * @example
 * ```ts
 * formatNumber(Number.NaN) // throws NumberFormatError { code: 'not-finite' }
 * ```
 */
export class NumberFormatError extends NumberError {
  /** @internal */
  static override readonly brand: string = 'NumberFormatError'
}

/**
 * The result of a `safe…` parser: the value, or the error that the throwing form would throw.
 *
 * @example
 * ```ts
 * const r = safeParseNumber('gần 1.076.000 người')
 * if (r.ok) console.log(r.value.value) // '1076000'
 * else console.log(r.error.code)
 * ```
 */
export type SafeResult<T> =
  | {
      /** `true`: the text was read. */
      ok: true
      /** What was read. */
      value: T
    }
  | {
      /** `false`: the text was not read. */
      ok: false
      /** The error that the throwing form would have thrown. */
      error: NumberParseError
    }
