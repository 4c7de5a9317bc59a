/**
 * Finding period phrases in running text: candidate phrases are proposed by one regular
 * expression (the forms reports use: "9 tháng đầu năm 2020", "quý III/2023", "đến hết tháng
 * 8-2023", "tính đến 31/12/2019", "ngày 23/5/2020", "đến năm 2025", "cả năm" …) and kept when
 * `parsePeriod` reads them.
 * @module
 */
import { BhxhError, detail } from '../errors'
import { shown } from '../input'
import { isIsoDate, monthEnd } from '../period/calendar'
import { periodOrNull } from '../period/parse'
import type { Period } from '../period/types'
import { collapsedSpaces, type Doc, isWordChar, readDoc, toOrig } from './text'

/**
 * A period phrase found in a text.
 *
 * @example
 * ```ts
 * findPeriods('Đến hết tháng 8-2023, toàn tỉnh Kiên Giang có …')[0]
 * // { text: 'Đến hết tháng 8-2023', span: [0, 20], period: { kind: 'year-to-date', year: 2023, month: 8 }, comparison: false, by: false, cited: false }
 * ```
 */
export interface PeriodMention {
  /** The phrase as written. */
  readonly text: string
  /** Where it is, `[start, end)` UTF-16 offsets in the text as given. */
  readonly span: readonly [number, number]
  /** The period it names. */
  readonly period: Period
  /**
   * Whether it is what something is compared with ("so với năm 2018", "cùng kỳ năm 2019",
   * "kế hoạch cả năm"), not the period of the figures around it.
   */
  readonly comparison: boolean
  /** Whether it is a deadline ("đến năm 2025", "đến 2025"): the year by which a goal is to be met. */
  readonly by: boolean
  /**
   * Whether it is the date of a cited document ("Quyết định số 12/QĐ-UBND ngày 15/3/2019",
   * "Nghị quyết 28-NQ/TW ngày 23/5/2018") or of a list's update ("cập nhật ủy nhiệm chi đến ngày
   * 10/12"): never the period of a figure.
   */
  readonly cited: boolean
}

/**
 * Options of {@link findPeriods}.
 *
 * @example
 * ```ts
 * findPeriods('9 tháng đầu năm, toàn tỉnh có …', { date: '2020-10-08' })[0]?.period
 * // { kind: 'year-to-date', year: 2020, month: 9 }
 * ```
 */
export interface FindPeriodsOptions {
  /** The report's date, `YYYY-MM-DD`: the year of phrases without one ("cả năm") and "đến nay". */
  readonly date?: string | undefined
}

/** A period found, with NFC offsets (internal form). */
export interface FoundPeriod {
  readonly start: number
  readonly end: number
  readonly period: Period
  readonly comparison: boolean
  readonly by: boolean
  /** The date of a cited document ("Quyết định số … ngày 15/3/2019") or of a list's update ("cập nhật … đến ngày 10/12"). */
  readonly cited: boolean
  /** An aside ("riêng tháng 11"): it governs its own sentence only. */
  readonly aside: boolean
  /** The period of a goal ("Kết thúc năm 2020, tỷ lệ … phải đạt 90,7%"): it governs its own sentence only. */
  readonly goal: boolean
  /** A year that qualifies the word before it ("Tổng thu năm 2017"), not the head of a clause. */
  readonly qualifier: boolean
  /**
   * Alone on its line, or with only a time and a weekday (a dateline such as "08/10/2020" or
   * "Thứ Hai, 04/12/2017, 14:30 (GMT+7)" under a title): not a reporting period.
   */
  readonly alone: boolean
  /** A phrase that runs up to the report's date ("từ đầu năm đến nay", "đến thời điểm này"). */
  readonly now?: boolean
  /** "10 tháng qua": the months past, up to the report. */
  readonly past?: boolean
  /**
   * "150.000 người (năm 2022 là 120.000 người)": a period that opens a bracket with a figure after
   * it is that bracket's own; this is where the bracket closes (it governs nothing after).
   */
  readonly closes?: number
}

