/**
 * `extractFigures`: the figures of a Vietnamese social-insurance report, each with what it is
 * about (role, metric, scheme, period, region, comparison, coverage base, aging bucket), the
 * quantity an attainment or growth belongs to, and repeated passages set apart.
 *
 * Everything is read in a few left-to-right passes (numbers, sentences, cue words, periods),
 * then each figure looks only at its own sentence: time is linear in the text.
 * @module
 */
import { type BucketRange, parseBucketRange } from '../arrears/buckets'
import { BhxhError, detail } from '../errors'
import type { ReportedFigure } from '../figure/figure'
import { optionsAt, textAt } from '../input'
import { findNumbers, type ParsedNumber } from '../number/parse'
import { periodRange } from '../period/ops'
import type { Period } from '../period/types'
import { region } from '../region/region'
import { UNITS_2025_FROM } from '../region/units'
import { SCHEMES, type SchemeCode } from '../scheme/schemes'
import type { Metric } from '../target/metrics'
import { againstOf, lead } from './against'
import { asFlow, bindPeriods } from './bind-periods'
import { blankComparisonHon, changeBefore, changeKindOf, inBracketsAfter } from './changes'
import { clausesOf, markSentences, type Part, type Span, splitParts } from './clauses'
import { interestSaid, listItem, tableCell } from './frames'
import { checkDate, type FoundPeriod, periodsIn, yearlessDate } from './periods'
import type { Aging, Fig, Mention, Reader } from './reader'
import {
  AGING,
  ANOTHER,
  DUE,
  GENERIC,
  gapIsSpace,
  insuredThrough,
  isFlow,
  mentionAt,
  metricOfRole,
  oneCode,
  PAIR,
  PERIOD_ITEM,
  QUANTITY_MASK,
  REQUIRED,
  reported,
  SAME_TIME_OPENING,
  STATIC_UNITS,
  SUPPORTED,
  sameIn,
  TOPIC,
  TOPIC_CODE,
  TOPICAL_UNITS,
} from './reader'
import { type RegionMention, regionAt, regionMentions, regionName } from './regions'
import {
  arrearsAfter,
  baseAfter,
  baseOf,
  changeFrame,
  classify,
  countOfParticipants,
  employerRole,
  headerRole,
  itemRole,
  levelReached,
  moneyRole,
  ofUnit,
  peopleRole,
  percentRole,
  quantityBefore,
  regionItem,
  sentenceFigsBefore,
  shareRole,
  tableRole,
} from './roles'
import { ASIDE, type Subjects, subjectAt, subjectsOf } from './subjects'
import { attainmentBefore, target } from './targets'
import {
  collapsedSpaces,
  findPhrases,
  indexIn,
  isWordChar,
  lastIndexIn,
  lowerBound,
  type Phrases,
  readDoc,
  toNfc,
  toOrig,
} from './text'
import type { ExtractedFigure, FigureRole } from './types'
import { CUE } from './vocabulary'

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
    for (const f of this.figs) this.finish(f)
    this.duplicates()
    return this.output()
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
  // Roles

  // -------------------------------------------------------------------------------------------
  // Links, schemes, periods, targets

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
      this.mentionIn(f.clauseStart, f.a, false) !== null ||
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

  /** The last scheme mention in `[a, b)` (only participatory ones when `participatory`). */
  private mentionIn(a: number, b: number, participatory: boolean, firstOne = false): SchemeCode | null {
    const ms = this.mentions
    let found: SchemeCode | null = null
    for (let k = mentionAt(ms, a); k < ms.length && (ms[k] as Mention).end <= b; k++) {
      const m = ms[k] as Mention
      if (participatory && !m.participatory) continue
      found = m.code
      if (firstOne) return found
    }
    return found
  }

  private schemeOf(f: Fig): SchemeCode | null {
    const other = f.role === 'other'
    // 1. "221.000 đối tượng tham gia BHXH bắt buộc": the scheme its people take part in.
    const ms = this.mentions
    const near = Math.min(f.postEnd, f.b + 40)
    const m = ms[mentionAt(ms, f.b)]
    if (m && m.start < near && m.end <= f.postEnd) {
      // The verb must be the figure's own: "25% và người dân tham gia BHYT" is another subject's.
      const k = this.first(f.b, m.start, QUANTITY_MASK)
      if (k >= 0 && !ANOTHER.test(this.low.slice(f.b, this.ph.end[k] as number)))
        return f.role === 'participants' ? insuredThrough(m) : m.code
    }
    // 2. named before it in its clause
    const pre = this.mentionIn(f.preStart, f.a, other)
    if (pre) return pre
    // 3. an attainment or growth: its quantity's
    if (f.link && (f.role === 'attainment' || f.role === 'growth' || f.role === 'growth-multiple')) {
      if (f.link.scheme) return f.link.scheme
    }
    const clause = this.mentionIn(f.clauseStart, f.a, other)
    if (clause) return clause
    // named after it, in its own words (not after "và": "8.277 tỷ đồng và … BHYT 88.781" is another's)
    const andAt = ANOTHER.exec(this.low.slice(f.b, f.postEnd))
    const post = this.mentionIn(f.b, andAt ? f.b + andAt.index : f.postEnd, other, true)
    if (post) return post
    if (other) {
      // A figure of no role takes its subject only when one was firmly named ("Về BHYT,", or in a
      // clause with numbers): "10-15 phút" of a programme, counts and fractions take none.
      const unit = f.p.unit?.code
      if (unit === undefined) return null
      if (f.p.kind === 'number' && !STATIC_UNITS.has(unit)) {
        const firm = subjectAt(this.subjects, f.a, true)
        if (firm !== null) return firm
      }
      if ((f.p.kind !== 'number' && f.p.kind !== 'percent') || !TOPICAL_UNITS.has(unit)) return null
      // "số người được giới thiệu việc làm là 19.980 người": the scheme of its sentence's topic,
      // else (not for a rate: "36.398 hộ nghèo, chiếm tỷ lệ 10,9%") of the passage's, when the
      // whole text is about one scheme
      return this.sentenceTopic(f) ?? (unit === 'ratio' ? null : this.passageTopic)
    }
    if (f.role === 'revenue' && this.has(f.clauseStart, f.a, CUE.total)) return 'ALL'
    if (f.role === 'revenue' && this.officeCollects(f)) return 'ALL'
    // 4. the subject that governs it: its sentence's topic when the sentence names no scheme
    // ("giá thuốc trúng thầu giảm 21,12%": BHYT), else the subject carried over from the
    // clauses and headers before, else the passage's one scheme
    return this.sentenceTopic(f) ?? subjectAt(this.subjects, f.a) ?? this.passageTopic
  }

  /**
   * "BHXH tỉnh A thu được 268 tỷ đồng": what an office collects, its sentence naming no scheme
   * before the figure and no header ("Về BHYT,") naming one, is the money of all its schemes.
   */
  private officeCollects(f: Fig): boolean {
    const part = this.parts[f.part] as Part
    const start = this.sentenceStart[part.sentence] ?? part.start
    const o = lowerBound(this.offices, start)
    if (o >= this.offices.length || (this.offices[o] as number) >= f.a) return false
    if (this.mentionIn(start, f.a, false) !== null) return false
    return subjectAt(this.subjects, f.a, true) === null
  }

  // -------------------------------------------------------------------------------------------
  // Finishing: metric, scheme, base, against, aging, region

  private finish(f: Fig): void {
    if (f.role === 'target' && f.targetOf === 'growth') {
      f.metric = f.link?.metric ?? this.inferMetric(f)
    } else if (f.role === 'attainment' || f.role === 'growth' || f.role === 'growth-multiple') {
      f.metric = f.link ? (f.link.metric ?? metricOfRole(f.link.role)) : this.inferMetric(f)
      // "… người tham gia BHYT, tăng hơn 26.340 người …": an absolute change is of what its
      // sentence counts, when its quantity says nothing.
      if (f.metric === null && ((f.change !== null && f.change !== 'multiple') || f.role === 'attainment')) {
        const part = this.parts[f.part] as Part
        f.metric = this.inferMetric(f, this.sentenceStart[part.sentence] ?? part.start)
      }
      // "đã có thêm gần 30 ngàn người tham gia BHYT": the verb right after an absolute change of people
      if (f.metric === null && f.change === 'absolute' && f.p.unit?.code === 'person') {
        const k = this.first(f.b, Math.min(f.postEnd, f.b + 30), CUE.participate | CUE.newJoin | CUE.benefit)
        const m = this.mask(k)
        if (m !== 0)
          f.metric = m & CUE.newJoin ? 'new-participants' : m & CUE.benefit ? 'beneficiaries' : 'participants'
      }
      // "… có 86,35 triệu người tham gia BHYT. Mặc dù đã tăng 418,6 nghìn người so với cuối năm
      // 2019, …": a change of people that says nothing is a change of the count just reported
      if (f.metric === null && f.change === 'absolute') f.metric = this.metricBefore(f)
      // "tỷ lệ bao phủ đạt 93,35% (vượt 0,15% so với …)": a change of a rate written in % is
      // read in points, as the reports mean it (the checks still weigh both readings).
      if (f.change === 'relative' && this.ofRate(f)) f.change = 'points'
      // "Tỷ lệ học sinh tham gia BHYT tăng trên 5%": a change in points of an unlinked rate whose
      // sentence names a rate is a change of that rate (coverage), not of the participants
      if (f.change === 'points' && !f.link && f.metric === 'participants' && this.ofRate(f))
        f.metric = 'coverage'
      // "… tỷ lệ bao phủ tăng thêm trên 5%. Trong đó, … huyện A tăng thêm 11,13%": a change of a
      // breakdown that says nothing is of what the change it breaks down is of, in its kind
      if (f.metric === null && !f.link) {
        const g = this.brokenDown(f)
        if (g) {
          f.metric = g.metric
          if (f.change === 'relative' && g.change === 'points') f.change = 'points'
        }
      }
    } else if (f.role !== 'target') {
      f.metric = metricOfRole(f.role)
      if (f.role === 'other' && f.p.unit?.code === 'vnd' && this.spent(f)) f.metric = 'expenditure'
    }
    if (f.role !== 'target' && isFlow(f, this.unitText(f.p))) f.period = asFlow(f.period, this.date)
    f.scheme = this.schemeOf(f)
    if (f.role === 'coverage' || f.metric === 'coverage') f.base = baseOf(this, f)
    if (f.role === 'attainment' || f.role === 'growth' || f.role === 'growth-multiple')
      f.against = againstOf(this, f)
    if (f.role === 'arrears-amount' || f.role === 'arrears-employers') f.aging = this.agingOf(f)
    if (f.role === 'arrears-amount') f.interest = this.interestOf(f)
    f.region = this.regionOf(f)
  }

  /**
   * Whether money of no role was paid out: a word of paying in its clause, or as the last money
   * word of its sentence ("chi trả lương hưu, trợ cấp BHXH kịp thời với tổng số tiền …"; "… lượt
   * người khám chữa bệnh BHYT với số tiền …": care paid by BHYT).
   */
  private spent(f: Fig): boolean {
    if (this.has(f.clauseStart, f.a, CUE.expenditure)) return true
    const part = this.parts[f.part] as Part
    const prev = (this.byPart[f.part] as Fig[])[f.pos - 1]
    const from = Math.max(this.sentenceStart[part.sentence] ?? part.start, prev ? prev.b : 0)
    const k = this.last(
      from,
      f.a,
      CUE.expenditure | CUE.care | CUE.revenue | CUE.arrears | CUE.repay | CUE.penalty,
    )
    return (this.mask(k) & (CUE.expenditure | CUE.care)) !== 0
  }

  /**
   * The metric of the last count of the same unit in the sentence before `f` or its own (a
   * participants, new participants or beneficiaries count), else `null`.
   */
  private metricBefore(f: Fig): Metric | null {
    const part = this.parts[f.part] as Part
    const from = this.sentenceStart[part.sentence - 1] ?? this.sentenceStart[part.sentence] ?? part.start
    for (let i = f.at - 1; i >= 0; i--) {
      const g = this.figs[i] as Fig
      if (g.a < from) break
      if (g.p.unit?.code !== f.p.unit?.code) continue
      if (g.role === 'participants' || g.role === 'new-participants' || g.role === 'beneficiaries')
        return g.role
    }
    return null
  }

  /** The first day of a period, memoised by the period (the figures of a passage share theirs). */
  periodStart(p: Period): string {
    let start = this.startCache.get(p)
    if (start === undefined) {
      start = periodRange(p).start
      this.startCache.set(p, start)
    }
    return start
  }
  readonly startCache = new Map<Period, string>()

  /** A figure's unit as written, NFC and lower case, or `null` (memoised: a report repeats a few units). */
  unitText(p: ParsedNumber): string | null {
    if (p.unit === null) return null
    let t = this.unitCache.get(p.unit.text)
    if (t === undefined) {
      t = p.unit.text.normalize('NFC').toLowerCase()
      this.unitCache.set(p.unit.text, t)
    }
    return t
  }
  readonly unitCache = new Map<string, string>()

  /**
   * For a change in a sentence that opens with "Trong đó": the last change of the same unit, with
   * a metric, in the sentence before (the change it breaks down), else `null`.
   */
  private brokenDown(f: Fig): Fig | null {
    const part = this.parts[f.part] as Part
    const start = this.sentenceStart[part.sentence] ?? part.start
    const previous = this.sentenceStart[part.sentence - 1]
    if (previous === undefined || !/^\W*trong đó(?![\p{L}\p{M}])/u.test(this.low.slice(start, start + 16)))
      return null
    for (let i = f.at - 1; i >= 0; i--) {
      const g = this.figs[i] as Fig
      if (g.a < previous) break
      if (g.a >= start) continue
      if (g.role === 'growth' && g.metric !== null && g.p.unit?.code === f.p.unit?.code) return g
    }
    return null
  }

  /** Whether a growth is of a rate: linked to one, about coverage, or in a sentence about a rate ("tỷ lệ"). */
  private ofRate(f: Fig): boolean {
    if (f.link) return f.link.p.unit?.code === 'ratio'
    if (f.metric === 'coverage') return true
    const part = this.parts[f.part] as Part
    return this.has(this.sentenceStart[part.sentence] ?? part.start, f.a, CUE.coverage)
  }

  private inferMetric(f: Fig, from = f.clauseStart): Metric | null {
    const m = this.last(
      from,
      f.a,
      CUE.coverage | CUE.revenue | CUE.newJoin | CUE.benefit | CUE.participate | CUE.arrears,
    )
    const c = this.mask(m)
    if (c === 0) return null
    if (c & CUE.coverage) return 'coverage'
    if (c & CUE.revenue) return 'revenue'
    if (c & CUE.newJoin) return 'new-participants'
    if (c & CUE.benefit) return 'beneficiaries'
    if (c & CUE.arrears) return 'arrears'
    return 'participants'
  }

  private agingOf(f: Fig): BucketRange | null {
    const ag = this.agings
    const part = this.parts[f.part] as Part
    let best: Aging | null = null
    for (let i = mentionAt(ag, part.start); i < ag.length; i++) {
      const g = ag[i] as Aging
      if (g.start >= part.end) break
      if (g.start >= f.b && g.start < f.postEnd && g.start - f.b <= 30) return g.range
      if (g.end <= f.a) best = g
    }
    if (best) return best.range
    // "danh sách các đơn vị chậm đóng từ 3 tháng trở lên. Có hơn 17.700 doanh nghiệp đang nợ":
    // the bucket of the list named in the sentence before
    const before = ag[mentionAt(ag, f.a) - 1]
    const previous = this.sentenceStart[part.sentence - 1]
    return before && previous !== undefined && before.start >= previous ? before.range : null
  }

  /** "18,6 tỷ đồng (chưa bao gồm tiền lãi)": whether an arrears amount counts the interest (see {@link interestSaid}). */
  private interestOf(f: Fig): 'included' | 'excluded' | null {
    const part = this.parts[f.part] as Part
    const next = (this.byPart[f.part] as Fig[])[f.pos + 1]
    const end = Math.min(next ? next.a : part.end, f.b + 60)
    return interestSaid(this.low.slice(f.preStart, f.a), this.low.slice(f.b, end))
  }

  private regionOf(f: Fig): string | null {
    const part = this.parts[f.part] as Part
    return regionAt(this.regions, this.doc.s, f.a, this.sentenceStart[part.sentence] ?? part.start)
  }

  // -------------------------------------------------------------------------------------------
  // Duplicates and output

  private duplicates(): void {
    const seen = new Map<string, Fig[]>()
    for (let i = 0; i < this.parts.length; i++) {
      const figs = this.byPart[i]
      if (!figs || figs.length === 0) continue
      const part = this.parts[i] as Part
      const key = collapsedSpaces(this.low, part.start, part.end)
      if (key.length < 16) continue
      const first = seen.get(key)
      if (!first) {
        seen.set(key, figs)
        continue
      }
      if (first.length !== figs.length) continue
      for (let n = 0; n < figs.length; n++) (figs[n] as Fig).dupOf = first[n] as Fig
    }
  }

  /** The figure with its interval, memoised by its text (the same text gives the same frozen figure). */
  private reported(p: ParsedNumber): ReportedFigure | null {
    const key = `${p.kind}\u0000${p.raw}`
    let r = this.reportedCache.get(key)
    if (r === undefined) {
      r = reported(p)
      this.reportedCache.set(key, r)
    }
    return r
  }
  readonly reportedCache = new Map<string, ReportedFigure | null>()

  private output(): Extraction {
    const figures: ExtractedFigure[] = []
    const duplicates: ExtractedFigure[] = []
    let nf = 0
    let nd = 0
    for (const f of this.figs) f.listIndex = f.dupOf ? nd++ : nf++
    // The figures of one sentence share its span (frozen, so sharing it is safe).
    let sentence: readonly [number, number] = [0, 0]
    let sentenceOf = -1
    for (const f of this.figs) {
      const list = f.dupOf ? duplicates : figures
      if (f.part !== sentenceOf) {
        const part = this.parts[f.part] as Part
        sentence = Object.freeze([toOrig(this.doc, part.start), toOrig(this.doc, part.end)] as const)
        sentenceOf = f.part
      }
      list.push(
        Object.freeze({
          index: f.listIndex,
          raw: f.p.raw,
          span: f.p.span,
          parsed: f.p,
          figure: this.reported(f.p),
          role: f.role,
          metric: f.metric,
          targetOf: f.targetOf,
          change: f.role === 'growth' || f.role === 'growth-multiple' ? f.change : null,
          direction: f.role === 'growth' || f.role === 'growth-multiple' ? f.direction : null,
          scheme: f.scheme,
          period: f.period,
          region: f.region,
          against: f.against,
          base: f.base,
          aging: f.aging,
          interest: f.interest,
          linkedTo: f.link && (f.link.dupOf !== null) === (f.dupOf !== null) ? f.link.listIndex : null,
          duplicateOf: f.dupOf ? f.dupOf.listIndex : null,
          sentence,
        }),
      )
    }
    return Object.freeze({ figures: Object.freeze(figures), duplicates: Object.freeze(duplicates) })
  }
}
