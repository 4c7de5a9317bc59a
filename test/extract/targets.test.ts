/** Targets of additional participants: a plan of what is to be added, never a plan of the level. */
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures } from '../../src/extract/index'

const one = (text: string, raw: string): ExtractedFigure => {
  const f = extractFigures(text, { date: '2024-10-15' }).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}
const what = (f: ExtractedFigure) => [f.role, f.targetOf, f.metric, f.scheme]

describe('a target of additional participants', () => {
  it('reads "được giao chỉ tiêu phát triển thêm" as a target of new participants', () => {
    const f = one(
      'Năm 2024, BHXH tỉnh được giao chỉ tiêu phát triển thêm 3.500 người tham gia BHXH tự nguyện.',
      '3.500 người',
    )
    expect(what(f)).toEqual(['target', 'level', 'new-participants', 'BHXH_TN'])
    expect(f.period).toEqual({ kind: 'year', year: 2024 })
    // "kế hoạch phát triển mới": the same
    expect(
      what(one('Kế hoạch phát triển mới 5.000 người tham gia BHYT hộ gia đình.', '5.000 người')),
    ).toEqual(['target', 'level', 'new-participants', 'BHYT'])
  })

  it('reads a planned increase ("chỉ tiêu tăng thêm", "phấn đấu tăng thêm") as a growth target', () => {
    for (const text of [
      'Năm 2024, chỉ tiêu tăng thêm 2.000 người tham gia BHXH tự nguyện.',
      'Năm 2024, BHXH tỉnh phấn đấu tăng thêm 2.000 người tham gia BHXH tự nguyện.',
    ])
      expect(what(one(text, '2.000 người')).slice(0, 2)).toEqual(['target', 'growth'])
  })

  it('leaves what was done, and a plan compared with, as they are', () => {
    // done: new participants; the plan word comes after the figure
    expect(one('Đã phát triển mới 1.800 người, đạt 90% kế hoạch.', '1.800 người').role).toBe(
      'new-participants',
    )
    // "so với kế hoạch, tăng thêm 200 người": a change against the plan, no goal
    expect(
      one('Số người tham gia là 12.300 người, so với kế hoạch tăng thêm 200 người.', '200 người').role,
    ).toBe('growth')
  })
})