const Y = '(?:19|20)\\d{2}'
const SEP = '\\s*[/-]\\s*'
const ROMAN = '(?:iv|v|i{1,3}|[1-4])'
const PRE =
  '(?:(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?(?:ngày\\s+)?|từ\\s+đầu\\s+năm\\s+đến\\s+(?:hết\\s+)?|lũy\\s+kế\\s+|luỹ\\s+kế\\s+|trong\\s+|riêng\\s+|cả\\s+|ngày\\s+)?'
const CORE = [
  `\\d{1,2}\\s+tháng\\s+(?:đầu\\s+|cuối\\s+)?năm(?:\\s+${Y})?`,
  `nửa\\s+(?:đầu|cuối)\\s+năm(?:\\s+${Y})?`,
  `quý\\s+${ROMAN}(?:${SEP}${Y}|\\s+năm\\s+${Y})?`,
  `\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+${Y}`,
  `tháng\\s+\\d{1,2}(?:${SEP}${Y}|\\s+năm\\s+${Y})`,
  `\\d{1,2}/\\d{1,2}/${Y}`,
  `\\d{1,2}-\\d{1,2}-${Y}`,
  `\\d{1,2}\\.\\d{1,2}\\.${Y}`,
  `tháng\\s+\\d{1,2}\\.${Y}`,
  `giai\\s+đoạn\\s+${Y}\\s*[-–]\\s*${Y}`,
  `năm\\s+học\\s+${Y}\\s*[-–]\\s*${Y}`,
  `năm\\s+${Y}\\s*[-–]\\s*${Y}`,
  `năm\\s+(?:${Y}|nay)`,
].join('|')
const PATTERN = new RegExp(
  [
    `từ\\s+đầu\\s+năm\\s+đến\\s+nay`,
    `từ\\s+đầu\\s+năm(?!\\s*(?:đến|tới|\\d|nay|[\\p{L}\\p{M}]))`,
    `(?:tính\\s+)?(?:đến|tới)\\s+nay`,
    `${PRE}(?:${CORE})`,
    `(?:tính\\s+)?(?:đến|tới)\\s+${Y}`,
    `(?:trong|cả)\\s+năm(?!\\s+\\d)`,
    `(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?tháng\\s+\\d{1,2}`,
    `(?:tính\\s+)?(?:đến|tới)\\s+thời\\s+điểm\\s+(?:này|hiện\\s+(?:tại|nay))`,
    `ngày\\s+\\d{1,2}[/-]\\d{1,2}`,
    `(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?ngày\\s+\\d{1,2}[/-]\\d{1,2}`,
    `(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?\\d{1,2}/\\d{1,2}`,
    `(?:trong|riêng)\\s+tháng\\s+\\d{1,2}`,
    `(?:trong\\s+)?\\d{1,2}\\s+tháng\\s+qua`,
    `(?:lũy|luỹ)\\s+kế\\s+\\d{1,2}\\s+tháng(?!\\s+(?:năm|đầu|cuối|\\d))`,
  ]
    .map((p) => `(?:${p})(?![\\p{L}\\p{M}\\p{N}]|[/.-]\\d)`)
    .join('|'),
  'gu',
)
/** A deadline: "đến năm 2025", "đến 2025" (parsePeriod reads a year, not "by a year"). */
/** "đến tháng 6/2019" is read as "đến hết tháng 6/2019" (through the end of June). */
const TO_MONTH = /^(?:tính )?(?:đến|tới) tháng /u
/** A date or a month written with dots: "31.12.2020", "tháng 4.2019". */
const DOTTED = /\d\.(?:\d{1,2}\.)?(?:19|20)\d{2}$/u
/** "(trong) 10 tháng qua": the months of the report's year so far, "10 tháng đầu năm". */
const MONTHS_PAST = /^(?:trong )?(\d{1,2}) tháng qua$/u
/** "lũy kế 9 tháng" (no year): the months of the year so far, "9 tháng đầu năm" of the year in force. */
const RUNNING = /^(?:lũy|luỹ) kế (\d{1,2}) tháng$/u
/** "Từ đầu năm, …" alone: from the start of the year up to now, "từ đầu năm đến nay". */
const FROM_YEAR_START = /^từ đầu năm$/u
/** A phrase that runs up to the report's date: "từ đầu năm đến nay", "đến thời điểm hiện tại", "tính đến nay". */
const UP_TO_NOW = /(?:đến|tới) (?:nay|thời điểm)/u
/** "đến thời điểm này" is "đến nay". */
const TO_NOW = /^(?:tính )?(?:đến|tới) thời điểm /u
/**
 * A day without its year right after "đến", "tới", "tính đến" ("Đến 30/9, …"): a date of the
 * report's year, as "đến ngày 30/9" (not a fraction); the day and month must be a date's.
 */
