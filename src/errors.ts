/**
 * Typed errors of the domain core (periods, schemes, targets, results, measures). Each has a
 * stable code, a message in Vietnamese and English, and says where the problem is: a `path`
 * into the input object, and for text a `span`.
 * @module
 */
import { hasBrand, hasBrandOf, type Messages, type NumberError, setBrand } from './number/errors'

/**
 * What went wrong in the domain core, as a stable code that programs can switch on.
 *
 * - `invalid-input`: an input failed validation (the `issues` list each field and what was wrong);
 * - `bad-period`: text that is not a period phrase (`quý V/2023`, `tháng 13/2023`);
 * - `needs-context`: a relative phrase (`9 tháng đầu năm`, `từ đầu năm đến nay`) without the
 *   year or date it is relative to;
 * - `not-applicable`: an operation that has no meaning for this value (the previous period of an
 *   instant, the coverage base of all schemes together);
 * - `division-by-zero`: a ratio over a zero (or an interval that contains zero);
 * - `overflow`: a result beyond what decimal.js can hold (its exponent limit of 9 × 10¹⁵), which
 *   would otherwise be `Infinity`;
 * - `negative-base`: a negative target, base or starting value where only a positive one makes sense;
 * - `scheme-mismatch`, `metric-mismatch`, `period-mismatch`, `unit-mismatch`, `region-mismatch`:
 *   two inputs that cannot be compared (a BHYT result against a BHXH target, a revenue in đồng
 *   against a count, Bến Tre against Kiên Giang);
 * - `base-mismatch`: a coverage base that is not the scheme's (BHYT against the labour force).
 *
 * @example
 * ```ts
 * try { parsePeriod('quý V/2023') } catch (e) {
 *   if (e instanceof BhxhError) e.code // 'bad-period'
 * }
 * ```
 */
export type BhxhErrorCode =
  | 'invalid-input'
  | 'bad-period'
  | 'needs-context'
  | 'not-applicable'
  | 'division-by-zero'
  | 'overflow'
  | 'negative-base'
  | 'scheme-mismatch'
  | 'metric-mismatch'
  | 'period-mismatch'
  | 'unit-mismatch'
  | 'region-mismatch'
  | 'base-mismatch'

/**
 * One problem found in an input: where (the path of the field) and what (in Vietnamese and English).
 *
 * @example
 * ```ts
 * // result({ scheme: 'BHXH_XX', … }) fails with an issue like
 * // { path: ['scheme'], messages: { vi: 'Tùy chọn không hợp lệ: …', en: 'Invalid option: …' } }
 * ```
 */
export interface InputIssue {
  /** The field, as a path into the input (`['period', 'month']`); empty for the input itself. */
  readonly path: readonly (string | number)[]
  /** What was wrong with it. */
  readonly messages: Messages
}

const MESSAGES: Record<BhxhErrorCode, [vi: string, en: string]> = {
  'invalid-input': ['dữ liệu đầu vào không hợp lệ', 'invalid input'],
  'bad-period': ['không đọc được kỳ báo cáo', 'not a period'],
  'needs-context': ['cần biết năm hoặc ngày báo cáo', 'needs the year or the report date'],
  'not-applicable': ['phép tính không áp dụng được', 'not applicable'],
  'division-by-zero': ['chia cho số không', 'division by zero'],
  overflow: ['tràn số: kết quả quá lớn để tính', 'overflow: result too large to compute'],
  'negative-base': ['giá trị gốc âm hoặc bằng không', 'negative or zero base'],
  'scheme-mismatch': ['không cùng loại hình bảo hiểm', 'schemes do not match'],
  'metric-mismatch': ['không cùng chỉ tiêu', 'metrics do not match'],
  'period-mismatch': ['không cùng kỳ', 'periods do not match'],
  'unit-mismatch': ['không cùng đơn vị', 'units do not match'],
  'region-mismatch': ['không cùng địa bàn', 'regions do not match'],
  'base-mismatch': ['sai cơ sở tính tỷ lệ bao phủ', 'wrong coverage base'],
}

/** Details of a {@link BhxhError}. */
export interface BhxhErrorDetails {
  /** What exactly was wrong, in Vietnamese and English; appended to the code's message. */
  readonly detail?: Messages
  /** Where, as a path into the input object. */
  readonly path?: readonly (string | number)[]
  /** Where, as `[start, end)` UTF-16 offsets into the input text. */
  readonly span?: readonly [number, number]
  /** The offending text, for parse errors. */
  readonly input?: string
  /** Each problem found, for `invalid-input`. */
  readonly issues?: readonly InputIssue[]
}

