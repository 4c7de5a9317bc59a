/**
 * The relations written by hand in figures.json (examples/reports/, a copy of
 * ../shared/seeds/figures.json), each computed from the LABELLED figures: a figure is looked up by
 * seed and raw text, its labelled value checked against figure(raw), and the relation computed
 * with the measures. The arithmetic is worked out by hand in the comments.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  attainment,
  coverage,
  coverageGap,
  Decimal,
  figure,
  growth,
  impliedBase,
  impliedPrevious,
  impliedTarget,
  intervalContains,
  intervals,
  type ReportedFigure,
  readRateChange,
  target,
} from '../../src/index'

interface LabelledFigure {
  raw: string
  value: string
  unit: string
  qualifier: string
  role: string
  ambiguity?: string
}
interface LabelledSeed {
  seed: string
  region: string | null
  figures: LabelledFigure[]
  relations: string[]
}

const file = fileURLToPath(new URL('../../examples/reports/figures.json', import.meta.url))
const seeds: LabelledSeed[] = JSON.parse(readFileSync(file, 'utf8'))

function seedOf(prefix: string): LabelledSeed {
  const s = seeds.find((x) => x.seed.startsWith(`${prefix}_`))
  if (!s) throw new Error(`no seed ${prefix} in figures.json`)
  return s
}

/** The labelled figure of a seed with this raw text. */
function label(prefix: string, raw: string): LabelledFigure {
  const f = seedOf(prefix).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`no figure «${raw}» in seed ${prefix}`)
  return f
}

/** figure(raw) of a labelled figure, whose value must be the labelled one. */
function labelled(prefix: string, raw: string): ReportedFigure {
  const l = label(prefix, raw)
  const f = figure(l.raw)
  expect(f.value.eq(l.value), `${raw}: figure ${f.value} against label ${l.value}`).toBe(true)
  return f
}

/** The relation of a seed that contains this text (so that each test names the one it checks). */
function relation(prefix: string, fragment: string): string {
  const r = seedOf(prefix).relations.find((x) => x.includes(fragment))
  if (r === undefined) throw new Error(`no relation with «${fragment}» in seed ${prefix}`)
  return r
}

const TY = new Decimal('1e9')
const tỷ = (x: Decimal): Decimal => x.div(TY)

describe('seed 000 (Quảng Ninh, 9 months of 2020)', () => {
  it('plan(revenue) = 3.620,4 / 71,5% ≈ 5.063,5 tỷ đồng, interval 5.059,9 – 5.067,1', () => {
    relation('000', 'plan(revenue) = 3.620,4 / 71,5%')
    const revenue = labelled('000', '3.620,4 tỷ đồng')
    const rate = labelled('000', '71,5%')
    const plan = impliedTarget(revenue, rate)
    // lo = 3.620,35 / 0,7155 = 5.059,888… → 5.059,9; hi = 3.620,45 / 0,7145 = 5.067,109… → 5.067,1
    expect(tỷ(plan.lo).toFixed(1)).toBe('5059.9')
    expect(tỷ(plan.hi).toFixed(1)).toBe('5067.1')
    // exact: 3.620.400.000.000 / 0,715 = 5.063.496.503.496,503… → 5.063,5 tỷ
    const exactPlan = impliedTarget(revenue.value, rate.value)
    expect(exactPlan.toFixed(0)).toBe('5063496503497')
    expect(tỷ(exactPlan).toFixed(1)).toBe('5063.5')
    expect(intervalContains(plan, exactPlan)).toBe(true)
  })

  it('revenue 9M/2019 = 3.620,4 / 1,0929 ≈ 3.312,6 tỷ đồng', () => {
    relation('000', 'revenue 9M/2019 = 3.620,4 / 1,0929')
    const revenue = labelled('000', '3.620,4 tỷ đồng')
    const g = labelled('000', '9,29%')
    // exact: 3.620,4 / 1,0929 = 3.312,654… tỷ. To 0,1 tỷ that rounds to 3.312,7; the relation's
    // 3.312,6 is the quotient truncated. Both lie inside the interval from the figures below.
    const previous = impliedPrevious(revenue.value, g.value)
    expect(previous.toFixed(0)).toBe('3312654405710')
    expect(tỷ(previous).toFixed(1, Decimal.ROUND_DOWN)).toBe('3312.6')
    expect(tỷ(previous).toFixed(1)).toBe('3312.7')
    // interval: lo = 3.620,35 / 1,09295 = 3.312,457…, hi = 3.620,45 / 1,09285 = 3.312,851… tỷ
    const i = impliedPrevious(revenue, g)
    expect(tỷ(i.lo).toFixed(3, Decimal.ROUND_DOWN)).toBe('3312.457')
    expect(tỷ(i.hi).toFixed(3, Decimal.ROUND_DOWN)).toBe('3312.851')
    expect(intervalContains(i, new Decimal('3312.6').times(TY))).toBe(true)
    // and growing it again by 9,29% gives back 3.620,4 tỷ
    expect(growth(revenue.value, previous).relative.toSignificantDigits(30).eq(g.value)).toBe(true)
  })
})

