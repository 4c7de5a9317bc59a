/**
 * Regions: which unit each figure is about, as the reports write it. "cả nước", "toàn quốc" are
 * the whole country (`'national'`); a province or centrally run city, named with its type word
 * or bare ("tỉnh Kiên Giang", "Hà Nội", "TP.HCM", "Thành phố Hồ Chí Minh"), is that unit, read on
 * the report's date with the library's registry (a former province keeps its own name after the
 * 2025 merger: "Kiên Giang" in 2026 is not An Giang); a district ("huyện Cao Lãnh", "thị xã Hồng
 * Ngự", "thành phố Cao Lãnh") is itself; "toàn tỉnh", "trên địa bàn tỉnh", "BHXH tỉnh" are the
 * report's own province.
 *
 * A unit named in a sentence governs the figures after it in that sentence, up to the next one
 * named; a header ("Tại tỉnh X,", "Về BHYT, tại Hà Nội …", "Đối với tỉnh X …") goes on over the
 * sentence ends of its paragraph, until another unit is named. One left-to-right pass: linear in
 * the text.
 * @module
 */

import { region, unitNamed } from '../region/region'
import { UNITS_2025_FROM } from '../region/units'
import { firstFrom } from './clauses'

/** A unit named in the text, as NFC offsets, with the region it stands for. */
export interface RegionMention {
  readonly start: number
  readonly end: number
  /** The normalised region (see {@link regionMentions}); `null` for the report's own unknown one. */
  readonly value: string | null
  /** Whether it opens its sentence as a header ("Tại tỉnh X,"): it then holds over sentence ends. */
  readonly header: boolean
}

/** "cả nước", "toàn quốc"; a type word with or without a name; a capitalised name. */
const PLACE =
  /(?<![\p{L}\p{M}])(?:([Cc]ả\s+nước|[Tt]oàn\s+quốc|[Pp]hạm\s+vi\s+toàn\s+quốc)|(?:([Tt]oàn|[Tt]rên\s+địa\s+bàn|[Đđ]ịa\s+bàn)\s+)?([Tt]ỉnh|[Tt]hành\s+phố|T[Pp]\.|TP(?=\s)|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)(?:[ \t]*(\p{Lu}[\p{L}\p{M}]*(?:(?:[ \t]+|[ \t]*[-–][ \t]*)\p{Lu}[\p{L}\p{M}]*){0,3}|\d{1,2}(?![\d.,])))?|(\p{Lu}[\p{L}\p{M}]*(?:(?:[ \t]+|[ \t]*[-–][ \t]*)\p{Lu}[\p{L}\p{M}]*){0,4}))(?![\p{L}\p{M}])/gu

/** A rank against the country ("đứng thứ 3 cả nước", "cao nhất cả nước"): the figure stays the unit's own. */
const RANK = /(?:thứ\s+(?:\d+|\p{L}+)|nhất|đầu|top\s*\d+)\s+(?:trong\s+|trên\s+|của\s+|so với\s+)?$/u

/** Words that may open a capitalised run before a name: "Tại Hà Nội", "BHXH Hà Nội", "Riêng TP.HCM". */
const LEADING = new Set([
  'tại',
  'ở',
  'riêng',
  'còn',
  'về',
  'theo',
  'như',
  'và',
  'cùng',
  'trong',
  'với',
  'của',
])

/** Offices before a bare type word: "BHXH tỉnh", "UBND thành phố" are the report's own unit. */
const OFFICE =
  /(?:bhxh|bảo hiểm xã hội|ubnd|ủy ban nhân dân|hđnd|tỉnh ủy|thành ủy|việc làm|(?<!\p{L})của)\s+$/u

/** An organisation's name runs up to here: "Công ty cổ phần Tập đoàn Xây dựng Hòa Bình" names no place. */
const ORGANISATION =
  /(?:công ty|tập đoàn|chi nhánh|ngân hàng|bệnh viện|trường|nhà máy|khách sạn|hợp tác xã|cửa hàng|báo)(?:\s+[^\s,.;:()\d]+){0,10}\s+$/u

/** What comes before a header's name in its sentence: "Tại ", "Về BHYT, tại ", "Đối với ", "Trên ". */
const HEADER =
  /^(?:[^,.;:]{0,40},\s*)?(?:tại|ở|đối với|tính riêng|riêng|còn|trên phạm vi|trên)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/u

/** A province or city of the registry on `date`, by its name as written; `undefined` for none. */
function province(name: string, date: string): string | undefined {
  return unitNamed(name, date)?.short
}

/**
 * The units named in a text, in order. Each `value` is normalised:
 * - `'national'` for "cả nước", "toàn quốc";
 * - a province or centrally run city as the registry names it, read on `date` ("Hà Nội", "Hồ Chí
 *   Minh" for "TP.HCM", "Huế" for "Thừa Thiên Huế"; a former province keeps its own name);
 * - a district as written after its type word, lower case ("huyện Cao Lãnh", "thành phố Cao
 *   Lãnh"), or an unknown name after "tỉnh" as written;
 * - `own` for "toàn tỉnh", "trên địa bàn tỉnh", "BHXH tỉnh" (the last province named before
 *   when `own` is `null`).
 *
 * @param s - the text, NFC
 * @param low - the same, lower case
 * @param sentenceOf - the start of the sentence holding each offset (for headers)
 * @param date - the report's date (ISO), or `undefined` for today's arrangement
 * @param own - the report's own region as the registry names it, or `null`
 * @returns the mentions, sorted, not overlapping
 *
 * @example
 * ```ts
 * const s = 'Tại Hà Nội, có 7 triệu người. Cả nước có 91 triệu người.'
 * regionMentions(s, s.toLowerCase(), () => 0, '2023-01-01', null).map((m) => m.value) // ['Hà Nội', 'national']
 * ```
 */