const TO_DAY = /^((?:tính )?(?:đến|tới) (?:hết )?)(\d{1,2})\/(\d{1,2})$/u
/** A day without its year ("Ngày 5-12"): only as a lead, at the start of a line or a sentence. */
const BARE_DAY = /^ngày \d{1,2}[/-]\d{1,2}$/u
const BY = new RegExp(`^(?:tính\\s+)?(?:đến|tới)\\s+(?:năm\\s+)?(${Y})$`, 'u')
/** What a comparison's period is preceded by. */
const COMPARED = /(?:so\s+với|so|với|cùng\s+k[ỳì]|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)\s+$/u
const HAS_YEAR = new RegExp(Y, 'u')
/** A goal word opening its line or sentence: "Mục tiêu đến năm 2030:" sets a deadline, compares with nothing. */
const GOAL_LEAD = /(?:^|[\n.!?:;]\s*)(?:mục\s+tiêu|chỉ\s+tiêu)\s+$/u
/**
 * A comparison named earlier in the clause: "so với thời điểm 30/6/2021", "so với cuối năm 2019",
 * "bằng 170,1% số hồ sơ bình quân năm 2018" (a decimal comma ends no clause).
 */
const COMPARED_IN_CLAUSE =
  /(?:^|[^\p{L}\p{M}])(?:so\s+với|so|cùng\s+k[ỳì]|bằng)\s(?:[^,.;:!?()\n]|(?<=\d)[,.](?=\d))*$/u
/** The number of a cited document just before its date: "Quyết định số 12/QĐ-UBND ", "Nghị quyết 28-NQ/TW của Bộ Chính trị ". */
const CITED =
  /(?:(?:quyết\s+định|nghị\s+định|nghị\s+quyết|công\s+văn|thông\s+tư|chỉ\s+thị|kế\s+hoạch|văn\s+bản|thông\s+báo|hướng\s+dẫn|tờ\s+trình|quy\s+định|luật)(?:\s+số)?|(?:^|\s)số)\s+[\p{L}\p{N}/.-]*\d[\p{L}\p{N}/.-]*(?:\s+(?:của|do)\s+[^,.;:()\n]{1,60}?)?\s*,?\s+$/u
/** A list's update date ("cập nhật ủy nhiệm chi đến ngày 10/12"): not the date of its figures. */
const UPDATED = /cập\s+nhật[^,.;:!?()\n]*$/u
/** A day and month after "(tính) đến", "tới", "ngày" (see {@link yearlessDate}). */
const YEARLESS =
  /(?<![\p{L}\p{M}\p{N}])((tính\s+)?(?:đến|tới)|ngày)\s+(?:hết\s+)?(\d{1,2})\s*\/\s*(\d{1,2})$/u
/** A goal's word before a deadline: "phấn đấu", "mục tiêu", "kế hoạch", "chỉ tiêu". */
const GOAL_WORD = /(?:phấn\s+đấu|mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|dự\s+kiến)[^.!?\n]*$/u
/** A goal's verb: "phải đạt", "cần đạt". */
const GOAL_VERB = /(?:^|\s)(?:phải|cần)\s+đạt(?:\s|$)/u
/** What a dateline has besides its date: a time, a weekday, "GMT+7", separators. */
const DATELINE_REST =
  /^(?:[\s\d:|,()+\-–/.]|gmt|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày|giờ|am|pm|cập\s+nhật)*$/u

const yearOfPeriod = (p: Period): number | null =>
  p.kind === 'day' || p.kind === 'instant' ? Number(p.date.slice(0, 4)) : p.kind === 'phase' ? null : p.year

