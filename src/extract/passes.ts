/**
 * The passes over the text, before any figure is read: scheme names and lists, topic words, aging
 * buckets, regions, the figures with their parts and clauses; and the period of a headline figure
 * that the body restates.
 * @internal
 * @module
 */
import { parseBucketRange } from '../arrears/buckets'
import { findNumbers } from '../number/parse'
import type { Period } from '../period/types'
import { SCHEMES, type SchemeCode } from '../scheme/schemes'
import { blankComparisonHon } from './changes'
import { clausesOf, firstFrom, type Part, type Span } from './clauses'
import { type FoundPeriod, yearlessDate } from './periods'
import type { Aging, Building, Fig, Mention, Reader } from './reader'
import { gapIsSpace, QUANTITY_MASK, STATIC_UNITS } from './reader'
import { regionMentions, regionName } from './regions'
import { ASIDE } from './subjects'
import { isWordChar, lowerBound, toNfc } from './text'
import { CUE, TOPIC_PHRASES } from './vocabulary'

const AGING =
  /(?:từ\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+tháng|(?:từ|trên|dưới|quá|hơn)\s+(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười hai)\s+tháng(?:\s+(?:đến|tới)\s+(?:dưới\s+)?\d{1,3}\s+tháng|\s+trở\s+(?:lên|xuống))?)(?![\p{L}\p{M}\p{N}])/gu
const TOPIC = new RegExp(`(?:${TOPIC_PHRASES.map(([p]) => p).join('|')})(?![\\p{L}\\p{M}])`, 'gu')
const TOPIC_CODE = new Map<string, SchemeCode>(TOPIC_PHRASES)
/** Pairs written with a comma inside one phrase: "học sinh, sinh viên", "khám, chữa bệnh". */
const PAIR = /học sinh, sinh viên|khám, chữa bệnh/gu

/**
 * "Cấp 106.848 thẻ BHYT cho người nghèo" over a body that says "… mua BHYT năm 2009 cho 106.848
 * nhân khẩu nghèo": a figure before every period phrase (a headline, a lead) that the body
 * states again takes the period of its restatement, not the first period of the text.
 */
export function restated(r: Building, bound: (Period | null)[]): void {
  const first = r.periods.find((p) => !p.comparison && !p.cited)
  if (!first) return
  const later = new Map<string, number>()
  for (let i = r.figs.length - 1; i >= 0; i--) {
    const f = r.figs[i] as Fig
    if (f.a < first.start) break
    if (f.p.kind === 'number' && f.p.unit !== null)
      later.set(`${f.p.unit.code} ${f.p.qualifier} ${f.p.value}`, i)
  }
  for (let i = 0; i < r.figs.length; i++) {
    const f = r.figs[i] as Fig
    if (f.b > first.start) break
    if (f.p.kind !== 'number' || f.p.unit === null) continue
    const j = later.get(`${f.p.unit.code} ${f.p.qualifier} ${f.p.value}`)
    if (j !== undefined) bound[i] = bound[j] ?? null
  }
}

/** Scheme names: not offices ("BHXH tỉnh"), lists ("BHXH, BHYT, BHTN") merged into one. */
export function findMentions(r: Building): void {
  const { ph, low } = r
  const raw: Mention[] = []
  for (let k = 0; k < ph.start.length; k++) {
    const code = ph.scheme[k]
    if (code === null || code === undefined) continue
    const s = ph.start[k] as number
    const e = ph.end[k] as number
    const next =
      k + 1 < ph.start.length && ph.orgAfter[k + 1] && gapIsSpace(low, e, ph.start[k + 1] as number)
    const prev = k > 0 && ph.orgBefore[k - 1] && gapIsSpace(low, ph.end[k - 1] as number, s)
    if (next || prev) {
      r.offices.push(prev ? (ph.start[k - 1] as number) : s)
      continue
    }
    let participatory = false
    if (k > 0 && ((ph.mask[k - 1] as number) & QUANTITY_MASK) !== 0) {
      const pe = ph.end[k - 1] as number
      participatory = s - pe <= 10 && !/[^\p{L}\p{M}\s]/u.test(low.slice(pe, s))
    }
    // "bảo hiểm thất nghiệp (BHTN)": the abbreviation in brackets is the name before it again.
    const before = raw[raw.length - 1]
    if (before && /^\s*\(\s*$/u.test(low.slice(before.end, s))) {
      const close = /^\s*\)/u.exec(low.slice(e, e + 4))
      if (close) {
        raw[raw.length - 1] = { ...before, end: e + close[0].length }
        continue
      }
    }
    raw.push({ start: s, end: e, code, participatory })
  }
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i] as Mention
    const codes = new Set<SchemeCode>([first.code])
    let last = first
    let j = i + 1
    while (j < raw.length) {
      const m = raw[j] as Mention
      if (!/^\s*(?:,|và|,\s*và|&|\/)\s*$/u.test(low.slice(last.end, m.start))) break
      codes.add(m.code)
      last = m
      j++
    }
    if (j === i + 1) {
      r.mentions.push(first)
      continue
    }
    const members = new Set<string>()
    for (const c of codes) for (const m of SCHEMES[c].members) members.add(m)
    const onlyBhxh = [...members].every((m) => m === 'BHXH_BB' || m === 'BHXH_TN')
    r.mentions.push({
      start: first.start,
      end: last.end,
      code: members.size === 1 ? first.code : onlyBhxh ? 'BHXH' : 'ALL',
      participatory: first.participatory,
      listed: [...codes],
    })
    i = j - 1
  }
}

