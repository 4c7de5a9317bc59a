/**
 * `region(name | code, date)`: the provincial unit a name or code means on a date, as articles
 * write it ("tỉnh Kiên Giang", "toàn tỉnh Bến Tre", "Tiền Giang:", "TP.HCM", NFD or without
 * diacritics); and `successor`, the 2025 unit an old one became part of.
 * @module
 */
import { BhxhError, detail } from '../errors'
import { invalid, oneOfAt, shown, textAt } from '../input'
import { isIsoDate } from '../period/calendar'
import {
  UNITS_2004,
  UNITS_2004_UNTIL,
  UNITS_2025,
  UNITS_2025_FROM,
  type Unit2025Data,
  type UnitData,
} from './units'

/**
 * A provincial unit, with the arrangement it belongs to and its dates.
 *
 * @example
 * ```ts
 * region('Bến Tre', '2020-01-14') // { code: '83', name: 'Tỉnh Bến Tre', short: 'Bến Tre', arrangement: '2004', from: null, to: '2025-06-30', … }
 * ```
 */
export interface ProvincialUnit extends UnitData {
  /** `2004`: one of the 63 units (to 2025-06-30); `2025`: one of the 34 (from 2025-07-01). */
  readonly arrangement: '2004' | '2025'
  /** The first day, or `null` (the 63 units are taken as in force from before any report here). */
  readonly from: string | null
  /** The last day, or `null` while in force. */
  readonly to: string | null
  /** For a 2025 unit: the codes of the 2004 units it was formed from; else empty. */
  readonly predecessors: readonly string[]
}

const OLD: readonly ProvincialUnit[] = /* @__PURE__ */ (() =>
  UNITS_2004.map((u) => ({
    ...u,
    arrangement: '2004' as const,
    from: null,
    to: UNITS_2004_UNTIL,
    predecessors: [],
  })))()
const NEW: readonly ProvincialUnit[] = /* @__PURE__ */ (() =>
  UNITS_2025.map((u: Unit2025Data) => ({
    ...u,
    arrangement: '2025' as const,
    from: UNITS_2025_FROM,
    to: null,
  })))()

