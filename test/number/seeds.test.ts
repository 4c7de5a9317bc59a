/**
 * Every labelled figure of the five seed reports (../shared/seeds/figures.json, labelled by
 * hand) must be found by findNumbers with its value, unit and qualifier.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findNumbers, type ParsedNumber } from '../../src/number/index'

// The five seed reports ship in examples/reports/ (copies of ../shared/seeds/, checked below).
const seeds = fileURLToPath(new URL('../../examples/reports/', import.meta.url))
const shared = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))

interface Labelled {
  raw: string
  value: string
  unit: string
  qualifier: string
}
const labelled: { seed: string; figures: Labelled[] }[] = JSON.parse(
  readFileSync(`${seeds}figures.json`, 'utf8'),
)

/** figures.json writes fractions `a/b`, ranges `lo..hi`, and the unit of multiples and fractions as their kind. */
const asLabelled = (p: ParsedNumber) => ({
  raw: p.raw,
  value:
    p.kind === 'fraction'
      ? `${p.numerator.value}/${p.denominator.value}`
      : p.kind === 'range'
        ? `${p.low.value}..${p.high.value}`
        : p.value,
  unit: p.kind === 'multiple' || p.kind === 'fraction' ? p.kind : (p.unit?.code ?? null),
  qualifier: p.qualifier,
})

describe.each(labelled)('seed $seed', ({ seed, figures }) => {
  const text = readFileSync(`${seeds}${seed}`, 'utf8')
  const found = findNumbers(text).map(asLabelled)

  it.each(figures)('finds $raw = $value ($unit, $qualifier)', (figure) => {
    expect(found).toContainEqual({
      raw: figure.raw,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
    })
  })

  it('returns spans that slice back to the raw text, also for NFD input', () => {
    for (const t of [text, text.normalize('NFD')]) {
      for (const p of findNumbers(t)) expect(t.slice(p.span[0], p.span[1])).toBe(p.raw)
    }
  })

  it('finds the same figures in NFD text', () => {
    expect(findNumbers(text.normalize('NFD')).map((p) => asLabelled(p).value)).toEqual(
      found.map((p) => p.value),
    )
  })
})

describe('findNumbers: dates, periods and codes are never figures', () => {
  it.each([
    ['08/10/2020', []],
    ['(ngày 23/5/2020), chỉ trong 01 ngày', ['01 ngày']],
    ['Đến hết tháng 8-2023, toàn tỉnh', []],
    ['(KGO) - Sáng 12-9, Bảo hiểm xã hội', []],
    ['giai đoạn 2023-2025 và 2019-2021', []],
    ['Năm 2020, tỷ lệ đạt 90% dân số, tăng 15,96% so năm 2016', ['90%', '15,96%']],
    ['Phấn đấu đến 2025 có trên 95% dân số', ['trên 95%']],
    ['July 16 at 10:54 pm', ['16']],
    ['quý III/2023 và tháng 8/2023, theo Nghị định 58/2020/NĐ-CP, COVID-19', []],
    ['thời lượng 10-15 phút/chương trình', ['10-15 phút']],
    ['9 tháng đầu năm 2020', ['9 tháng']],
    ['Số lần đọc: 1433', ['1433']],
    // a figure right after a duration in months is no month ("tháng 148" is none)
    ['nợ dưới 3 tháng 148,2 tỷ đồng', ['dưới 3 tháng', '148,2 tỷ đồng']],
    ['từ 3 tháng đến dưới 12 tháng 61,5 tỷ đồng', ['3 tháng', 'dưới 12 tháng', '61,5 tỷ đồng']],
    ['nợ trên 6 tháng 1.250 người', ['trên 6 tháng', '1.250 người']],
    // a month that can be one stays a date: "ngày 9 tháng 10 năm 2020", "3 tháng 8/2024"
    ['ngày 9 tháng 10 năm 2020', []],
    ['sau 3 tháng 8/2024', ['3 tháng']],
  ])('%s', (text, raws) => {
    expect(findNumbers(text).map((p) => p.raw)).toEqual(raws)
  })

  it('reads the seed arrears sentence into four figures', () => {
    const text =
      'toàn tỉnh hiện có trên 800 đơn vị chậm đóng BHXH từ 1 tháng đến dưới 6 tháng với tổng số tiền chậm đóng trên 42 tỷ đồng, 156 đơn vị chậm đóng trên 6 tháng với tổng số tiền chậm đóng gần 45 tỷ đồng'
    expect(findNumbers(text).map((p) => [p.raw, p.qualifier])).toEqual([
      ['trên 800 đơn vị', 'over'],
      ['1 tháng', 'exact'],
      ['dưới 6 tháng', 'under'],
      ['trên 42 tỷ đồng', 'over'],
      ['156 đơn vị', 'exact'],
      ['trên 6 tháng', 'over'],
      ['gần 45 tỷ đồng', 'nearly'],
    ])
  })
})

describe.skipIf(!existsSync(shared))('examples/reports/ is an exact copy of the shared seeds', () => {
  it.each(existsSync(shared) ? readdirSync(shared) : [])('%s', (name) => {
    expect(readFileSync(`${seeds}${name}`, 'utf8')).toBe(readFileSync(`${shared}${name}`, 'utf8'))
  })
})