/** The periods in a document (NFC offsets); `cache` memoises `parsePeriod` within one call. */
export function periodsIn(
  doc: Doc,
  date: string | undefined,
  cache: Map<string, Period | null>,
): FoundPeriod[] {
  const { low } = doc
  const out: FoundPeriod[] = []
  const dateYear = date ? Number(date.slice(0, 4)) : undefined
  let lastYear: number | undefined
  PATTERN.lastIndex = 0
  for (let m = PATTERN.exec(low); m !== null; m = PATTERN.exec(low)) {
    const start = m.index
    // A phrase starts a word (checked here: a look-behind in the pattern is slow on long texts).
    if (start > 0 && isWordChar(low.charCodeAt(start - 1))) {
      PATTERN.lastIndex = start + 1
      continue
    }
    const end = start + m[0].length
    const cand = collapsedSpaces(low, start, end)
    const before = low.slice(Math.max(0, start - 160), start)
    let comparison = COMPARED.test(before.slice(-16)) || COMPARED_IN_CLAUSE.test(before)
    const year = lastYear ?? dateYear
    if (BARE_DAY.test(cand) && !leads(low, start)) continue
    const toDay = TO_DAY.exec(cand)
    if (toDay && !yearlessDate(low, end)) continue
    const by = BY.exec(cand)
    if (by && comparison && GOAL_LEAD.test(before)) comparison = false
    const past = MONTHS_PAST.exec(cand)
    const running = RUNNING.exec(cand)
    if (running && (year === undefined || Number(running[1]) > 12)) continue
    if (past && (date === undefined || Number(past[1]) > Number(date.slice(5, 7)))) continue
    const plain = (DOTTED.test(cand) ? cand.replace(/(\d)\.(?=\d)/gu, '$1/') : cand)
      .replace(/^riêng /u, '')
      .replace(/(đến|tới) hết (?=\d)/u, '$1 hết ngày ')
    // "năm 2018-2019" (two years in a row): a school year, as "năm học 2018-2019"
    const school = /^(?:trong )?năm (?:học )?((?:19|20)\d{2}) ?[-–] ?((?:19|20)\d{2})$/u.exec(cand)
    if (school && Number(school[2]) !== Number(school[1]) + 1) continue
    const text = school
      ? `năm học ${school[1]}-${school[2]}`
      : by
        ? `năm ${by[1]}`
        : past
          ? `${past[1]} tháng đầu năm ${dateYear}`
          : running
            ? `${running[1]} tháng đầu năm ${year}`
            : toDay
              ? `${toDay[1]}ngày ${toDay[2]}/${toDay[3]}`
              : FROM_YEAR_START.test(cand)
                ? 'từ đầu năm đến nay'
                : TO_MONTH.test(plain)
                  ? plain.replace(TO_MONTH, 'đến hết tháng ')
                  : TO_NOW.test(cand)
                    ? 'đến nay'
                    : plain
    const key = `${text}\u0000${year}\u0000${date}`
    let period = cache.get(key)
    if (period === undefined) {
      period = periodOrNull(text, { year, asOf: date })
      cache.set(key, period)
    }
    if (period === null) continue
    // "Tính đến 31/12, …" in a report of January: a day without a year that the report's year
    // would put after the report's date is of the year before (not in a goal's sentence)
    if (
      toDay &&
      lastYear === undefined &&
      dateYear !== undefined &&
      (period.kind === 'instant' || period.kind === 'day') &&
      date !== undefined &&
      period.date > date &&
      !goalAfter(low, end) &&
      !GOAL_WORD.test(low.slice(Math.max(0, start - 80), start))
    ) {
      period = periodOrNull(text, { year: dateYear - 1, asOf: date }) ?? period
    }
    if (!comparison && HAS_YEAR.test(cand)) lastYear = yearOfPeriod(period) ?? lastYear
    const cited =
      (period.kind === 'day' || period.kind === 'instant') && (CITED.test(before) || UPDATED.test(before))
    // "Tổng thu năm 2017", "Quyết định … giao chỉ tiêu … giai đoạn 2016-2020": a year or a phase
    // that qualifies the word before it
    const qualifier =
      ((period.kind === 'year' && cand.startsWith('năm')) ||
        (period.kind === 'phase' && cand.startsWith('giai'))) &&
      wordBefore(low, start)
    out.push({
      start,
      end,
      period,
      comparison,
      by: by !== null,
      cited,
      aside: cand.startsWith('riêng '),
      goal: goalAfter(low, end),
      qualifier,
      alone: alone(low, start, end),
      now: UP_TO_NOW.test(cand) || FROM_YEAR_START.test(cand),
      past: past !== null,
      ...bracketOf(low, start, end),
    })
  }
  return date === undefined ? out : throughLastMonth(out, date)
}

