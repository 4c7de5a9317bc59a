import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Example } from '../../src/cli/args'
import { COMMANDS, MAIN_EXAMPLES } from '../../src/cli/run'
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

  it('check --debts: seed 001 against examples/debts-tien-giang.csv (ok, exit 0), and from stdin', () => {
    // 812 × 52.000.000 = 42.224.000.000 («trên 42 tỷ đồng»); 156 × 285.000.000 = 44.460.000.000
    // («gần 45 tỷ đồng», 44 to 45 tỷ)
    const args = ['check', seed('001'), '--as-of', '2023-09-30', '--lang', 'en']
    const r = node([...args, '--debts', 'examples/debts-tien-giang.csv'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(
      '[ok]        1 to under 6 months: reported «trên 42 tỷ đồng», computed 42.224.000.000',
    )
    expect(r.stdout).toContain(
      '[ok]        over 6 months: reported «gần 45 tỷ đồng», computed 44.460.000.000',
    )
    // 156 × 300.000.000 = 46.800.000.000, above «gần 45 tỷ đồng»: a conflict, exit 1
    const csv = readFileSync(`${root}examples/debts-tien-giang.csv`, 'utf8').replaceAll(
      '285.000.000',
      '300.000.000',
    )
    const bad = node([...args, '--debts', '-'], csv)
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain(
      '[conflict]  over 6 months: reported «gần 45 tỷ đồng», computed 46.800.000.000',
    )
    const both = node(['check', '-', '--debts', '-', '--as-of', '2023-09-30', '--lang', 'en'], 'x')
    expect(both.status).toBe(2)
    expect(both.stderr).toBe(
      'bhxh: only one input can be the standard input: the report «-» or --debts -, not both\n',
    )
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

  it('bundles the CSV parser: dist/cli.js imports no csv-parse; dependencies stay decimal.js and zod', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['decimal.js', 'zod'])
    expect(Object.keys(pkg.devDependencies)).toContain('csv-parse')
    for (const f of ['cli.js']) {
      const code = readFileSync(`${root}dist/${f}`, 'utf8')
      expect(code).not.toMatch(/(from|require\()\s*["']csv-parse/)
      expect(code).toContain('CSV_QUOTE_NOT_CLOSED')
    }
    const r = node(['check', '-', '--json'], 'role,value,scheme\nrevenue,"3.620,4\ntỷ đồng",ALL\n')
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).figures[0].value).toBe('3620400000000')
  })

  it('a pipe over the size limit: exit 2 "input too large", not an empty read', () => {
    const r = node(['check', '-', '--lang', 'en'], 'x'.repeat(4096), { BHXH_MAX_INPUT: '1K' })
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'bhxh: «<stdin>»: input too large (the limit is 1 KiB; change it with --max-input or BHXH_MAX_INPUT)\n',
    )
  })

  it.runIf(process.platform !== 'win32')(
    'every help example runs in a shell, away from the repository, with its exit status',
    () => {
      // A directory with nothing but a `bhxh` on the PATH, as after `npm install -g bhxh`.
      const dir = mkdtempSync(join(tmpdir(), 'bhxh-installed-'))
      writeFileSync(join(dir, 'bhxh'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`)
      chmodSync(join(dir, 'bhxh'), 0o755)
      const all: Example[] = [...MAIN_EXAMPLES, ...COMMANDS.flatMap((c) => c.examples)]
      for (const e of all) {
        const r = spawnSync('sh', ['-c', e.cmd], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
        })
        expect(r.stderr, e.cmd).toBe('')
        expect(r.status, e.cmd).toBe(e.exit ?? 0)
        if (e.out !== undefined) expect(r.stdout, e.cmd).toContain(e.out)
      }
    },
    60_000,
  )

  it('npm run demo: exit 0, the exit status of each report, no debug lines', () => {
    const tsx = `${root}node_modules/.bin/tsx`
    const demo = spawnSync(tsx, ['examples/check-reports.ts'], { cwd: root, encoding: 'utf8' })
    expect(demo.status).toBe(0)
    // one status line per seed report, in order: only 003 (Bắc Kạn) has a conflict
    expect(demo.stdout.match(/^→ mã thoát \d$/gm)).toEqual([
      '→ mã thoát 0',
      '→ mã thoát 0',
      '→ mã thoát 0',
      '→ mã thoát 1',
      '→ mã thoát 0',
    ])
    expect(demo.stdout).toContain('--population 1.288.463')
    expect(demo.stdout).not.toMatch(/\d+ (khớp|mâu thuẫn|hai cách hiểu|nới rộng)\b/)
    const arrears = spawnSync(tsx, ['examples/arrears.ts'], { cwd: root, encoding: 'utf8' })
    expect(arrears.status).toBe(0)
    expect(arrears.stdout).not.toContain('merged')
    expect(arrears.stdout).toContain(
      'lãi chậm đóng tháng 7/2025 (10.000.000 đồng nộp trễ 10 ngày × 0,03%/ngày): 30.000 đồng',
    )
  }, 60_000)
})