/**
 * Spans whose commas end no clause: scheme lists ("BHXH, BHYT") and pairs written with a comma
 * ("học sinh, sinh viên", "khám, chữa bệnh").
 */
export function findLists(r: Building): void {
  const pairs: Span[] = []
  PAIR.lastIndex = 0
  for (let m = PAIR.exec(r.low); m !== null; m = PAIR.exec(r.low))
    pairs.push({ start: m.index, end: m.index + m[0].length })
  const all: Span[] = [...r.mentions, ...pairs]
  all.sort((x, y) => x.start - y.start)
  r.lists = all
}

/** Topic words and scheme names, in text order, and the passage's one scheme if it has one. */
export function findTopics(r: Building): void {
  const { low } = r
  const words: { start: number; code: SchemeCode }[] = []
  const { ph } = r
  TOPIC.lastIndex = 0
  for (let m = TOPIC.exec(low); m !== null; m = TOPIC.exec(low)) {
    if (m.index > 0 && isWordChar(low.charCodeAt(m.index - 1))) continue
    // "bảo hiểm thất nghiệp", "trợ cấp thất nghiệp": inside a scheme's name, which counts as such
    const k = lowerBound(ph.end, m.index + 1)
    if (k < ph.start.length && (ph.start[k] as number) <= m.index && ph.scheme[k] != null) continue
    words.push({ start: m.index, code: TOPIC_CODE.get(m[0]) as SchemeCode })
  }
  let i = 0
  for (const m of r.mentions) {
    while (i < words.length && (words[i] as { start: number }).start < m.start)
      r.topics.push(words[i++] as never)
    // "tư vấn chính sách BHTN": a scheme named as a topic of prose is no topic of figures
    if (!ASIDE.test(low.slice(Math.max(0, m.start - 20), m.start)))
      r.topics.push({ start: m.start, code: m.code })
  }
  while (i < words.length) r.topics.push(words[i++] as never)
  r.passageTopic = oneCode(r.topics, 0, low.length)
}

/**
 * The one scheme named or implied in the part (between ";") of `f`, else in its sentence, else
 * `null`: "…; chi ốm đau, thai sản 310 tỷ đồng; chi trợ cấp thất nghiệp …" is BHXH, then BHTN.
 */
export function sentenceTopic(r: Reader, f: Fig): SchemeCode | null {
  const part = r.parts[f.part] as Part
  const own = oneCode(r.topics, part.start, part.end)
  if (own !== null) return own
  const s = part.sentence
  const a = r.sentenceStart[s] ?? (r.parts[f.part] as Part).start
  const b = r.sentenceStart[s + 1] ?? r.low.length
  return oneCode(r.topics, a, b)
}

/** Aging phrases of arrears: "từ 1 tháng đến dưới 6 tháng", "từ 3 - 6 tháng", "trên 6 tháng" after an arrears word. */
export function findAgings(r: Building): void {
  const { low, ph } = r
  AGING.lastIndex = 0
  for (let m = AGING.exec(low); m !== null; m = AGING.exec(low)) {
    const start = m.index
    // A phrase starts a word (checked here: a look-behind in the pattern is slow on long texts).
    if (start > 0 && isWordChar(low.charCodeAt(start - 1))) {
      AGING.lastIndex = start + 1
      continue
    }
    const k = lowerBound(ph.start, Math.max(0, start - 80))
    let arrears = false
    for (let j = k; j < ph.start.length && (ph.start[j] as number) < start; j++) {
      if (((ph.mask[j] as number) & CUE.arrears) !== 0) arrears = true
    }
    if (!arrears) continue
    try {
      // "từ 3 - 6 tháng" is "từ 3 đến 6 tháng"
      const phrase = m[0].replace(/^từ\s+(\d{1,3})\s*[-–]\s*(\d{1,3})\s+tháng$/u, 'từ $1 đến $2 tháng')
      r.agings.push({ start, end: start + m[0].length, range: parseBucketRange(phrase) })
    } catch {
      // not a bucket after all
    }
  }
}