/**
 * "(năm 2022 là 120.000 người)": where the bracket that the period at `start` opens closes, when a
 * figure follows the period inside it (a bracket of one period, "(6 tháng đầu năm)", heads the
 * words after it as any period does). Looks at most 120 characters ahead.
 */
function bracketOf(low: string, start: number, end: number): { closes?: number } {
  let i = start - 1
  while (i >= 0 && low.charCodeAt(i) === 32) i--
  if (low[i] !== '(') return {}
  const close = low.indexOf(')', end)
  if (close < 0 || close - end > 120) return {}
  const inside = low.slice(end, close)
  return /\d/u.test(inside) && !inside.includes('(') ? { closes: close } : {}
}

/**
 * "Trong 10 tháng qua, … Từ đầu năm đến nay, … Đến thời điểm này, …" in a report of 6/11: when
 * the text says that the months past run through the month before the report's ("10 tháng
 * qua"), "now" means the end of that month, as the data were compiled, not the report's date.
 */
function throughLastMonth(found: FoundPeriod[], date: string): FoundPeriod[] {
  const year = Number(date.slice(0, 4))
  const last = Number(date.slice(5, 7)) - 1
  if (last < 1) return found
  const through = monthEnd(year, last)
  const states = found.some(
    (p) =>
      !p.comparison &&
      ((p.past === true &&
        p.period.kind === 'year-to-date' &&
        p.period.year === year &&
        p.period.month === last) ||
        // "Tính đến ngày 31/10/2021, … Từ đầu năm, …" in a report of 15/11: the data's date
        (!p.cited && p.period.kind === 'instant' && p.period.date === through)),
  )
  if (!states) return found
  return found.map((p) => {
    if (!p.now) return p
    const q = p.period
    if (q.kind === 'year-to-date' && q.year === year && q.month === last + 1)
      return { ...p, period: Object.freeze({ kind: 'year-to-date', year, month: last }) }
    if ((q.kind === 'instant' || q.kind === 'day') && q.date === date)
      return { ...p, period: Object.freeze({ kind: 'instant', date: monthEnd(year, last) }) }
    return p
  })
}

/**
 * Whether the day and month without a year that end at `end` ("đến 30/9", "tính đến 31/12",
 * "ngày 30/9") are a date: the day at most 31 and the month at most 12, after "tính đến" or
 * "ngày" anywhere, after a bare "đến", "tới" only where a clause starts ("Đến 30/9, …", "…, tới
 * 15/10 …"), not where it bounds an amount ("giảm đến 1/3").
 *
 * @param low - the lower-cased NFC text
 * @param end - where the month ends
 * @returns whether it is a date
 *
 * @example
 * ```ts
 * yearlessDate('đến 30/9, đã phát triển mới 1.800 người', 8) // true
 * yearlessDate('số nợ giảm đến 1/3', 18) // false
 * ```
 */
export function yearlessDate(low: string, end: number): boolean {
  const m = YEARLESS.exec(low.slice(Math.max(0, end - 31), end))
  if (!m) return false
  const day = Number(m[3])
  const month = Number(m[4])
  if (day < 1 || day > 31 || month < 1 || month > 12) return false
  if (m[2] !== undefined || m[1] === 'ngày') return true
  const head = end - m[0].length
  return /(?:^|[,;:(\n.!?–-])\s*$/u.test(low.slice(Math.max(0, head - 4), head))
}

/** Whether a word (not a number, not punctuation) comes right before `start`. */
function wordBefore(low: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && (low.charCodeAt(i) === 32 || low.charCodeAt(i) === 0xa0)) i--
  return (
    i >= 0 &&
    i < start - 1 &&
    isWordChar(low.charCodeAt(i)) &&
    !(low.charCodeAt(i) >= 48 && low.charCodeAt(i) <= 57)
  )
}