describe('seed 001 (Tiền Giang, 2023)', () => {
  it('3.098 / 53,6% implies a plan ≈ 5.780 tỷ, 12,3% above "trên 5.147 tỷ"; attainment ≈ 60,2%', () => {
    relation('001', '3.098 / 53,6% implies a full-year plan of ≈5.780 tỷ đồng')
    const revenue = labelled('001', 'trên 3.098 tỷ đồng')
    const rate = labelled('001', '53,6%')
    const stated = labelled('001', 'trên 5.147 tỷ đồng')

    // exact: 3.098 / 0,536 = 5.779,85… tỷ ≈ 5.780
    const plan = impliedTarget(revenue.value, rate.value)
    expect(tỷ(plan).toFixed(0)).toBe('5780')
    // 5.779,85 / 5.147 − 1 = 0,12296… ≈ 12,3% (5.780 / 5.147 − 1 = 0,1229… too)
    expect(growth(plan, stated.value).relative.toFixed(3)).toBe('0.123')
    // against 5.147: 3.098 / 5.147 = 0,60190… ≈ 60,2%
    const a = attainment(revenue.value, stated.value)
    expect(a.ratio.toFixed(3)).toBe('0.602')
    expect(a.status).toBe('below')

    // from the intervals: trên 3.098 tỷ = [3.098; 3.099] (step 1 tỷ), 53,6% = [0,5355; 0,5365],
    // trên 5.147 tỷ = [5.147; 5.148]. Plan = [3.098 / 0,5365; 3.099 / 0,5355] = [5.774,46…; 5.787,11…]
    const planI = impliedTarget(revenue, rate)
    expect(tỷ(planI.lo).toFixed(2, Decimal.ROUND_DOWN)).toBe('5774.46')
    expect(tỷ(planI.hi).toFixed(2, Decimal.ROUND_DOWN)).toBe('5787.11')
    // the conflict holds for every value the figures allow: the implied plan is above 5.148 tỷ
    expect(planI.lo.gt(stated.interval.hi)).toBe(true)
    // 12,3% lies in [5.774,46 / 5.148 − 1; 5.787,11 / 5.147 − 1] = [0,1217…; 0,1243…]
    expect(intervalContains(growth(planI, stated).relative, '0.123')).toBe(true)
    // 60,2% lies in [3.098 / 5.148; 3.099 / 5.147] = [0,60178…; 0,60210…]
    expect(intervalContains(attainment(revenue, stated).ratio, '0.602')).toBe(true)
  })

  it('arrears: ≈ 956 employers (800 + 156) and ≈ 87 tỷ (42 + 45)', () => {
    relation('001', 'total ≈956 employers, ≈87 tỷ')
    const over800 = labelled('001', 'trên 800 đơn vị')
    const e156 = labelled('001', '156 đơn vị')
    const over42 = labelled('001', 'trên 42 tỷ đồng')
    const near45 = labelled('001', 'gần 45 tỷ đồng')

    // values: 800 + 156 = 956; 42 + 45 = 87 tỷ
    expect(over800.value.plus(e156.value).toString()).toBe('956')
    expect(tỷ(over42.value.plus(near45.value)).toString()).toBe('87')

    // intervals: [800; 880] + [155,5; 156,5] = [955,5; 1.036,5] ∋ 956
    const employers = intervals.add(over800.interval, e156.interval)
    expect(employers.lo.toString()).toBe('955.5')
    expect(employers.hi.toString()).toBe('1036.5')
    expect(intervalContains(employers, '956')).toBe(true)
    // [42; 43] tỷ + [44; 45] tỷ = [86; 88] tỷ ∋ 87 tỷ
    const amount = intervals.add(over42.interval, near45.interval)
    expect(tỷ(amount.lo).toString()).toBe('86')
    expect(tỷ(amount.hi).toString()).toBe('88')
    expect(intervalContains(amount, new Decimal(87).times(TY))).toBe(true)
  })
})