/** Regions: "cả nước", "tỉnh Kiên Giang", "Hà Nội", "TP.HCM", "huyện Cao Lãnh", "toàn tỉnh" (see `regions.ts`). */
export function findRegions(r: Building): void {
  const starts: number[] = []
  for (const part of r.parts) if (part.sentence >= starts.length) starts.push(part.start)
  const sentenceOf = (offset: number): number => {
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((starts[mid] as number) <= offset) lo = mid + 1
      else hi = mid
    }
    return starts[lo - 1] ?? 0
  }
  const own = r.region === null ? null : regionName(r.region, r.date)
  r.regions = regionMentions(r.doc.s, r.low, sentenceOf, r.date, own)
}

/** The numbers, by part; those inside a period or an aging phrase are part of it, not figures. */
export function collectFigures(r: Building): void {
  const { doc, parts, periods, agings } = r
  let partAt = 0
  let periodAt = 0
  let agingAt = 0
  for (const p of findNumbers(blankComparisonHon(r.text))) {
    const a = toNfc(doc, p.span[0])
    const b = toNfc(doc, p.span[1])
    while (periodAt < periods.length && (periods[periodAt] as FoundPeriod).end <= a) periodAt++
    while (agingAt < agings.length && (agings[agingAt] as Aging).end <= a) agingAt++
    const unit = p.unit?.code ?? null
    if ((p.kind === 'number' || p.kind === 'range') && (unit === null || STATIC_UNITS.has(unit))) {
      const inPeriod = periodAt < periods.length && (periods[periodAt] as FoundPeriod).start <= a
      const inAging = agingAt < agings.length && (agings[agingAt] as Aging).start <= a
      if (inPeriod || inAging) continue
    }
    // "Đến 30/9, …", "tính đến 31/12": a day and month, not a fraction (with or without a year known)
    if (p.kind === 'fraction' && yearlessDate(r.low, b)) continue
    while (partAt < parts.length && (parts[partAt] as Part).end <= a) partAt++
    let list = r.byPart[partAt]
    if (!list) {
      list = []
      r.byPart[partAt] = list
    }
    const fig: Fig = {
      p,
      a,
      b,
      part: partAt,
      at: r.figs.length,
      pos: list.length,
      clauseStart: a,
      clauseEnd: b,
      preStart: a,
      postEnd: b,
      role: 'other',
      metric: null,
      targetOf: null,
      change: null,
      direction: null,
      scheme: null,
      period: null,
      region: null,
      against: null,
      base: null,
      aging: null,
      interest: null,
      link: null,
      dupOf: null,
      listIndex: -1,
    }
    r.figs.push(fig)
    list.push(fig)
  }
}

/** Clause bounds of the figures of part `i` (see {@link clausesOf}), and the stretches between figures. */
export function clauses(r: Building, i: number, figs: Fig[]): void {
  const cs = clausesOf(r.low, r.parts[i] as Part, r.lists)
  let c = 0
  for (let n = 0; n < figs.length; n++) {
    const f = figs[n] as Fig
    while (c < cs.length - 1 && (cs[c] as Span).end < f.a) c++
    const clause = cs[c] as Span
    f.clauseStart = clause.start
    f.clauseEnd = clause.end
    const prev = figs[n - 1]
    const next = figs[n + 1]
    f.preStart = prev && prev.b > f.clauseStart ? prev.b : f.clauseStart
    f.postEnd = next && next.a < f.clauseEnd ? next.a : f.clauseEnd
  }
}

/**
 * The one code of the items starting in `[a, b)` (sorted by start), else `null` (none, several,
 * or all schemes together, which is no topic of one scheme).
 */
function oneCode(
  items: readonly { readonly start: number; readonly code: SchemeCode }[],
  a: number,
  b: number,
): SchemeCode | null {
  let code: SchemeCode | null = null
  for (let k = firstFrom(items, a); k < items.length && (items[k] as { start: number }).start < b; k++) {
    const c = (items[k] as { code: SchemeCode }).code
    if (c === 'ALL' || (code !== null && c !== code)) return null
    code = c
  }
  return code
}
