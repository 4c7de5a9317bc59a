import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { seed } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = `${root}dist/cli.js`

beforeAll(() => {
  // `npm test` builds before the tests; build here when run alone on a fresh checkout.
  if (!existsSync(bin)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' })
}, 120_000)

const node = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  })

describe('the built bhxh binary', () => {
  it('package.json bin points at dist/cli.js, which starts with a shebang and is executable', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
    expect(pkg.bin).toEqual({ bhxh: './dist/cli.js' })
    expect(JSON.stringify(pkg.exports)).not.toContain('cli')
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    if (process.platform !== 'win32') expect(statSync(bin).mode & 0o111).not.toBe(0)
  })

  it('parse: stdout, nothing on stderr, exit 0', () => {
    const r = node(['parse', 'gần 1.076.000 người', '--json'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toMatchObject({ value: '1076000', qualifier: 'nearly' })
  })

  it('check: exit 0 for Tiền Giang (a stretch), 1 for Bắc Kạn (a conflict)', () => {
    const tg = node(['check', seed('001')])
    expect(tg.status).toBe(0)
    expect(tg.stdout).toContain('[stretch]')
    const bk = node(['check', seed('003'), '--date', '2021-01-05'])
    expect(bk.status).toBe(1)
    expect(bk.stdout).toContain('[conflict]')
    expect(bk.stderr).toBe('')
  })

  it('reads the standard input with -', () => {
    const r = node(['check', '-', '--date', '2021-01-05', '--json'], readFileSync(seed('003'), 'utf8'))
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).counts.conflict).toBe(1)
    const csv = 'employer,scheme,month,due\nA,BHXH_BB,2023-01,1000000\nB,BHXH_BB,2023-08,2000000\n'
    const a = node(['aging', '-', '--as-of', '2023-09-30', '--buckets', 'sixMonths', '--lang', 'en'], csv)
    expect(a.status).toBe(0)
    expect(a.stdout).toMatch(/over 6 months\s+1\s+1,0 triệu đồng\s+33,3%/)
  })

  it('bad input: exit 2, one line on stderr, no stack trace', () => {
    const r = node(['extract', 'no-such-file.txt'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('bhxh: không đọc được «no-such-file.txt»: không có tệp này\n')
    const p = node(['parse', '1..2', '--lang', 'en'])
    expect(p.status).toBe(2)
    expect(p.stderr).toBe('bhxh: phrase «1..2», columns 2–3: misplaced separator: «..»\n  1..2\n   ^^\n')
  })

  it('no colour when piped, even with colour in the environment unset', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
    expect(node(['check', seed('003')]).stdout).not.toMatch(/\u001b\[/)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
    expect(node(['check', seed('003')], undefined, { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/)
  })

  it.runIf(process.platform !== 'win32')(
    'runs as an executable through its shebang (as the bhxh bin)',
    () => {
      const r = spawnSync(bin, ['words', '7548'], { cwd: root, encoding: 'utf8' })
      expect(r.status).toBe(0)
      expect(r.stdout).toBe('bảy nghìn năm trăm bốn mươi tám\n')
    },
  )

  it('a closed pipe ends it quietly', () => {
    const r = spawnSync('sh', ['-c', `node "${bin}" extract "${seed('001')}" | head -1`], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(r.stdout.split('\n')).toHaveLength(2)
    expect(r.stderr).toBe('')
  })
})
