/**
 * Role reading: what each figure is (participants, revenue, an attainment, a growth, coverage,
 * arrears, …) from the cue words of its clause, a table's columns, a list's items and the change
 * words before it; and the base of a coverage rate.
 * @internal
 * @module
 */
import { SCHEMES } from '../scheme/schemes'
import { lead } from './against'
import { changeBefore, changeKindOf, inBracketsAfter } from './changes'
import { firstFrom, type Part } from './clauses'
import { unitText } from './finish'
import { listItem, tableCell } from './frames'
import type { Fig, Reader } from './reader'
import { GENERIC, gapIsSpace, QUANTITY_MASK } from './reader'
import type { RegionMention } from './regions'
import { attainmentBefore } from './targets'
import { collapsedSpaces, lastIndexIn, lowerBound } from './text'
import type { FigureRole } from './types'
import { CUE } from './vocabulary'

/** An item of a list that names only its period: "; năm 2024 là ", ", quý II/2025: ". */
const PERIOD_ITEM = /^[\s,;:]*(?:và\s+)?(?:năm|quý|tháng)\s+[\divx/.-]+\s*(?:là|đạt|có|:)\s*$/u
/** "(so với) số người thuộc diện (phải) tham gia": the people required to take part, a coverage base. */
const REQUIRED =
  /^\s*(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:người|lao động|đối tượng)?\s*thuộc diện(?![\p{L}\p{M}])/u
/** "(so với) (tổng) số (tiền) phải thu / phải đóng": what was due, the base of an arrears share. */
const DUE = /^\s*(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:tiền\s+)?phải\s+(?:thu|đóng|nộp)(?![\p{L}\p{M}])/u
/** "được hỗ trợ (mua, đóng) (thẻ) BHYT": insurance paid for the people before it. */
const SUPPORTED =
  /được hỗ trợ\s+(?:(?:mua|đóng)\s+)?(?:thẻ\s+)?(?:bhyt|bhxh|bảo hiểm y tế|bảo hiểm xã hội)(?![\p{L}\p{M}])/u

export function classify(r: Reader, f: Fig): void {
  const { p } = f
  if (p.kind === 'fraction' || p.kind === 'range') {
    f.role = 'other'
    return
  }
  if (p.kind === 'multiple') {
    f.role = 'growth-multiple'
    f.change = 'multiple'
    // "gấp 3 lần", "gần gấp đôi": more than before
    if (/gấp/u.test(f.p.raw.normalize('NFC').toLowerCase())) f.direction = 'up'
    return
  }
  const unit = p.unit?.code ?? null
  if (changeFrame(r, f, unit)) return
  if (unit === 'ratio' || unit === 'points') f.role = percentRole(r, f, unit === 'points')
  else if (unit === 'vnd') f.role = moneyRole(r, f)
  else if (unit === 'employer') f.role = employerRole(r, f)
  else if (unit === 'person') f.role = peopleRole(r, f)
  else if (unit === null && p.kind === 'number' && countOfParticipants(r, f)) f.role = 'participants'
  else f.role = 'other'
  if (f.role === 'other' && (unit === 'person' || unit === 'vnd')) f.role = itemRole(r, f, unit)
  if (f.role === 'other' && unit === 'ratio') f.role = regionRate(r, f)
  if (f.role === 'other' && unit === 'person') f.role = levelReached(r, f)
  if (f.role === 'other' && (unit === null || unit === 'person' || unit === 'vnd' || unit === 'ratio'))
    tableRole(r, f, unit)
}

/**
 * "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ" over "Số người tham gia BHXH bắt buộc | 265.000 |
 * 268.412 | 101,3%": in a table of lines, a figure of a plan column is the plan of its row's
 * quantity, one of a column of what was done is that quantity, and a rate in a table with a
 * plan column is the row's attainment of the plan.
 */
