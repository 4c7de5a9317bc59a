/**
 * `extractFigures`: the figures of a Vietnamese social-insurance report, each with what it is
 * about (role, metric, scheme, period, region, comparison, coverage base, aging bucket), the
 * quantity an attainment or growth belongs to, and repeated passages set apart.
 *
 * Everything is read in a few left-to-right passes (numbers, sentences, cue words, periods),
 * then each figure looks only at its own sentence: time is linear in the text. The passes are
 * here; the stages that read each figure are functions of the reader's state (`Reader`,
 * reader.ts): roles.ts (what a figure is), targets.ts (plans and goals), against.ts (what it is
 * compared with) and finish.ts (metric, scheme, base, aging, region, interest; the output).
 * @module
 */
import { parseBucketRange } from '../arrears/buckets'
import { BhxhError, detail } from '../errors'
import type { ReportedFigure } from '../figure/figure'
import { optionsAt, textAt } from '../input'
import { findNumbers, type ParsedNumber } from '../number/parse'
import type { Period } from '../period/types'
import { region } from '../region/region'
import { UNITS_2025_FROM } from '../region/units'
import { SCHEMES, type SchemeCode } from '../scheme/schemes'
import { bindPeriods } from './bind-periods'
import { blankComparisonHon } from './changes'
import { clausesOf, markSentences, type Part, type Span, splitParts } from './clauses'
import { duplicates, finish, mentionIn, output } from './finish'
import { checkDate, type FoundPeriod, periodsIn, yearlessDate } from './periods'
import type { Aging, Fig, Mention, Reader } from './reader'
import { gapIsSpace, mentionAt, QUANTITY_MASK, reported, STATIC_UNITS, sameIn } from './reader'
import { type RegionMention, regionMentions, regionName } from './regions'
import { classify } from './roles'
import { ASIDE, type Subjects, subjectsOf } from './subjects'
import { target } from './targets'
import {
  findPhrases,
  indexIn,
  isWordChar,
  lastIndexIn,
  lowerBound,
  type Phrases,
  readDoc,
  toNfc,
} from './text'
import type { ExtractedFigure } from './types'
import { CUE, TOPIC_PHRASES } from './vocabulary'

const AGING =
  /(?:từ\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+tháng|(?:từ|trên|dưới|quá|hơn)\s+(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười hai)\s+tháng(?:\s+(?:đến|tới)\s+(?:dưới\s+)?\d{1,3}\s+tháng|\s+trở\s+(?:lên|xuống))?)(?![\p{L}\p{M}\p{N}])/gu
