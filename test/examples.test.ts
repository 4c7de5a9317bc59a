/**
 * Every file in examples/ runs as part of the tests, so that no example can rot; and the README's
 * 60-second tour is examples/tour.ts, character for character.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = (file: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { cwd: root, encoding: 'utf8' })

describe('examples/', () => {
  const files = readdirSync(`${root}examples`).filter((f) => f.endsWith('.ts'))

  it('has the demo and the tour', () => {
    expect(files).toEqual(expect.arrayContaining(['demo.ts', 'tour.ts']))
  })

  it.each(files)('%s runs', (file) => {
    expect(() => run(file)).not.toThrow()
  })

  it('tour.ts prints what its comments say', () => {
    const lines = run('tour.ts').trim().split('\n')
    expect(lines[0]).toBe('3620400000000')
    expect(lines[2]).toBe('nearly person')
    expect(lines).toContain("[ '9 tháng', '3.620,4 tỷ đồng', '71,5%' ]")
    // 3620400000000 / 0.715 = 5063496503496.5… → 5.063,5 tỷ
    expect(lines).toContain('5.063,5 tỷ đồng')
    expect(lines.slice(-5, -2)).toEqual(['9,29%', 'một triệu không trăm bảy mươi sáu nghìn', '105'])
    // 3620400000000 / 5063500000000 = 0.71500… → 71,5%, below; 3/4 of the plan (3.797,6 tỷ) was due
    expect(lines.at(-2)).toBe('71,5% below false')
    // 3.620,35 / 0,7155 = 5.059,888… and 3.620,45 / 0,7145 = 5.067,109… tỷ
    expect(lines.at(-1)).toBe('5.059,9 tỷ đồng 5.067,1 tỷ đồng')
  })

  it('demo.ts reads every phrase of the five seed reports and writes 91 of 96 back unchanged', () => {
    const out = run('demo.ts')
    for (const f of readdirSync(`${root}examples/reports`).filter((f) => f.endsWith('.txt'))) {
      expect(out).toContain(`## ${f}`)
    }
    expect(out).toContain('= gần 1.076.000 người')
    expect(out).toContain('= 3.620,4 tỷ đồng')
    expect(out).toContain('≠ 0,03%  (a dot was read as the decimal point (English style))')
    expect(out).toContain('96 phrases in 5 reports; 91 written back exactly as the reports wrote them.')
  })

  it('the README tour is examples/tour.ts', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8')
    const tour = readFileSync(`${root}examples/tour.ts`, 'utf8')
    const block = /## The 60-second tour[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBe(tour)
  })

  it('measures.ts works out attainment, growth and coverage for each seed report', () => {
    const out = run('measures.ts')
    // seed 000: 3.620,35 / 0,7155 = 5.059,9 and 3.620,45 / 0,7145 = 5.067,1 tỷ
    expect(out).toContain('plan implied by 3.620,4 tỷ đồng: 5.059,9 tỷ đồng – 5.067,1 tỷ đồng')
    // seed 000: 3.620,35 / 1,09295 = 3.312,5 and 3.620,45 / 1,09285 = 3.312,9 tỷ
    expect(out).toContain('same-period-2019 implied by 3.620,4 tỷ đồng: 3.312,5 tỷ đồng – 3.312,9 tỷ đồng')
    // seed 001: (3.098; 3.098,1] / [0,5355; 0,5365] ⇒ 5.774,5 – 5.787,1; against 5.147 (≤ 5.148): 60,18% – 60,21%
    expect(out).toContain('against the stated target trên 5.147 tỷ đồng: 60,18% – 60,21%')
    // seed 002: 95% − [83,845%; 83,855%] = [11,145; 11,155] points
    expect(out).toContain('from 83,85%: 11,15 điểm phần trăm – 11,16 điểm phần trăm to go')
    // seed 003: 7.548 / 1,334 — [7.547,5; 7.548,5] / [1,3335; 1,3345] = 5.655,7 – 5.660,7
    expect(out).toContain('plan implied by 7.548 người: 5.656 người – 5.661 người')
    // seed 004: 1.165.787 / [0,90475; 0,90485] = 1.288.375,1 – 1.288.518,8
    expect(out).toContain('population implied: 1.288.375 người – 1.288.519 người')
  })

  it('the guide "Reading a report" shows examples/reading-a-report.ts and its output', () => {
    const guide = readFileSync(`${root}docs/guide/reading-a-report.md`, 'utf8')
    const code = readFileSync(`${root}examples/reading-a-report.ts`, 'utf8')
    expect(/```ts\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(code)
    const output = /## Output\s+```text\n([\s\S]*?)```/.exec(guide)?.[1]
    expect(run('reading-a-report.ts')).toBe(output)
  })

  it('the guide "How the reader works" shows examples/how-the-reader-works.ts and its output', () => {
    const guide = readFileSync(`${root}docs/guide/how-the-reader-works.md`, 'utf8')
    const code = readFileSync(`${root}examples/how-the-reader-works.ts`, 'utf8')
    expect(/```ts\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(code)
    const output = /## Output\s+```text\n([\s\S]*?)```/.exec(guide)?.[1]
    const out = run('how-the-reader-works.ts')
    expect(out).toBe(output)
    // 4.215,8 ÷ 74,2%: [4.215,75 ÷ 0,7425; 4.215,85 ÷ 0,7415] = [5.677,8; 5.685,6] tỷ ∋ 5.680 tỷ
    expect(out).toContain('is 5.677,8 tỷ đồng – 5.685,6 tỷ đồng, against 5.680 tỷ đồng: agrees')
    // 356.120 + 56.230 = 412.350
    expect(out).toContain('[ok] parts-total: 356.120 người + 56.230 người')
  })

  it('the guide "Arrears aging" shows examples/arrears.ts and its output', () => {
    const guide = readFileSync(`${root}docs/guide/arrears-aging.md`, 'utf8')
    const code = readFileSync(`${root}examples/arrears.ts`, 'utf8')
    expect(/```ts\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(code)
    const output = /## Output\s+```text\n([\s\S]*?)```/.exec(guide)?.[1]
    const out = run('arrears.ts')
    expect(out).toBe(output)
    // the seeds' two buckets rebuilt from data, and every reported figure agrees with them
    expect(out).toContain('trên 6 tháng                  156 đơn vị')
    expect(out.match(/^ok {7}/gm)).toHaveLength(4)
  })

  it('the guide "Checking a report" shows examples/checking-a-report.ts and its output', () => {
    const guide = readFileSync(`${root}docs/guide/checking-a-report.md`, 'utf8')
    const code = readFileSync(`${root}examples/checking-a-report.ts`, 'utf8')
    expect(/```ts\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(code)
    const output = /## Output\s+```text\n([\s\S]*?)```/.exec(guide)?.[1]
    const out = run('checking-a-report.ts')
    expect(out).toBe(output)
    // the findings the seeds must give
    expect(out).toContain('[stretch] kế hoạch suy ra từ trên 3.098 tỷ đồng ÷ 53,6%')
    expect(out).toContain('[ambiguous] 15,96% trên tỷ lệ 90%')
    expect(out).toContain('[ambiguous] «tăng 302,72 %» trên 4.011 người')
    expect(out).toContain('[conflict] 7.548 người × (1 + 30%)')
    expect(out).toContain('[ok] dân số suy ra từ 1.165.787 người ÷ 90,48%')
  })

  it('the guide "Vietnamese numbers" shows examples/numbers.ts and its output', () => {
    const guide = readFileSync(`${root}docs/guide/vietnamese-numbers.md`, 'utf8')
    expect(/```ts\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(readFileSync(`${root}examples/numbers.ts`, 'utf8'))
    const output = /## Output\s+```text\n([\s\S]*?)```/.exec(guide)?.[1]
    const out = run('numbers.ts')
    expect(out).toBe(output)
    expect(out).toContain('gần 1.076.000 người    number    1076000          person   nearly')
  })

  it('the guide "Using bhxh in tests" shows test/guide/using-bhxh-in-tests.test.ts, which runs with the tests', () => {
    const guide = readFileSync(`${root}docs/guide/using-bhxh-in-tests.md`, 'utf8')
    const code = readFileSync(`${root}test/guide/using-bhxh-in-tests.test.ts`, 'utf8')
    expect(/```ts\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(code)
  })

  it('check-reports.ts (npm run demo) runs the CLI over the five reports; the README shows its output', () => {
    const out = run('check-reports.ts')
    const readme = readFileSync(`${root}README.md`, 'utf8')
    // every line of the README's excerpt (but the elisions) is a line of the demo's output
    const excerpt = /npm run demo`?[\s\S]*?```text\n(\$ bhxh check[\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const lines = excerpt.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')
    expect(lines.length).toBeGreaterThan(10)
    for (const line of lines) expect(out.split('\n')).toContain(line)
    expect(out).toContain('[stretch]   kế hoạch suy ra từ trên 3.098 tỷ đồng ÷ 53,6%')
    expect(out).toContain('[ok]        dân số suy ra từ 1.165.787 người ÷ 90,48%')
  })

  it('the guide "Contribution rules" is the tables printed from the data', () => {
    const guide = readFileSync(`${root}docs/guide/contribution-rules.md`, 'utf8')
    const out = run('contribution-rules.ts')
    expect(guide.endsWith(out)).toBe(true)
    expect(out).toContain(
      '| BHTN | bảo hiểm thất nghiệp | người sử dụng lao động | 0% | 2021-10-01 – 2022-09-30 |',
    )
  })
})