export function regionMentions(
  s: string,
  low: string,
  sentenceOf: (offset: number) => number,
  date: string | undefined,
  own: string | null,
): RegionMention[] {
  const on = date ?? UNITS_2025_FROM
  // a report names the same few places again and again: each name is looked up once
  const looked = new Map<string, string | undefined>()
  const provinceOf = (name: string): string | undefined => {
    if (looked.has(name)) return looked.get(name)
    const unit = province(name, on)
    looked.set(name, unit)
    return unit
  }
  const out: RegionMention[] = []
  let lastProvince: string | null = null
  const push = (start: number, end: number, value: string | null): void => {
    const before = low.slice(sentenceOf(start), start)
    out.push({ start, end, value, header: HEADER.test(before) })
  }
  PLACE.lastIndex = 0
  for (let m = PLACE.exec(s); m !== null; m = PLACE.exec(s)) {
    const [all, national, scope, type, written, run] = m
    const start = m.index
    if (national !== undefined) {
      if (!RANK.test(low.slice(Math.max(0, start - 25), start))) push(start, start + all.length, 'national')
      continue
    }
    if (type !== undefined) {
      const kind = type.toLowerCase().replace(/\s+/gu, ' ')
      const provincial = kind === 'tỉnh' || kind === 'thành phố' || kind.startsWith('tp')
      // a number names only an urban district ("quận 1"); "toàn tỉnh 2024" names none
      const named = written !== undefined && /^\d/u.test(written) && kind !== 'quận' ? undefined : written
      if (named === undefined) {
        // "toàn tỉnh", "trên địa bàn thành phố", "BHXH tỉnh": the report's own unit; "23 tỉnh", "các tỉnh": none
        const office = OFFICE.test(low.slice(Math.max(0, start - 25), start))
        if (provincial && (scope !== undefined || office))
          push(start, start + all.length, own ?? lastProvince)
        continue
      }
      const unit = provincial ? provinceOf(named) : undefined
      if (unit !== undefined) {
        lastProvince = unit
        push(start, start + all.length, unit)
      } else if (kind === 'tỉnh') push(start, start + all.length, named)
      else if (!kind.startsWith('tp')) push(start, start + all.length, `${kind} ${named}`)
      continue
    }
    if (run === undefined) continue
    // a capitalised run: the name itself, or after a leading word or office ("Tại Hà Nội", "BHXH Hà Nội")
    const words = run.split(/[ \t]+/u)
    let k = 0
    let unit = provinceOf(run)
    while (unit === undefined && k < words.length - 1) {
      const w = words[k] as string
      if (!LEADING.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w)) break
      k++
      unit = provinceOf(words.slice(k).join(' '))
    }
    if (unit === undefined) continue
    // the run is the whole capitalised stretch: a name inside a longer one ("Nguyễn Thái Bình",
    // "Điện Biên Phủ", "Thái Bình Dương") is no place
    const offset = start + run.length - words.slice(k).join(' ').length
    if (ORGANISATION.test(low.slice(Math.max(0, offset - 80), offset))) continue
    lastProvince = unit
    push(offset, start + run.length, unit)
  }
  return out
}

/**
 * The region of a figure at `offset`: the last unit named before it in its sentence, else a
 * header's unit from an earlier sentence of the same paragraph with no unit named since; `null`
 * when none (the report's own region).
 *
 * @param mentions - from {@link regionMentions}
 * @param s - the text, NFC
 * @param offset - the figure's start
 * @param sentenceStart - the start of its sentence
 * @returns the region, or `null`
 *
 * @example
 * ```ts
 * const s = 'Tại Hà Nội, có 7 triệu người. Tỷ lệ đạt 90%.'
 * regionAt(regionMentions(s, s.toLowerCase(), (i) => (i < 30 ? 0 : 30), '2023-01-01', null), s, 40, 30) // 'Hà Nội'
 * ```
 */
export function regionAt(
  mentions: readonly RegionMention[],
  s: string,
  offset: number,
  sentenceStart: number,
): string | null {
  const found = mentions[firstFrom(mentions, offset) - 1]
  if (found === undefined) return null
  if (found.start >= sentenceStart) return found.value
  // an earlier sentence's header holds to the end of its paragraph
  return found.header && !s.slice(found.end, offset).includes('\n') ? found.value : null
}

/**
 * A region as the registry names it on a date ("Thừa Thiên Huế" → "Huế", "tp hồ chí minh" →
 * "Hồ Chí Minh"; `'national'` stays); the name as written when it is no provincial unit.
 *
 * @param name - a region as a caller or a report writes it
 * @param date - the report's date (ISO), or `undefined` for today's arrangement
 * @returns the normalised region, as {@link regionMentions} gives it
 * @internal
 *
 * @example
 * ```ts
 * regionName('tỉnh Thừa Thiên Huế', '2021-01-05') // 'Huế'
 * ```
 */
export function regionName(name: string, date: string | undefined): string {
  if (name === 'national') return name
  try {
    return region(name, date ?? UNITS_2025_FROM).short
  } catch {
    return name
  }
}