/** A sentence that opens with the same time of an earlier year: "Cùng kỳ năm 2023, ", "Cùng kỳ năm trước, ". */
const SAME_TIME_OPENING =
  /^[\s(]*(?:so với\s+)?cùng k[ỳì]\s+(?:năm\s+((?:19|20)\d{2})|năm\s+trước|năm\s+ngoái)\s*,/u
const TOPIC = new RegExp(`(?:${TOPIC_PHRASES.map(([p]) => p).join('|')})(?![\\p{L}\\p{M}])`, 'gu')
const TOPIC_CODE = new Map<string, SchemeCode>(TOPIC_PHRASES)
/** Pairs written with a comma inside one phrase: "học sinh, sinh viên", "khám, chữa bệnh". */
const PAIR = /học sinh, sinh viên|khám, chữa bệnh/gu

/**
 * Options of {@link extractFigures}.
 *
 * @example
 * ```ts
 * extractFigures('9 tháng đầu năm, toàn tỉnh có gần 1.076.000 người tham gia …', { date: '2020-10-08', region: 'Hà Nam' })
 * ```
 */
export interface ExtractOptions {
  /** The report's date, `YYYY-MM-DD`: the year of "9 tháng đầu năm", the month of "từ đầu năm đến nay". */
  readonly date?: string
  /**
   * The region of the report (a province or city, as `region()` reads it on `date`), for
   * figures of which the text says only "toàn tỉnh"; an unknown name is an error.
   */
  readonly region?: string
}

/**
 * What {@link extractFigures} returns.
 *
 * @example
 * ```ts
 * const { figures, duplicates } = extractFigures(text)
 * duplicates[0]?.duplicateOf // the index in `figures` of the same figure's first occurrence
 * ```
 */
export interface Extraction {
  /** The figures, in text order, without those of repeated passages. */
  readonly figures: readonly ExtractedFigure[]
  /**
   * The figures of passages that repeat an earlier one, in text order, each with `duplicateOf`
   * (an index into `figures`); their `index` and `linkedTo` are indices into `duplicates`.
   */
  readonly duplicates: readonly ExtractedFigure[]
}

// ---------------------------------------------------------------------------------------------
// The extractor

/**
 * Extracts the figures of a Vietnamese social-insurance report, with what each is about:
 *
 * - its **role**: participants, new participants, beneficiaries ("giải quyết chế độ … cho",
 *   "lượt người hưởng"; applicants and medical visits are not), revenue, attainment ("đạt
 *   71,5% so với kế hoạch"), growth ("tăng 9,29% so với cùng kỳ", "gấp hơn hai lần"), coverage
 *   ("tỷ lệ bao phủ … 91,5% dân số"), target ("phấn đấu", "phải đạt", "chỉ tiêu giao", "(kế
 *   hoạch: …)", a table row "kế hoạch …, thực hiện …", "đến năm 2025"; "được giao chỉ tiêu phát
 *   triển thêm 3.500 người" plans new participants, "chỉ tiêu tăng thêm …" a growth), arrears
 *   (employers and amounts, "chậm đóng", a share of what was due, "chiếm 2,1% số phải thu", with
 *   the aging bucket "từ 1 tháng đến dưới 6 tháng", "từ 3 - 6 tháng" and whether an amount counts
 *   the interest, "(chưa bao gồm tiền lãi)"; fines and repayments are not), or other; the items
 *   of a list that name only their scheme or district ("…, BHTN là …", "…; huyện B có …", "-
 *   BHYT: …" under "Kết quả thu …:") take the list's role; in a table of lines ("Chỉ tiêu | Kế
 *   hoạch | Thực hiện | Tỷ lệ") a plan column holds targets, a column of what was done the row's
 *   quantity, a rate column the attainment of the plan;
 * - its **scheme** (the scheme that governs it in its clause; "BHXH, BHYT, BHTN", "bảo hiểm các
 *   loại", "tổng thu" and what an office collects, "BHXH tỉnh A thu …", are `ALL`), **period** (the period phrase before it, carried over
 *   from earlier sentences), **region** (`'national'` for "cả nước"; a province named in the
 *   sentence before it, "tỉnh Kiên Giang", "Hà Nội", "TP.HCM", or by a header "Tại tỉnh X,"
 *   for its paragraph, read on the report's date; a district "huyện X"; "toàn tỉnh" is
 *   `options.region`),
 *   what an attainment or growth is **against** (written after it, leading its part: "So với
 *   kế hoạch, số thu đạt 101,4%", or on the rate that restates it: "tương ứng tăng 42,2% so
 *   với …"; "tháng trước", "quý trước" are the month and quarter before), and for a coverage
 *   rate its **base**;
 * - for a growth, its **change** and **direction**: a figure right after a word of change is a
 *   change of its quantity, relative ("tăng 9,29%"), absolute ("giảm 17 người", "tăng 204 tỷ
 *   đồng (7,8%)"), in points ("tăng 1,2 điểm phần trăm") or a multiple ("gấp 3 lần"); "thấp
 *   hơn 9,7%" and "vượt 1,5% so với chỉ tiêu" are changes down and up, and their "hơn" is no
 *   qualifier;
 * - **links**: an attainment or growth belongs to the nearest quantity before it in its sentence.
 *
 * A sentence that repeats an earlier one (a page that prints its body twice) gives its figures
 * to `duplicates`, each pointing at its first occurrence. The text may be NFC or NFD: spans
 * index it as given. Time is linear in the length of the text.
 *
 * @param text - the report
 * @param options - the report's date and region, for relative periods and "toàn tỉnh"
 * @returns the figures and the figures of repeated passages
 * @throws {@link BhxhError} `invalid-input` when `text` is not a string, or `options.date` is
 *   not an ISO date (path `['date']`), `options.region` is not a province or city on that date
 *   (path `['region']`), or an option is unknown (path: its name)
 *
 * @example
 * ```ts
 * const { figures } = extractFigures(
 *   '9 tháng đầu năm 2020, toàn tỉnh có gần 1.076.000 người tham gia đóng bảo hiểm các loại với tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch và tăng 9,29% so với cùng kỳ năm 2019.',
 * )
 * figures.map((f) => [f.raw, f.role, f.scheme])
 * // [['gần 1.076.000 người', 'participants', 'ALL'], ['3.620,4 tỷ đồng', 'revenue', 'ALL'],
 * //  ['71,5%', 'attainment', 'ALL'], ['9,29%', 'growth', 'ALL']]
 * figures[2]?.linkedTo // 1 — 71,5% of the revenue
 * figures[3]?.against  // { kind: 'same-period', period: { kind: 'year-to-date', year: 2019, month: 9 }, text: 'so với cùng kỳ năm 2019' }
 * ```
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== 'string') {
    throw new BhxhError('invalid-input', {
      detail: detail('văn bản phải là một chuỗi', 'the text must be a string'),
    })
  }
  optionsAt(options, ['date', 'region'])
  const date = checkDate(options.date)
  if (options.region !== undefined) {
    textAt(options.region, ['region'])
    // An unknown region is an error (`invalid-input` at `region`), not a name kept as written.
    region(options.region, date ?? UNITS_2025_FROM)
  }
  return new Extractor(text, date, options.region ?? null).run()
}

class Extractor implements Reader {
  readonly doc
  readonly low: string
  readonly parts: Part[]
  readonly ph: Phrases
  readonly periods: FoundPeriod[]
  readonly mentions: Mention[] = []
  /** Scheme lists and pairs written with a comma, sorted: their commas end no clause. */
  lists: Span[] = []
  /** Figures in a table's plan column, and rates in a table with one: the plan column's header. */
  readonly tablePlans = new Map<Fig, readonly [number, number]>()
  /** Starts of the offices named ("BHXH tỉnh", "ngành BHXH"), in text order. */
  readonly offices: number[] = []
  /** Schemes named or implied by a topic word ("giới thiệu việc làm"), in text order. */
  readonly topics: { readonly start: number; readonly code: SchemeCode }[] = []
  /** The one scheme that every scheme named or implied in the text is, else `null`. */
  passageTopic: SchemeCode | null = null
  readonly agings: Aging[] = []
  regions: readonly RegionMention[] = []
  readonly figs: Fig[] = []
  /** Figures by part. */
  readonly byPart: Fig[][] = []
  /** Target mode of each full sentence (a goal cue, or a continuation of a goal sentence). */
  sentenceTarget: readonly boolean[] = []
  sentenceStart: readonly number[] = []
  readonly dateYear: number | null
  subjects: Subjects = { at: [], code: [], firm: [] }

  constructor(
    readonly text: string,
    readonly date: string | undefined,
    readonly region: string | null,
  ) {
    this.doc = readDoc(text)
    this.low = this.doc.low
    this.parts = splitParts(this.doc.s)
    this.ph = findPhrases(this.low)
    this.periods = periodsIn(this.doc, date, new Map()).filter((p) => !p.alone)
    this.dateYear = date ? Number(date.slice(0, 4)) : null
  }

  run(): Extraction {
    this.findMentions()
    this.findTopics()
    this.findLists()
    this.subjects = subjectsOf(this.low, this.parts, this.mentions)
    this.findAgings()
    this.findRegions()
    this.collectFigures()
    const sentences = markSentences(this.parts, this.ph, this.low)
    this.sentenceStart = sentences.start
    this.sentenceTarget = sentences.target
    for (let i = 0; i < this.parts.length; i++) {
      const figs = this.byPart[i]
      if (figs && figs.length > 0) this.clauses(i, figs)
    }
    for (const f of this.figs) classify(this, f)
    for (const f of this.figs) this.link(f)
    const bound = bindPeriods(this.periods, this.parts, this.figs)
    this.restated(bound)
    for (let i = 0; i < this.figs.length; i++) {
      const f = this.figs[i] as Fig
      f.period = bound[i] ?? null
      // "Cùng kỳ năm 2023, số người tham gia … là 36.440 người": a sentence that opens with the
      // same time of an earlier year is of that time
      const opening = SAME_TIME_OPENING.exec(
        this.low.slice(this.sentenceStart[(this.parts[f.part] as Part).sentence] ?? f.a, f.a),
      )
      if (opening)
        f.period = sameIn(
          f.period,
          opening[1] ? Object.freeze({ kind: 'year', year: Number(opening[1]) }) : null,
        )
      target(this, f)
    }
    for (const f of this.figs) finish(this, f)
    duplicates(this)
    return output(this)
  }

  /**
   * "Cấp 106.848 thẻ BHYT cho người nghèo" over a body that says "… mua BHYT năm 2009 cho 106.848
   * nhân khẩu nghèo": a figure before every period phrase (a headline, a lead) that the body
   * states again takes the period of its restatement, not the first period of the text.
   */
  private restated(bound: (Period | null)[]): void {
    const first = this.periods.find((p) => !p.comparison && !p.cited)
    if (!first) return
    const later = new Map<string, number>()
    for (let i = this.figs.length - 1; i >= 0; i--) {
      const f = this.figs[i] as Fig
      if (f.a < first.start) break
      if (f.p.kind === 'number' && f.p.unit !== null)
        later.set(`${f.p.unit.code} ${f.p.qualifier} ${f.p.value}`, i)
    }
    for (let i = 0; i < this.figs.length; i++) {
      const f = this.figs[i] as Fig
      if (f.b > first.start) break
      if (f.p.kind !== 'number' || f.p.unit === null) continue
      const j = later.get(`${f.p.unit.code} ${f.p.qualifier} ${f.p.value}`)
      if (j !== undefined) bound[i] = bound[j] ?? null
    }
  }

  // -------------------------------------------------------------------------------------------
  // Passes over the text

  /** Scheme names: not offices ("BHXH tỉnh"), lists ("BHXH, BHYT, BHTN") merged into one. */
  private findMentions(): void {
    const { ph, low } = this
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
        this.offices.push(prev ? (ph.start[k - 1] as number) : s)
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
        this.mentions.push(first)
        continue
      }
      const members = new Set<string>()
      for (const c of codes) for (const m of SCHEMES[c].members) members.add(m)
      const onlyBhxh = [...members].every((m) => m === 'BHXH_BB' || m === 'BHXH_TN')
      this.mentions.push({
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
  private findLists(): void {
    const pairs: Span[] = []
    PAIR.lastIndex = 0
    for (let m = PAIR.exec(this.low); m !== null; m = PAIR.exec(this.low))
      pairs.push({ start: m.index, end: m.index + m[0].length })
    const all: Span[] = [...this.mentions, ...pairs]
    all.sort((x, y) => x.start - y.start)
    this.lists = all
  }

  /** Topic words and scheme names, in text order, and the passage's one scheme if it has one. */
  private findTopics(): void {
    const { low } = this
    const words: { start: number; code: SchemeCode }[] = []
    const { ph } = this
    TOPIC.lastIndex = 0
    for (let m = TOPIC.exec(low); m !== null; m = TOPIC.exec(low)) {
      if (m.index > 0 && isWordChar(low.charCodeAt(m.index - 1))) continue
      // "bảo hiểm thất nghiệp", "trợ cấp thất nghiệp": inside a scheme's name, which counts as such
      const k = lowerBound(ph.end, m.index + 1)
      if (k < ph.start.length && (ph.start[k] as number) <= m.index && ph.scheme[k] != null) continue
      words.push({ start: m.index, code: TOPIC_CODE.get(m[0]) as SchemeCode })
    }
    let i = 0
    for (const m of this.mentions) {
      while (i < words.length && (words[i] as { start: number }).start < m.start)
        this.topics.push(words[i++] as never)
      // "tư vấn chính sách BHTN": a scheme named as a topic of prose is no topic of figures
      if (!ASIDE.test(low.slice(Math.max(0, m.start - 20), m.start)))
        this.topics.push({ start: m.start, code: m.code })
    }
    while (i < words.length) this.topics.push(words[i++] as never)
    this.passageTopic = oneCode(this.topics, 0, low.length)
  }

  /**
   * The one scheme named or implied in the part (between ";") of `f`, else in its sentence, else
   * `null`: "…; chi ốm đau, thai sản 310 tỷ đồng; chi trợ cấp thất nghiệp …" is BHXH, then BHTN.
   */
  sentenceTopic(f: Fig): SchemeCode | null {
    const part = this.parts[f.part] as Part
    const own = oneCode(this.topics, part.start, part.end)
    if (own !== null) return own
    const s = part.sentence
    const a = this.sentenceStart[s] ?? (this.parts[f.part] as Part).start
    const b = this.sentenceStart[s + 1] ?? this.low.length
    return oneCode(this.topics, a, b)
  }

  /** Aging phrases of arrears: "từ 1 tháng đến dưới 6 tháng", "từ 3 - 6 tháng", "trên 6 tháng" after an arrears word. */
  private findAgings(): void {
    const { low, ph } = this
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
        this.agings.push({ start, end: start + m[0].length, range: parseBucketRange(phrase) })
      } catch {
        // not a bucket after all
      }
    }
  }

  /** Regions: "cả nước", "tỉnh Kiên Giang", "Hà Nội", "TP.HCM", "huyện Cao Lãnh", "toàn tỉnh" (see `regions.ts`). */
  private findRegions(): void {
    const starts: number[] = []
    for (const part of this.parts) if (part.sentence >= starts.length) starts.push(part.start)
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
    const own = this.region === null ? null : regionName(this.region, this.date)
    this.regions = regionMentions(this.doc.s, this.low, sentenceOf, this.date, own)
  }

  /** The numbers, by part; those inside a period or an aging phrase are part of it, not figures. */
  private collectFigures(): void {
    const { doc, parts, periods, agings } = this
    let partAt = 0
    let periodAt = 0
    let agingAt = 0
    for (const p of findNumbers(blankComparisonHon(this.text))) {
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
      if (p.kind === 'fraction' && yearlessDate(this.low, b)) continue
      while (partAt < parts.length && (parts[partAt] as Part).end <= a) partAt++
      let list = this.byPart[partAt]
      if (!list) {
        list = []
        this.byPart[partAt] = list
      }
      const fig: Fig = {
        p,
        a,
        b,
        part: partAt,
        at: this.figs.length,
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
      this.figs.push(fig)
      list.push(fig)
    }
  }

  /** Clause bounds of the figures of part `i` (see {@link clausesOf}), and the stretches between figures. */
  private clauses(i: number, figs: Fig[]): void {
    const cs = clausesOf(this.low, this.parts[i] as Part, this.lists)
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

  // -------------------------------------------------------------------------------------------
  // Cue queries

  /**
   * The phrases that lie in `[a, b)` are those from `lowerBound(ph.start, a)` on while they end
   * by `b`; the queries below walk them in place (no range is built per query).
   */
  has(a: number, b: number, mask: number): boolean {
    const { start, end, mask: masks } = this.ph
    for (let k = lowerBound(start, a); k < start.length && (end[k] as number) <= b; k++)
      if (((masks[k] as number) & mask) !== 0) return true
    return false
  }

  /** Whether `at` is inside brackets opened after `from` and closed before `b`. */
  bracketedBefore(from: number, at: number, b: number): boolean {
    const open = lastIndexIn(this.low, '(', from, at)
    return open >= 0 && indexIn(this.low, ')', open, at) < 0 && indexIn(this.low, ')', at, b) >= 0
  }

  /** The last phrase in `[a, b)` with a category in `mask`, or -1. */
  last(a: number, b: number, mask: number): number {
    const { start, end, mask: masks } = this.ph
    let found = -1
    for (let k = lowerBound(start, a); k < start.length && (end[k] as number) <= b; k++)
      if (((masks[k] as number) & mask) !== 0) found = k
    return found
  }

  /** The first phrase in `[a, b)` with a category in `mask`, or -1. */
  first(a: number, b: number, mask: number): number {
    const { start, end, mask: masks } = this.ph
    for (let k = lowerBound(start, a); k < start.length && (end[k] as number) <= b; k++)
      if (((masks[k] as number) & mask) !== 0) return k
    return -1
  }

  /** The first phrase starting at or after `a` (before `b`), if only spaces come before it. */
  firstAt(a: number, b: number): number {
    const { ph, low } = this
    const k = lowerBound(ph.start, a)
    if (k >= ph.start.length || (ph.end[k] as number) > b) return -1
    return gapIsSpace(low, a, ph.start[k] as number) ? k : -1
  }

  mask(k: number): number {
    return k < 0 ? 0 : (this.ph.mask[k] as number)
  }

  // -------------------------------------------------------------------------------------------
  // Links

  /**
   * An attainment or growth belongs to the nearest quantity before it in its sentence; a growth
   * with none, to the level it reached right after it ("tăng thêm trên 5%, đạt 96,11%").
   */
  private link(f: Fig): void {
    if (f.role !== 'attainment' && f.role !== 'growth' && f.role !== 'growth-multiple') return
    const figs = this.byPart[f.part] as Fig[]
    // A clause with its own subject ("số người tham gia BHXH tự nguyện đạt 86% kế hoạch") is not
    // about a quantity of another clause.
    const ownSubject =
      mentionIn(this, f.clauseStart, f.a, false) !== null ||
      this.has(f.clauseStart, f.a, CUE.coverage | CUE.revenue | CUE.participate | CUE.newJoin)
    for (let i = f.pos - 1; i >= 0; i--) {
      const g = figs[i] as Fig
      if (g.role === 'attainment' || g.role === 'growth' || g.role === 'growth-multiple') continue
      if (g.p.kind === 'fraction' || g.p.kind === 'range') continue
      if (ownSubject && g.clauseStart !== f.clauseStart) break
      f.link = g
      return
    }
    // "năm học 2018-2019, tỷ lệ bao phủ tăng thêm trên 5%, đạt 96,11%": a change with no quantity of
    // its own before it is of the level it reached, right after it
    const next = figs[f.pos + 1]
    if (
      f.role === 'growth' &&
      next &&
      (next.role === 'coverage' ||
        next.role === 'participants' ||
        next.role === 'revenue' ||
        next.role === 'beneficiaries') &&
      (f.change !== 'absolute' || next.p.unit?.code === f.p.unit?.code) &&
      /^\s*,?\s*(?:đạt|lên)\s*$/u.test(this.low.slice(f.b, next.a))
    )
      f.link = next
  }

  // -------------------------------------------------------------------------------------------
  // Memo tables of the stages: period starts, units as written, figures with their interval

  readonly startCache = new Map<Period, string>()
  readonly unitCache = new Map<string, string>()

  /** The figure with its interval, memoised by its text (the same text gives the same frozen figure). */
  reported(p: ParsedNumber): ReportedFigure | null {
    const key = `${p.kind}\u0000${p.raw}`
    let r = this.reportedCache.get(key)
    if (r === undefined) {
      r = reported(p)
      this.reportedCache.set(key, r)
    }
    return r
  }
  readonly reportedCache = new Map<string, ReportedFigure | null>()
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
  for (let k = mentionAt(items, a); k < items.length && (items[k] as { start: number }).start < b; k++) {
    const c = (items[k] as { code: SchemeCode }).code
    if (c === 'ALL' || (code !== null && c !== code)) return null
    code = c
  }
  return code
}