describe('seed 002 (Kiên Giang)', () => {
  it('BHYT coverage 90% (2020) → 83,85% (8/2023): −6,15 points; trên 95% by 2025 needs +11,15', () => {
    relation('002', '−6,15 percentage points')
    const in2020 = labelled('002', '90%')
    const in2023 = labelled('002', '83,85%')
    const goal = labelled('002', 'trên 95%')

    // 0,8385 − 0,9 = −0,0615 exactly
    const fall = growth(in2023.value, in2020.value, { rate: true })
    expect(fall.kind).toBe('rate')
    if (fall.kind === 'rate') expect(fall.points.toString()).toBe('-0.0615')
    // with the figures, a rate growth (written with %) whose points contain −0,0615
    const fallI = growth(in2023, in2020)
    expect(fallI.kind).toBe('rate')
    if (fallI.kind === 'rate') expect(intervalContains(fallI.points, '-0.0615')).toBe(true)

    // "trên 95%" as a target is a floor at exactly 0,95; 0,95 − 0,8385 = 0,1115
    const t = target({ kind: 'target', scheme: 'BHYT', metric: 'coverage', period: 'năm 2025', value: goal })
    expect(t.floor).toBe(true)
    const need = growth(t.value, in2023.value, { rate: true })
    if (need.kind === 'rate') expect(need.points.toString()).toBe('0.1115')
    expect(need.kind).toBe('rate')
  })

  it('"tăng 15,96% so năm 2016" on 90%: 74,04% (points) or 77,61% (relative), unknown', () => {
    relation('002', "'tăng 15,96% so năm 2016' on a rate is ambiguous")
    const now = labelled('002', '90%')
    const change = labelled('002', '15,96%')
    const note = label('002', '15,96%').ambiguity ?? ''
    expect(note).toContain('74,04%')
    expect(note).toContain('77,61%')

    // exact: 0,9 − 0,1596 = 0,7404; 0,9 / 1,1596 = 0,776129…
    const r = readRateChange(now.value, change.value)
    expect(r.ifPoints.toString()).toBe('0.7404')
    expect(r.ifRelative.toFixed(4)).toBe('0.7761')
    expect(r.reading).toBe('unknown')

    // 0,9 exact and the figure 15,96% = [0,15955; 0,15965]: ifPoints [0,74035; 0,74045],
    // ifRelative [0,9 / 1,15965; 0,9 / 1,15955] = [0,776096…; 0,776163…]
    const r1 = readRateChange(now.value, change)
    expect(intervalContains(r1.ifPoints, '0.7404')).toBe(true)
    expect(intervalContains(r1.ifRelative, '0.7761')).toBe(true)
    expect(r1.reading).toBe('unknown')
    // both as figures, 90% = [0,895; 0,905]: wider, still holding 74,04% and 77,61%
    const r2 = readRateChange(now, change)
    expect(intervalContains(r2.ifPoints, '0.7404')).toBe(true)
    expect(intervalContains(r2.ifRelative, '0.7761')).toBe(true)
    expect(r2.reading).toBe('unknown')
  })

  it('voluntary BHXH 2,75% after "tăng 1,44%": 1,31% (points) or 2,71% (relative)', () => {
    const now = labelled('002', '2,75%')
    const change = labelled('002', '1,44%')
    const note = label('002', '1,44%').ambiguity ?? ''
    expect(note).toContain('1,31%')
    expect(note).toContain('2,71%')

    // exact: 0,0275 − 0,0144 = 0,0131; 0,0275 / 1,0144 = 0,027109…
    const r = readRateChange(now.value, change.value)
    expect(r.ifPoints.toString()).toBe('0.0131')
    expect(r.ifRelative.toFixed(4)).toBe('0.0271')

    // figures: ifPoints = [0,02745 − 0,01445; 0,02755 − 0,01435] = [0,013; 0,0132];
    // ifRelative = [0,02745 / 1,01445; 0,02755 / 1,01435] = [0,027058…; 0,027160…]
    const i = readRateChange(now, change)
    expect(i.ifPoints.lo.toString()).toBe('0.013')
    expect(i.ifPoints.hi.toString()).toBe('0.0132')
    expect(intervalContains(i.ifRelative, '0.0271')).toBe(true)
    expect(i.reading).toBe('unknown')

    // a previous 1,31% = [0,01305; 0,01315] meets only the points reading,
    // a previous 2,71% = [0,02705; 0,02715] only the relative one
    expect(readRateChange(now, change, figure('1,31%')).reading).toBe('points')
    expect(readRateChange(now, change, figure('2,71%')).reading).toBe('relative')
  })
})