/**
 * The error that the domain core throws. `message` is the Vietnamese text followed by the
 * English one; both are also in `messages`.
 *
 * @example
 * ```ts
 * try { attainment('3620400000000', '0') } catch (e) {
 *   if (e instanceof BhxhError) console.log(e.code, e.messages.vi) // 'division-by-zero' 'chia cho số không: …'
 * }
 * ```
 */
export class BhxhError extends Error {
  /** @internal The class's name for the brand check, set here so minifiers cannot rename it. */
  static readonly brand: string = 'BhxhError'

  /**
   * `instanceof` that also recognises errors thrown by another copy of bhxh in the same
   * process (the ESM and the CommonJS build): it reads the brand every error carries.
   */
  static override [Symbol.hasInstance](x: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass too
    return hasBrandOf(this, x)
  }

  /** The stable error code. */
  readonly code: BhxhErrorCode
  /** The message in Vietnamese (`vi`) and English (`en`). */
  readonly messages: Messages
  /** Where in the input object (empty when the problem is not in one field). */
  readonly path: readonly (string | number)[]
  /** Where in the input text, for parse errors; otherwise `null`. */
  readonly span: readonly [number, number] | null
  /** The offending text, for parse errors; otherwise `null`. */
  readonly input: string | null
  /** Each problem found, for `invalid-input`; otherwise empty. */
  readonly issues: readonly InputIssue[]
  /** What exactly was wrong, without the code's own message; `null` when nothing more was said. */
  readonly detail: Messages | null

  /**
   * @param code - the error code
   * @param details - what and where
   */
  constructor(code: BhxhErrorCode, details: BhxhErrorDetails = {}) {
    const [vi, en] = MESSAGES[code]
    const where = details.path?.length ? ` (${details.path.join('.')})` : ''
    const messages = {
      vi: `${vi}${where}${details.detail ? `: ${details.detail.vi}` : ''}`,
      en: `${en}${where}${details.detail ? `: ${details.detail.en}` : ''}`,
    }
    super(`${messages.vi} (${messages.en})`)
    this.name = new.target.name
    this.code = code
    this.messages = messages
    this.path = details.path ?? []
    this.span = details.span ?? null
    this.input = details.input ?? null
    this.issues = details.issues ?? []
    this.detail = details.detail ?? null
    setBrand(this, new.target)
  }
}

/**
 * Whether a caught value is an error of bhxh: a {@link BhxhError} of the core or a
 * `NumberError` (`NumberParseError`, `NumberFormatError`) of `bhxh/number`. It reads the brand
 * that every bhxh error carries, so it works across the ESM and the CommonJS copy of the
 * library in one process, where a plain `instanceof` of another copy's class would not (the
 * classes' own `instanceof` reads the same brand).
 *
 * @param error - anything caught
 * @returns `true` for every error bhxh throws, `false` for anything else
 *
 * @example
 * ```ts
 * try {
 *   parseNumber('1..2') // "1..2" is not a Vietnamese number
 * } catch (e) {
 *   if (isBhxhError(e)) console.log(e.code, e.messages.vi) // 'bad-separator' 'dấu phân cách đặt sai chỗ: «..»'
 *   else throw e
 * }
 * ```
 */
export function isBhxhError(error: unknown): error is BhxhError | NumberError {
  return hasBrand(error, 'BhxhError') || hasBrand(error, 'NumberError')
}

/**
 * The result of a `safe…` function of the domain core: the value, or the error that the
 * throwing form would throw.
 *
 * @example
 * ```ts
 * const r = safeParsePeriod('9 tháng đầu năm 2020')
 * if (r.ok) r.value // { kind: 'year-to-date', year: 2020, month: 9 }
 * ```
 */
export type Safe<T> =
  | {
      /** `true`: it worked. */
      ok: true
      /** The value. */
      value: T
    }
  | {
      /** `false`: it did not. */
      ok: false
      /** What the throwing form would have thrown. */
      error: BhxhError
    }

/** Builds the vi/en detail of an error from two strings. */
export const detail = (vi: string, en: string): Messages => ({ vi, en })