export function tableRole(r: Reader, f: Fig, unit: string | null): void {
  const cell = tableCell(r.low, f.a)
  if (cell === null) return
  const cues = ([a, b]: readonly [number, number]): number => {
    let m = 0
    for (let k = lowerBound(r.ph.start, a); k < r.ph.start.length && (r.ph.end[k] as number) <= b; k++)
      m |= r.ph.mask[k] as number
    return m
  }
  const plan = cell.columns.findIndex(
    (c, i) => i > 0 && (cues(c) & (CUE.plan | CUE.targetLocal)) !== 0 && (cues(c) & CUE.done) === 0,
  )
  const [ca, cb] = cell.columns[cell.column] as readonly [number, number]
  const column = cues([ca, cb])
  if (unit === 'ratio') {
    // "Tỷ lệ", "% so với kế hoạch": the row's attainment, in a table with a plan column
    const rate = (column & (CUE.coverage | CUE.compare | CUE.attain)) !== 0 || r.low.slice(ca, cb) === '%'
    if (rate && plan > 0 && (column & CUE.samePeriod) === 0) {
      f.role = 'attainment'
      r.tablePlans.set(f, cell.columns[plan] as readonly [number, number])
    }
    return
  }
  const m = r.mask(r.last(cell.label[0], cell.label[1], QUANTITY_MASK))
  const people = unit !== 'vnd'
  const role: FigureRole =
    people && (m & CUE.newJoin) !== 0
      ? 'new-participants'
      : people && (m & CUE.benefit) !== 0
        ? 'beneficiaries'
        : people && (m & CUE.participate) !== 0
          ? 'participants'
          : unit !== 'person' && (m & ~CUE.total) === CUE.revenue
            ? 'revenue'
            : 'other'
  if (role === 'other') return
  if (cell.column === plan) {
    f.role = role
    r.tablePlans.set(f, cell.columns[plan] as readonly [number, number])
  } else if ((column & CUE.done) !== 0) f.role = role
}

/**
 * "… bắt buộc là 13 triệu người, BHTN là 11 triệu người", "… là 231.450 người; BHXH tự nguyện
 * 98.760 người", "…; huyện B có 1.910 người": an item naming only its scheme or its unit takes
 * the role of the list's item before it, over the `;` of one sentence.
 */
export function itemRole(r: Reader, f: Fig, unit: string): FigureRole {
  // "…; năm 2024 là 112.900 người": an item naming only its period
  const periodItem = PERIOD_ITEM.test(r.low.slice(f.preStart, f.a))
  if (!periodItem && !listItem(r.low, r.mentions, f.preStart, f.a) && !regionItem(r, f)) return 'other'
  if (r.has(f.preStart, f.a, CUE.growth | CUE.growthTo | CUE.compare | CUE.notReal)) return 'other'
  for (const g of sentenceFigsBefore(r, f)) {
    if (g.p.unit?.code !== unit) continue
    if (g.role === 'participants' || g.role === 'revenue' || g.role === 'beneficiaries') return g.role
    return 'other'
  }
  return headerRole(r, f, unit)
}