describe('seed 003 (Bắc Kạn)', () => {
  it('205 + 99 = 304 exactly', () => {
    relation('003', '205 + 99 = 304')
    const sum = labelled('003', '205 người').value.plus(labelled('003', '99 người').value)
    expect(sum.eq(labelled('003', '304 người').value)).toBe(true)
    // and the figures' intervals: [204,5; 205,5] + [98,5; 99,5] = [303; 305] ∋ 304
    const i = intervals.add(labelled('003', '205 người').interval, labelled('003', '99 người').interval)
    expect([i.lo.toString(), i.hi.toString()]).toEqual(['303', '305'])
  })

  it('plan 2020 = 7.548 / 133,4% ≈ 5.658 people (interval 5.656 – 5.660)', () => {
    relation('003', 'plan 2020 = 7.548 / 133,4%')
    const people = labelled('003', '7.548 người')
    const rate = labelled('003', '133,4%')
    // [7.547,5; 7.548,5] / [1,3335; 1,3345]: lo = 7.547,5 / 1,3345 = 5.655,67…, hi = 7.548,5 / 1,3335 = 5.660,66…
    const plan = impliedTarget(people, rate)
    // rounded: 5.656 and 5.661 — the relation's 5.656 – 5.660 within one person
    expect(Math.abs(plan.lo.toDecimalPlaces(0).toNumber() - 5656)).toBeLessThanOrEqual(1)
    expect(Math.abs(plan.hi.toDecimalPlaces(0).toNumber() - 5660)).toBeLessThanOrEqual(1)
    // exact: 7.548 / 1,334 = 5.658,17… inside
    const exactPlan = impliedTarget(people.value, rate.value)
    expect(exactPlan.toFixed(0)).toBe('5658')
    expect(intervalContains(plan, exactPlan)).toBe(true)
  })

  it('"gấp hơn hai lần so với năm 2019": 2019 participants < 3.774', () => {
    relation('003', '2019 participants < 3.774')
    const people = labelled('003', '7.548 người')
    const multiple = labelled('003', 'gấp hơn hai lần')
    // gấp hơn hai lần: over 2, by one step (1) capped at 10% ⇒ [2; 2,2], 2 itself excluded
    expect(multiple.lowerOpen).toBe(true)
    // previous = 7.548 / multiple ∈ [7.548 / 2,2; 7.548 / 2] = [3.430,9…; 3.774]; the end 3.774
    // comes from the excluded multiple 2, so the 2019 count is below 3.774
    const previous = impliedTarget(people.value, multiple)
    expect(previous.hi.lte(3774)).toBe(true)
    expect(previous.hi.toString()).toBe('3774')
    expect(previous.lo.toFixed(1, Decimal.ROUND_DOWN)).toBe('3430.9')
    // (with 7.548 read as [7.547,5; 7.548,5] the bound would be 7.548,5 / 2 = 3.774,25)
    expect(impliedTarget(people, multiple).hi.toString()).toBe('3774.25')
  })

  it('a 30% growth target on 7.548 would be ≈ 9.812, so the 2021 "7.500 người" counts something else', () => {
    relation('003', 'a 30% growth target on 7.548 would be ≈9.812')
    const people = labelled('003', '7.548 người')
    const rate = labelled('003', '30%')
    // 7.548 × 1,3 = 9.812,4
    const grown = people.value.times(rate.value.plus(1))
    expect(grown.toString()).toBe('9812.4')
    expect(grown.toFixed(0)).toBe('9812')
    // the 2021 target 7.500 is below 2020's 7.548: 7.500 / 7.548 − 1 = −0,00636…, not +30%
    const target2021 = labelled('003', '7.500 người')
    expect(growth(target2021.value, people.value).relative.toFixed(5)).toBe('-0.00636')
  })
})