/** "phải đạt", "cần đạt" later in the sentence (up to 200 characters): a goal. */
function goalAfter(low: string, end: number): boolean {
  const stop = low.slice(end, end + 200).search(/[.!?](?:\s|$)|\n/u)
  return GOAL_VERB.test(low.slice(end, stop < 0 ? end + 200 : end + stop))
}

/** Whether a phrase starts its line or its sentence. */
function leads(low: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = low.charCodeAt(i)
    if (c === 10 || c === 46) return true
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false
  }
  return true
}

/** Alone on its line, or a dateline: the rest of its line (at most 60 characters) is a time, a weekday … */
function alone(low: string, start: number, end: number): boolean {
  let a = start
  while (a > 0 && start - a <= 60 && low.charCodeAt(a - 1) !== 10) a--
  let b = end
  while (b < low.length && b - end <= 60 && low.charCodeAt(b) !== 10 && low.charCodeAt(b) !== 13) b++
  if (
    (a > 0 && low.charCodeAt(a - 1) !== 10) ||
    (b < low.length && low.charCodeAt(b) !== 10 && low.charCodeAt(b) !== 13)
  )
    return false
  return DATELINE_REST.test(low.slice(a, start)) && DATELINE_REST.test(low.slice(end, b))
}

/**
 * Finds the period phrases in a Vietnamese text, in order: "9 tháng đầu năm 2020", "quý
 * III/2023", "8 tháng đầu năm 2023", "tháng 8/2023", "đến hết tháng 8-2023", "tính đến
 * 31/12/2019", "ngày 23/5/2020", "năm 2025", "đến năm 2025", "cả năm", "từ đầu năm đến nay",
 * "đến cuối tháng 9", "đến thời điểm này", a lead "Ngày 5-12,", "Đến 30/9," (a day and month
 * right after "tính đến", or after "đến", "tới" where a clause starts: not "giảm đến 1/3") …
 * A phrase without its year takes the year of the last phrase that named one, else the year of
 * `options.date` (a day that would then fall after `options.date`, "tính đến 31/12" in a January
 * report, is of the year before, unless a goal is set); "đến nay" and "đến thời điểm này" need `options.date`. "Đến tháng 6/2019" is read
 * as through the end of June. A comparison point ("so với thời điểm 30/6/2021") has `comparison`,
 * the date of a cited document ("Quyết định số … ngày 15/3/2019") has `cited`. Phrases that `parsePeriod` cannot read are
 * left out. Time is linear in the text.
 *
 * @param text - the text (NFC or NFD; spans index it as given)
 * @param options - see {@link FindPeriodsOptions}
 * @returns the phrases with their periods
 * @throws {@link BhxhError} `invalid-input` when `text` is not a string or `options.date` is not
 *   an ISO date
 *
 * @example
 * ```ts
 * findPeriods('Năm 2020, tỷ lệ … đạt 90% dân số, tăng 15,96% so năm 2016')
 *   .map((p) => [p.text, p.comparison])
 * // [['Năm 2020', false], ['năm 2016', true]]
 * ```
 */
export function findPeriods(text: string, options: FindPeriodsOptions = {}): PeriodMention[] {
  if (typeof text !== 'string') {
    throw new BhxhError('invalid-input', {
      detail: detail('văn bản phải là một chuỗi', 'the text must be a string'),
    })
  }
  const date = checkDate(options?.date)
  const doc = readDoc(text)
  return periodsIn(doc, date, new Map()).map((p) => {
    const a = toOrig(doc, p.start)
    const b = toOrig(doc, p.end)
    return Object.freeze({
      text: text.slice(a, b),
      span: Object.freeze([a, b] as const),
      period: p.period,
      comparison: p.comparison,
      by: p.by,
      cited: p.cited,
    })
  })
}

const written = (x: unknown): string => (typeof x === 'string' ? JSON.stringify(x) : shown(x))

/** Checks an optional ISO date option. */
export function checkDate(date: unknown): string | undefined {
  if (date === undefined) return undefined
  if (!isIsoDate(date)) {
    throw new BhxhError('invalid-input', {
      path: ['date'],
      detail: detail(
        `ngày báo cáo phải có dạng YYYY-MM-DD, nhận được ${written(date)}`,
        `the report date must be YYYY-MM-DD, got ${written(date)}`,
      ),
    })
  }
  return date
}
