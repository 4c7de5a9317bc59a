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
    expect(lines.slice(-3)).toEqual(['9,29%', 'một triệu không trăm bảy mươi sáu nghìn', '105'])
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
})