describe('seed 004 (Bến Tre, end of 2019)', () => {
  const bb = (): ReportedFigure => labelled('004', '100.524 người')
  const tn = (): ReportedFigure => labelled('004', '4.011 người')
  const bhyt = (): ReportedFigure => labelled('004', '1.165.787 người')

  it('BHYT 90,48% of the population ⇒ ≈ 1.288.447; the census 1.288.463 fits the figure', () => {
    const r = relation('004', '≈ 1.288.447')
    expect(r).toContain('1.288.463')
    const census = figure('1.288.463').value
    const rate = labelled('004', '90,48%')
    // 1.165.787 / 0,9048 = 1.288.447,17…
    expect(impliedBase(bhyt().value, rate.value).toFixed(0)).toBe('1288447')
    // 1.165.787 / [0,90475; 0,90485] = [1.288.375,97…; 1.288.518,37…] ∋ 1.288.463
    expect(intervalContains(impliedBase(bhyt().value, rate), census)).toBe(true)
  })

  it('BHXH 13,09% of the labour force ⇒ ≈ (100.524 + 4.011) / 13,09% ≈ 798.587', () => {
    relation('004', '≈ 798.587')
    const rate = labelled('004', '13,09%')
    // 100.524 + 4.011 = 104.535; 104.535 / 0,1309 = 798.586,7…
    const exactBase = impliedBase(bb().value.plus(tn().value), rate.value)
    expect(exactBase.toFixed(0)).toBe('798587')
    // intervals: [104.534; 104.536] / [0,13085; 0,13095] ∋ 798.587
    const i = impliedBase(intervals.add(bb().interval, tn().interval), rate)
    expect(intervalContains(i, '798587')).toBe(true)
  })

  it('plans: BHXH BB ≈ 100.484; BHXH TN ≈ 3.825; BHYT ≈ 1.164.040', () => {
    relation('004', 'plans: BHXH BB ≈ 100.484')
    // 100.524 / 1,0004 = 100.483,8… → 100.484
    expect(impliedTarget(bb().value, labelled('004', '100,04%').value).toFixed(0)).toBe('100484')
    // 4.011 / 1,0486 = 3.825,1… → 3.825
    expect(impliedTarget(tn().value, labelled('004', '104,86%').value).toFixed(0)).toBe('3825')
    // 1.165.787 / 1,0015 = 1.164.040,94 (1,0015 × 1.164.040 = 1.165.786,06): rounded to the
    // nearest that is 1.164.041; the relation's 1.164.040 is the quotient truncated
    const bhytRate = labelled('004', '100,15%')
    const plan = impliedTarget(bhyt().value, bhytRate.value)
    expect(plan.toFixed(0)).toBe('1164041')
    expect(plan.toFixed(0, Decimal.ROUND_DOWN)).toBe('1164040')
    // the figures allow both: [1.165.786,5 / 1,00155; 1.165.787,5 / 1,00145] = [1.163.982,3…; 1.164.099,5…]
    expect(intervalContains(impliedTarget(bhyt(), bhytRate), '1164040')).toBe(true)
  })

  it('2018 values: BHXH BB ≈ 96.232; BHYT ≈ 1.165.437', () => {
    relation('004', '2018 values: BHXH BB ≈ 96.232')
    // 100.524 / 1,0446 = 96.232,05… → 96.232
    expect(impliedPrevious(bb().value, labelled('004', '4,46%').value).toFixed(0)).toBe('96232')
    // "0.03%" (an English decimal point) = 0,0003: 1.165.787 / 1,0003 = 1.165.437,37… → 1.165.437
    expect(impliedPrevious(bhyt().value, labelled('004', '0.03%').value).toFixed(0)).toBe('1165437')
  })

  it('coverage 1.165.787 / 1.288.463 ≈ 0,90479, and 58.253 more people for 95%', () => {
    const population = { base: 'population', value: figure('1.288.463').value } as const
    // 1.165.787 / 1.288.463 = 0,904788…
    expect(coverage(bhyt().value, population, { scheme: 'BHYT' }).toFixed(5)).toBe('0.90479')
    // 1.288.463 × 0,95 = 1.224.039,85 → 1.224.040 people; 1.224.040 − 1.165.787 = 58.253
    expect(coverageGap(bhyt().value, population, '0.95', { scheme: 'BHYT' }).toString()).toBe('58253')
  })

  it('"tăng 302,72 %": 2018 ≈ 996 as an increase, ≈ 1.325 as "reached 302,72% of"', () => {
    const note = label('004', '302,72 %').ambiguity ?? ''
    expect(note).toContain('996')
    expect(note).toContain('1.325')
    const g = labelled('004', '302,72 %')
    // an increase: 4.011 / (1 + 3,0272) = 4.011 / 4,0272 = 995,98 → 996
    expect(impliedPrevious(tn().value, g.value).toFixed(0)).toBe('996')
    // reached 302,72% of: 4.011 / 3,0272 = 1.324,99 → 1.325
    expect(impliedTarget(tn().value, g.value).toFixed(0)).toBe('1325')
  })
})
