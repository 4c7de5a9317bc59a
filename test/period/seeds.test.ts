/**
 * Every period phrase of the five seed reports (examples/reports/) is read to the period it
 * means. Each phrase must literally occur in its report, and where figures.json (labelled by
 * hand) gives the period of a figure written with that phrase, the months or day must agree.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  monthsCovered,
  type Period,
  type PeriodContext,
  parsePeriod,
  safeParsePeriod,
} from '../../src/period/index'

const seeds = fileURLToPath(new URL('../../examples/reports/', import.meta.url))
const read = (seed: string): string => readFileSync(`${seeds}${seed}`, 'utf8')

interface Labelled {
  seed: string
  date: string | null
  figures: { period?: unknown }[]
}
const labelled: Labelled[] = JSON.parse(readFileSync(`${seeds}figures.json`, 'utf8'))
/** The periods that figures.json gives the figures of a seed, as JSON strings. */
const labelledPeriods = (seed: string): string[] =>
  (labelled.find((l) => l.seed === seed)?.figures ?? []).map((f) => JSON.stringify(f.period ?? null))
/** A period in figures.json's terms: { from, to } months, { date } or { asOf }. */
const label = (p: Period): string => {
  if (p.kind === 'day') return JSON.stringify({ date: p.date })
  if (p.kind === 'instant') return JSON.stringify({ asOf: p.date })
  const m = monthsCovered(p)
  return JSON.stringify({ from: m[0], to: m[m.length - 1] })
}

const S0 = '000_c82fc3dc9b9473b5.txt' // 08/10/2020, 9 months of 2020
const S1 = '001_ed8d298fa85ff344.txt' // Tiền Giang, 2023, no date
const S2 = '002_989f3db40e1bbfec.txt' // Kiên Giang, 12/09/2023
const S3 = '003_4e6756726f80992d.txt' // Bắc Kạn, 05/01/2021
const S4 = '004_fc73d75133c0d2ca.txt' // Bến Tre, 14/01/2020

/** [seed, phrase as written, context, expected period, whether figures.json labels a figure with it] */
const PHRASES: [string, string, PeriodContext | undefined, Period, boolean][] = [
  [S0, '9 tháng đầu năm 2020', undefined, { kind: 'year-to-date', year: 2020, month: 9 }, true],
  // the headline "9 tháng đầu năm, toàn tỉnh có gần 1.076.000 người …": the report is about 2020
  [S0, '9 tháng đầu năm', { year: 2020 }, { kind: 'year-to-date', year: 2020, month: 9 }, true],
  // dated 08/10/2020: January through October ("trên 109.100 người" is labelled 2020-01..2020-10)
  [S0, 'Từ đầu năm đến nay', { asOf: '2020-10-08' }, { kind: 'year-to-date', year: 2020, month: 10 }, true],
  [S0, 'năm 2020', undefined, { kind: 'year', year: 2020 }, false],
  [S0, 'năm 2019', undefined, { kind: 'year', year: 2019 }, false],
  [S2, 'năm 2016', undefined, { kind: 'year', year: 2016 }, false],
  [S4, 'năm 2018', undefined, { kind: 'year', year: 2018 }, false],
  [S3, 'Năm 2021', undefined, { kind: 'year', year: 2021 }, true],
  [S1, 'năm 2023', undefined, { kind: 'year', year: 2023 }, true],
  [S2, 'Đến hết tháng 8-2023', undefined, { kind: 'year-to-date', year: 2023, month: 8 }, true],
  [S2, 'giai đoạn 2023-2025', undefined, { kind: 'phase', from: 2023, to: 2025 }, false],
  [S2, 'giai đoạn 2023-2027', undefined, { kind: 'phase', from: 2023, to: 2027 }, false],
  [S2, 'giai đoạn 2023-2028', undefined, { kind: 'phase', from: 2023, to: 2028 }, false],
  [S2, 'Giai đoạn 2019-2021', undefined, { kind: 'phase', from: 2019, to: 2021 }, false],
  [S3, 'đến hết năm 2020', undefined, { kind: 'year-to-date', year: 2020, month: 12 }, true],
  [S4, 'Tính đến cuối năm 2019', undefined, { kind: 'instant', date: '2019-12-31' }, true],
  [S3, 'ngày 23/5/2020', undefined, { kind: 'day', date: '2020-05-23' }, true],
  [S3, 'ngày 11/7/2020', undefined, { kind: 'day', date: '2020-07-11' }, true],
]

describe('period phrases of the seed reports', () => {
  it.each(PHRASES)('%s: %j', (seed, phrase, context, expected, isLabelled) => {
    expect(read(seed)).toContain(phrase)
    expect(parsePeriod(phrase, context)).toEqual(expected)
    if (isLabelled) expect(labelledPeriods(seed)).toContain(label(expected))
  })

  it('the context dates are the reports’ own', () => {
    expect(labelled.find((l) => l.seed === S0)?.date).toBe('2020-10-08')
  })

  it('the undated report 001 has "từ đầu năm đến nay" too: without a date it needs context', () => {
    expect(read(S1)).toContain('từ đầu năm đến nay')
    expect(labelled.find((l) => l.seed === S1)?.date).toBeNull()
    const r = safeParsePeriod('từ đầu năm đến nay')
    expect(!r.ok && r.error.code).toBe('needs-context')
  })
})