/** Folds a name to a key: NFC, lower case, no diacritics, đ → d, no type words, single spaces. */
export function nameKey(text: string): string {
  return textAt(text, ['name'])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[.:,;()"'«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:toan |tren dia ban |dia ban )?(?:tinh |thanh pho |tp |t p )?/, '')
    .trim()
}

/** Other names articles use for a unit, by the unit's short name (folded). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'ho chi minh': ['hcm', 'tphcm', 'sai gon', 'hcmc'],
  hue: ['thua thien hue', 'thua thien - hue'],
  'ba ria - vung tau': ['ba ria vung tau', 'brvt'],
}

const index = /* @__PURE__ */ (() => {
  const map = new Map<string, ProvincialUnit[]>()
  const add = (key: string, u: ProvincialUnit) => map.set(key, [...(map.get(key) ?? []), u])
  for (const u of [...OLD, ...NEW]) {
    const short = nameKey(u.short)
    add(short, u)
    add(nameKey(u.name), u)
    for (const a of ALIASES[short] ?? []) add(a, u)
  }
  return map
})()

const checkDate = (date: unknown): string => {
  if (!isIsoDate(date))
    throw new BhxhError('invalid-input', {
      path: ['date'],
      detail: detail(
        `${shown(date)} không phải ngày dạng YYYY-MM-DD`,
        `${shown(date)} is not a YYYY-MM-DD date`,
      ),
    })
  return date
}

/**
 * The provincial unit a name or an administrative code means on a date. The date decides:
 * before 2025-07-01 a name or code means one of the 63 units, from then one of the 34 — unless
 * only a former unit has that name ("Kiên Giang" in 2026 still means the former province, now part
 * of An Giang: see {@link successor}). A bare code is read the same way (80 is Long An before
 * 2025-07-01 and Tây Ninh after).
 *
 * @param nameOrCode - "Bến Tre", "tỉnh Kiên Giang", "toàn tỉnh Bến Tre", "Tiền Giang:", "TP.HCM",
 *   "Thừa Thiên Huế", "Ben Tre", NFD text, or a code such as "83"
 * @param date - the date it is meant on (ISO); default: today's arrangement (from 2025-07-01)
 * @returns the unit
 * @throws `BhxhError` `invalid-input` for a name or code that is no provincial unit, or a bad date
 *
 * @example
 * ```ts
 * region('toàn tỉnh Bến Tre', '2020-01-14').code // '83'
 * region('Vinh Long', '2026-01-01').predecessors // ['83', '86', '84']
 * region('80', '2024-01-01').short // 'Long An'
 * region('80', '2025-07-01').short // 'Tây Ninh'
 * ```
 */
export function region(nameOrCode: string, date: string = UNITS_2025_FROM): ProvincialUnit {
  const d = checkDate(date)
  const recent = d >= UNITS_2025_FROM
  const text = typeof nameOrCode === 'number' ? String(nameOrCode) : textAt(nameOrCode, ['region'])
  const unknown = () =>
    new BhxhError('invalid-input', {
      path: ['region'],
      input: text,
      detail: detail(
        `«${text}» không phải tên hay mã một tỉnh, thành phố`,
        `«${text}» is not the name or code of a province or city`,
      ),
    })
  if (/^\s*\d{1,2}\s*$/.test(text)) {
    const code = text.trim().padStart(2, '0')
    const found =
      (recent ? NEW : OLD).find((u) => u.code === code) ?? (recent ? OLD : NEW).find((u) => u.code === code)
    if (found === undefined) throw unknown()
    return found
  }
  const units = index.get(nameKey(text))
  if (units === undefined) throw unknown()
  const inForce = units.find((u) => (recent ? u.arrangement === '2025' : u.arrangement === '2004'))
  return inForce ?? (units[0] as ProvincialUnit)
}

/**
 * The provincial unit a name means on a date, as {@link region} reads it, or `undefined` when no
 * unit has that name (no error: for scanning text, where most capitalised words are no place).
 *
 * @param name - a name as articles write it ("Hà Nội", "TP.HCM", "Kiên Giang")
 * @param date - the date it is meant on (ISO, already checked)
 * @returns the unit, or `undefined`
 * @internal
 *
 * @example
 * ```ts
 * unitNamed('Kiên Giang', '2026-01-01')?.arrangement // '2004' — the former province
 * unitNamed('Việt Nam', '2026-01-01') // undefined
 * ```
 */
export function unitNamed(name: string, date: string): ProvincialUnit | undefined {
  const units = index.get(nameKey(name))
  if (units === undefined) return undefined
  const recent = date >= UNITS_2025_FROM
  return units.find((u) => (recent ? u.arrangement === '2025' : u.arrangement === '2004')) ?? units[0]
}

/**
 * The 2025 unit an old unit became part of (for a 2025 unit, itself).
 *
 * @param unit - a unit, or its name or code as {@link region} reads it (taken before 2025-07-01)
 * @returns the 2025 unit
 *
 * @example
 * ```ts
 * successor('Kiên Giang').short // 'An Giang'
 * successor('Tiền Giang').short // 'Đồng Tháp'
 * ```
 */
export function successor(unit: ProvincialUnit | string): ProvincialUnit {
  const u = typeof unit === 'string' ? region(unit, UNITS_2004_UNTIL) : unit
  if (!OLD.includes(u) && !NEW.includes(u))
    throw invalid(
      ['unit'],
      'cần tên một tỉnh hoặc kết quả của region()',
      'expected a province name or a region() result',
    )
  if (u.arrangement === '2025') return u
  const found = NEW.find((n) => n.predecessors.includes(u.code))
  if (found === undefined)
    throw new BhxhError('not-applicable', {
      detail: detail(`không tìm thấy đơn vị kế thừa ${u.short}`, `no successor for ${u.short}`),
    })
  return found
}

/**
 * The 63 units (`'2004'`) or the 34 units (`'2025'`).
 *
 * @param arrangement - which arrangement
 * @returns its units
 *
 * @example
 * ```ts
 * units('2025').length // 34
 * ```
 */
export const units = (arrangement: '2004' | '2025'): readonly ProvincialUnit[] =>
  oneOfAt(arrangement, ['2004', '2025'], ['arrangement']) === '2004' ? OLD : NEW