/** "(năm 2022 là 120.000 người)", "(cùng kỳ năm 2022 thu 1.389 tỷ đồng)": a bracket that opens with a period. */
const EARLIER_BRACKET = /^\(\s*(?:cùng kỳ\s+)?(?:năm|quý|tháng|\d{1,2}\s+tháng)\s[^()]{0,50}$/u

/**
 * "150.000 người, tăng 10% (năm 2022 là 120.000 người)", "thu 1.500 tỷ đồng (năm 2022 thu 1.389
 * tỷ đồng)": the figure right after a bracket that opens with a period, in the unit of the
 * quantity before the bracket (or of the quantity a change before it is of), is that quantity at
 * the other time: that quantity, else `null`.
 */
export function earlierValueOf(r: Reader, f: Fig): Fig | null {
  const g = (r.byPart[f.part] as Fig[])[f.pos - 1]
  if (!g || f.a - g.b > 80) return null
  // looked for only back to the figure before (a search to the start of the text for each
  // figure would make a long report's reading quadratic)
  const open = lastIndexIn(r.low, '(', g.b, f.a)
  if (open < 0 || !EARLIER_BRACKET.test(r.low.slice(open, f.a))) return null
  if (r.has(open, f.a, CUE.growth | CUE.growthTo | CUE.compare | CUE.plan | CUE.notReal)) return null
  const level = g.change !== null ? g.link : g
  return level && level.change === null && level.p.unit?.code === f.p.unit?.code ? level : null
}

/**
 * "Tỷ lệ bao phủ BHYT của cả nước đạt 93,35% dân số, trong đó Hà Nội đạt 92,1%, Thanh Hóa đạt
 * 91,5%": a rate whose item names only a province or a district is a coverage rate when the
 * rate before it in the sentence is one (nothing else: an item's "đạt 61%" of a plan is read
 * with the plan's words).
 */
export function regionRate(r: Reader, f: Fig): FigureRole {
  if (!regionItem(r, f)) return 'other'
  if (r.has(f.preStart, f.a, CUE.growth | CUE.growthTo | CUE.compare | CUE.notReal)) return 'other'
  for (const g of sentenceFigsBefore(r, f)) {
    if (g.p.unit?.code !== 'ratio') continue
    return g.role === 'coverage' ? 'coverage' : 'other'
  }
  return 'other'
}

/** The characters that open a bullet line: "-", "+", "•", "*". */
const BULLET: ReadonlySet<number> = new Set([45, 43, 0x2022, 42])

/**
 * "Kết quả thu 9 tháng năm 2024:\n- BHXH bắt buộc: 2.105 tỷ đồng": the first item of a list
 * under a line that ends with a colon takes the role that line's words give (money collected,
 * people taking part, people receiving benefits).
 */
export function headerRole(r: Reader, f: Fig, unit: string): FigureRole {
  let j = f.part - 1
  // the items before it: lines opening with a bullet
  while (j >= 0 && BULLET.has(r.low.charCodeAt((r.parts[j] as Part).start))) j--
  const head = r.parts[j]
  if (!head || (r.byPart[j]?.length ?? 0) > 0 || r.low.charCodeAt(head.end - 1) !== 58) return 'other'
  const k = r.last(head.start, head.end, QUANTITY_MASK)
  const m = r.mask(k)
  if (unit === 'vnd') return m === CUE.revenue || m === (CUE.revenue | CUE.total) ? 'revenue' : 'other'
  if ((m & CUE.benefit) !== 0) return 'beneficiaries'
  if ((m & CUE.newJoin) !== 0) return 'new-participants'
  return (m & CUE.participate) !== 0 ? 'participants' : 'other'
}

/**
 * "… tăng 5,1 triệu người, lên 75,9 triệu người", "…, nâng tổng số lên 18.200 người", "giảm
 * 8,3% …, còn 41.200 người": the level
 * a change of people reached is a count of what its sentence counts (the insured, or those
 * receiving benefits).
 */
export function levelReached(r: Reader, f: Fig): FigureRole {
  if (!/(?:^|[\s,])(?:lên|lên (?:mức|tới|đến)|còn|xuống|xuống còn)\s+$/u.test(r.low.slice(f.preStart, f.a)))
    return 'other'
  // the change right before it: of people, or a rate ("giảm 8,3% …, còn 41.200 người"); past
  // the rate that restates a change of people ("tương ứng tăng 42,2%")
  const figs = r.byPart[f.part] as Fig[]
  let prev = figs[f.pos - 1]
  const before = figs[f.pos - 2]
  if (prev?.p.unit?.code === 'ratio' && before?.role === 'growth' && before.p.unit?.code === 'person')
    prev = before
  if (prev?.role !== 'growth' || (prev.p.unit?.code !== 'person' && prev.p.unit?.code !== 'ratio'))
    return 'other'
  const part = r.parts[f.part] as Part
  const m = r.mask(
    r.last(r.sentenceStart[part.sentence] ?? part.start, prev.a, CUE.participate | CUE.benefit | CUE.newJoin),
  )
  if ((m & CUE.benefit) !== 0) return 'beneficiaries'
  return (m & (CUE.participate | CUE.newJoin)) !== 0 ? 'participants' : 'other'
}

/**
 * "huyện Tháp Mười có 1.910 người", "trong đó khu vực tỉnh Nam Định (cũ) có 1.640.000 người": an
 * item that opens with a unit's name and a verb.
 */
export function regionItem(r: Reader, f: Fig): boolean {
  const lead = /^[\s,;:]*(?:và\s+|trong\s+đó\s+|riêng\s+)?(?:(?:khu\s+vực|địa\s+bàn)\s+)?/u.exec(
    r.low.slice(f.preStart, f.a),
  ) as RegExpExecArray
  const at = f.preStart + lead[0].length
  // the mentions are in text order: the first at or after `at`, by halving (a scan per figure
  // would make a long report's reading quadratic)
  let named: RegionMention | undefined
  for (
    let i = firstFrom(r.regions, at);
    i < r.regions.length && (r.regions[i] as RegionMention).start === at;
    i++
  ) {
    const m = r.regions[i] as RegionMention
    if (m.value !== null && m.end <= f.a) {
      named = m
      break
    }
  }
  // "khu vực tỉnh Nam Định (cũ) có …": a province before the July 2025 merger
  return (
    named !== undefined && /^\s*(?:\((?:cũ|mới)\)\s*)?(?:là|đạt|có|:)?\s*$/u.test(r.low.slice(named.end, f.a))
  )
}

/** The figures before `f` in its full sentence, nearest first (over the `;` that end parts). */
export function* sentenceFigsBefore(r: Reader, f: Fig): Generator<Fig> {
  const figs = r.byPart[f.part] as Fig[]
  for (let i = f.pos - 1; i >= 0; i--) yield figs[i] as Fig
  for (let j = f.part - 1; j >= 0 && (r.parts[j] as Part).semicolon; j--) {
    const before = r.byPart[j] ?? []
    for (let i = before.length - 1; i >= 0; i--) yield before[i] as Fig
  }
}

/**
 * "số người tham gia BHXH tự nguyện trên địa bàn tỉnh là hơn 32.200": a bare number that its
 * clause says is the number of people taking part.
 */
export function countOfParticipants(r: Reader, f: Fig): boolean {
  const k = r.last(f.clauseStart, f.a, CUE.participate)
  if (k < 0) return false
  const head = r.low.slice(f.clauseStart, r.ph.start[k] as number)
  return /(?:^|\s)số người\s*$/u.test(head) && /\s(?:là|đạt|có)\s+$/u.test(r.low.slice(f.clauseStart, f.a))
}

/** Employers owing ("65 đơn vị chậm đóng"); employers fined ("xử phạt … 65 đơn vị") are no arrears figure. */
export function employerRole(r: Reader, f: Fig): FigureRole {
  if (r.has(f.preStart, f.a, CUE.penalty)) return 'other'
  return r.has(f.preStart, f.a, CUE.arrears) || arrearsAfter(r, f) ? 'arrears-employers' : 'other'
}

/**
 * The change frame (see {@link changeBefore}): a figure right after a word of change is a
 * growth of its kind; a rate in brackets after an absolute change restates it.
 */
export function changeFrame(r: Reader, f: Fig, unit: string | null): boolean {
  const dir = changeBefore(r.low, f.preStart, f.a, f.p.raw)
  // "có thêm 1.594 đơn vị tham gia BHXH, tăng 503 đơn vị so với năm trước": what was added, of
  // which a change follows, is a count of new ones, not the change
  if (dir !== null && /có thêm\s+$/u.test(r.low.slice(Math.max(f.preStart, f.a - 12), f.a))) {
    const next = (r.byPart[f.part] as Fig[])[f.pos + 1]
    if (next && changeBefore(r.low, f.b, next.a, next.p.raw) !== null) return false
  }
  if (dir !== null) {
    f.change = unit === 'times' ? 'multiple' : changeKindOf(f.p.kind, unit)
    f.role = f.change === 'multiple' ? 'growth-multiple' : 'growth'
    f.direction = dir
    return true
  }
  const prev = (r.byPart[f.part] as Fig[])[f.pos - 1]
  // "giá thuốc … giảm 21,12%, tương ứng số tiền là 251,13 tỷ đồng": the same change, absolute
  if (
    unit !== 'ratio' &&
    unit !== null &&
    prev?.change === 'relative' &&
    prev.role === 'growth' &&
    /^\s*,?\s*tương ứng(?:\s+(?:với|là|số tiền|số tiền là|khoảng))*\s*$/u.test(r.low.slice(prev.b, f.a))
  ) {
    f.role = 'growth'
    f.change = 'absolute'
    f.direction = prev.direction
    return true
  }
  if (
    unit === 'ratio' &&
    prev?.change === 'absolute' &&
    prev.role === 'growth' &&
    inBracketsAfter(r.low, prev.b, f.a, f.b)
  ) {
    f.role = 'growth'
    f.change = 'relative'
    f.direction = prev.direction
    return true
  }
  return false
}

export function arrearsAfter(r: Reader, f: Fig): boolean {
  return r.first(f.b, Math.min(f.postEnd, f.b + 30), CUE.arrears) >= 0
}

export function percentRole(r: Reader, f: Fig, points: boolean): FigureRole {
  const g = r.last(f.preStart, f.a, CUE.growth | CUE.growthTo)
  if (g >= 0 && (r.mask(g) & CUE.growth) !== 0 && (r.mask(g) & CUE.growthTo) === 0) {
    f.change = points ? 'points' : 'relative'
    const word = r.low.slice(r.ph.start[g] as number, r.ph.end[g] as number)
    f.direction = /^(?:giảm|thấp hơn)/u.test(word) ? 'down' : 'up'
    return 'growth'
  }
  if (points) return 'other'
  const share = shareRole(r, f)
  if (share) return share
  // "đạt 71,5% (so với) kế hoạch"
  let k = r.firstAt(f.b, f.postEnd)
  if ((r.mask(k) & CUE.compare) !== 0) k = r.firstAt(r.ph.end[k] as number, f.postEnd)
  // "… kế hoạch", "… chỉ tiêu được giao", "… kế hoạch giao": the plan attained
  if ((r.mask(k) & (CUE.plan | CUE.targetLocal)) !== 0) return 'attainment'
  // "có 36.398 hộ nghèo, chiếm tỷ lệ 10,9%": a share of households (the poverty rate), no coverage
  const before = (r.byPart[f.part] as Fig[])[f.pos - 1]
  if (before?.p.unit?.code === 'household' && !r.has(before.b, f.a, CUE.participate | CUE.card))
    return 'other'
  if (r.has(f.preStart, f.a, CUE.coverage | CUE.population | CUE.labour) || baseAfter(r, f) !== null)
    return 'coverage'
  // "đạt 90% số người thuộc diện tham gia": a share of those required to take part, a coverage
  // rate (no plan is named)
  if (REQUIRED.test(r.low.slice(f.b, Math.min(f.postEnd, f.b + 40)))) return 'coverage'
  // "1.165.787 người tham gia BHYT đạt 100,15%": an attainment of the quantity before it.
  const at = r.last(f.preStart, f.a, CUE.attain)
  if (at >= 0 && gapIsSpace(r.low, r.ph.end[at] as number, f.a) && quantityBefore(r, f, true))
    return 'attainment'
  // "So với kế hoạch, số thu đạt 101,4%": a share of the plan its part leads with
  if (at >= 0 && gapIsSpace(r.low, r.ph.end[at] as number, f.a)) {
    const leading = lead(r, f)
    if (leading && r.has(leading[0], leading[1], CUE.plan)) return 'attainment'
  }
  // "A có 2.430 người, đạt 58% chỉ tiêu; B có 1.910 người, đạt 61%": the next item of a list
  // of attainments, each after its own quantity
  if (at >= 0 && gapIsSpace(r.low, r.ph.end[at] as number, f.a) && quantityBefore(r, f, false)) {
    for (const g of sentenceFigsBefore(r, f)) {
      if (g.p.unit?.code !== 'ratio') continue
      if (g.role === 'attainment') return 'attainment'
      break
    }
  }
  // "… cao là huyện A (96,2%) và huyện B (95,8%)": rates in brackets after the units they are of
  const units = before?.p.unit?.code === 'ratio' && before.role === 'coverage' && ofUnit(r, before)
  if (units && ofUnit(r, f)) return 'coverage'
  // "… là 198.350 người, đạt 92,3% kế hoạch năm; BHTN 171.200 người, đạt 95,1%": the next item
  // of a list of attainments, after its quantity
  if (
    at >= 0 &&
    gapIsSpace(r.low, r.ph.end[at] as number, f.a) &&
    quantityBefore(r, f, false) &&
    attainmentBefore(r, f)
  )
    return 'attainment'
  // "… đạt cao nhất 85,53%, thấp nhất là huyện A chỉ đạt 65,42%": the next item of a list of
  // rates; "tỷ lệ bao phủ tăng thêm 5%, đạt 96,11%": the rate its change reached
  if (at >= 0 && before?.p.unit?.code === 'ratio') {
    if (before.role === 'coverage') return 'coverage'
    const part = r.parts[f.part] as Part
    const start = r.sentenceStart[part.sentence] ?? part.start
    if (before.role === 'growth' && r.has(start, before.a, CUE.coverage)) return 'coverage'
  }
  return 'other'
}

/** Whether `f` is in brackets right after a unit's name: "huyện Nghi Lộc (96,2%)". */
export function ofUnit(r: Reader, f: Fig): boolean {
  const open = /\(\s*$/u.exec(r.low.slice(Math.max(0, f.a - 4), f.a))
  if (!open) return false
  let at = f.a - open[0].length
  while (at > 0 && r.low.charCodeAt(at - 1) === 32) at--
  return r.regions.some((r) => r.end === at && r.value !== null)
}

/**
 * A share that is no growth: arrears as a share of what was due ("tỷ lệ nợ … còn 3,66% số
 * phải thu"), a rate named after it ("đạt 90% tỷ lệ bao phủ"), a part of a rate ("… 33% lực
 * lượng lao động, trong đó 2,2% tham gia BHXH tự nguyện").
 */
export function shareRole(r: Reader, f: Fig): FigureRole | null {
  if (r.has(f.preStart, f.a, CUE.arrears)) return 'arrears-amount'
  // "Số tiền chậm đóng … là 96,2 tỷ đồng, chiếm 2,1% số phải thu": the amount owed as a share of
  // what was due, right after it
  if (DUE.test(r.low.slice(f.b, Math.min(f.postEnd, f.b + 40)))) {
    const prev = (r.byPart[f.part] as Fig[])[f.pos - 1]
    if (prev?.role === 'arrears-amount' && prev.p.unit?.code === 'vnd') return 'arrears-amount'
  }
  if ((r.mask(r.firstAt(f.b, f.postEnd)) & CUE.coverage) !== 0) return 'coverage'
  if (r.has(f.clauseStart, f.a, CUE.breakdown)) {
    const g = (r.byPart[f.part] as Fig[])[f.pos - 1]
    if (g && g.clauseStart !== f.clauseStart && g.role === 'coverage') return 'coverage'
  }
  return null
}

export function moneyRole(r: Reader, f: Fig): FigureRole {
  if (r.has(f.preStart, f.a, CUE.penalty | CUE.repay)) return 'other'
  // "nộp gần 100 tỷ đồng khắc phục tiền nợ": a repayment
  const near = Math.min(f.postEnd, f.b + 30)
  const repay = r.first(f.b, near, CUE.repay)
  const owed = r.first(f.b, near, CUE.arrears)
  if (repay >= 0 && (owed < 0 || repay < owed)) return 'other'
  if (r.has(f.preStart, f.a, CUE.arrears) || owed >= 0) return 'arrears-amount'
  if (r.has(f.clauseStart, f.a, CUE.revenue)) return 'revenue'
  // "phấn đấu đạt 1.200 tỷ đồng tiền thu BHXH"
  if ((r.mask(r.firstAt(f.b, f.postEnd)) & CUE.revenue) !== 0) return 'revenue'
  // "… có số tiền chậm đóng lớn, với 56,7 tỷ đồng": the money word of its sentence
  const part = r.parts[f.part] as Part
  const start = r.sentenceStart[part.sentence] ?? part.start
  const k = r.last(start, f.a, CUE.arrears | CUE.revenue | CUE.expenditure | CUE.repay | CUE.penalty)
  if ((r.mask(k) & CUE.arrears) !== 0 && (r.mask(k) & ~CUE.arrears) === 0) return 'arrears-amount'
  return 'other'
}

export function peopleRole(r: Reader, f: Fig): FigureRole {
  const written = unitText(r, f.p)
  const unit = written === null ? '' : collapsedSpaces(written, 0, written.length)
  // "603.076 lượt người hưởng …": visits count beneficiaries, never the insured.
  const visits = unit.startsWith('lượt ')
  if (!GENERIC.has(unit) && !visits) return 'other'
  const near = Math.min(f.postEnd, f.b + 30)
  if (r.has(f.b, near, CUE.notReal)) return 'other'
  // "hơn 134 ngàn thẻ BHYT": cards issued are the insured themselves.
  if (unit === 'thẻ') return 'participants'
  // "109.593 người nộp hồ sơ xin hưởng …": applicants, not beneficiaries.
  const applied = r.first(f.b, near, CUE.apply)
  const benefit = r.first(f.b, near, CUE.benefit)
  if (applied >= 0 && (benefit < 0 || applied < benefit)) return 'other'
  // "1,2 triệu lượt người khám chữa bệnh BHYT": visits for care, counted apart
  const care = r.first(f.b, near, CUE.care)
  if (care >= 0 && (benefit < 0 || care < benefit)) return 'other'
  if (benefit >= 0) return 'beneficiaries'
  // "170.000 người nghèo được hỗ trợ bảo hiểm y tế": people whose insurance is paid for them
  if (SUPPORTED.test(r.low.slice(f.b, Math.min(f.postEnd, f.b + 60)))) return 'participants'
  // "giải quyết chế độ BHXH một lần cho 717.000 người", "số người được trợ cấp đạt …"
  const cue = r.last(f.clauseStart, f.a, CUE.benefit | CUE.grant | CUE.participate | CUE.newJoin | CUE.care)
  if (
    (r.mask(cue) & (CUE.participate | CUE.newJoin | CUE.care)) === 0 &&
    (r.mask(cue) & (CUE.benefit | CUE.grant)) !== 0
  )
    return 'beneficiaries'
  if (visits) return 'other'
  // "tỷ lệ bao phủ đạt 90,2% (7.312.817 người)", "đạt tỷ lệ 96,11%, tương ứng có 277.120 học
  // sinh": the people of the rate before.
  const prev = (r.byPart[f.part] as Fig[])[f.pos - 1]
  if (
    prev &&
    prev.role === 'coverage' &&
    /^\s*(?:\(|,?\s*tương ứng(?:\s+(?:có|với|là))?)\s*$/u.test(r.low.slice(prev.b, f.a))
  )
    return 'participants'
  // "cấp thẻ BHYT miễn phí cho 92.349 người", "30% mệnh giá thẻ BHYT cho 12.700 người": the
  // people a card is for
  const card = r.last(f.preStart, f.a, CUE.card)
  if (card >= 0 && /\scho\s+$/u.test(r.low.slice(r.ph.end[card] as number, f.a))) return 'participants'
  if (r.has(f.clauseStart, f.a, CUE.breakdown)) {
    const figs = r.byPart[f.part] as Fig[]
    for (let i = f.pos - 1; i >= 0; i--) {
      const g = figs[i] as Fig
      if (g.clauseStart === f.clauseStart) continue
      if (g.role === 'participants' || g.role === 'new-participants' || g.role === 'beneficiaries')
        return g.role
      break
    }
  }
  if (r.has(f.clauseStart, f.a, CUE.newJoin)) return 'new-participants'
  // "hơn 1 triệu người trên địa bàn tỉnh tham gia BHYT": the verb after a place
  const after = r.first(f.b, Math.min(f.postEnd, f.b + 45), CUE.newJoin | CUE.participate)
  if (after >= 0) return (r.mask(after) & CUE.newJoin) !== 0 ? 'new-participants' : 'participants'
  if (r.has(f.preStart, f.a, CUE.participate)) return 'participants'
  return 'other'
}

/** Is there a quantity (a count or an amount, not a percent) before `f` in its part (its clause)? */
export function quantityBefore(r: Reader, f: Fig, sameClause: boolean): Fig | null {
  const figs = r.byPart[f.part] as Fig[]
  for (let i = f.pos - 1; i >= 0; i--) {
    const g = figs[i] as Fig
    if (sameClause && g.clauseStart !== f.clauseStart) return null
    if (g.p.kind === 'number' && g.p.unit !== null && g.p.unit.code !== 'ratio') return g
  }
  return null
}

/** The base written right after a rate: "91,5% dân số", "13,09% so với số lao động". */
export function baseAfter(r: Reader, f: Fig): 'population' | 'working-age-labour-force' | null {
  let k = r.firstAt(f.b, f.postEnd)
  if ((r.mask(k) & CUE.compare) !== 0) k = r.firstAt(r.ph.end[k] as number, f.postEnd)
  const m = r.mask(k)
  return (m & CUE.population) !== 0
    ? 'population'
    : (m & CUE.labour) !== 0
      ? 'working-age-labour-force'
      : null
}

export function baseOf(r: Reader, f: Fig): 'population' | 'working-age-labour-force' | null {
  const after = baseAfter(r, f)
  if (after) return after
  const k = r.last(f.preStart, f.a, CUE.population | CUE.labour)
  if (k >= 0) return (r.mask(k) & CUE.population) !== 0 ? 'population' : 'working-age-labour-force'
  const base = f.scheme ? SCHEMES[f.scheme].coverageBase : null
  return base === 'population' ? 'population' : base === null ? null : 'working-age-labour-force'
}
