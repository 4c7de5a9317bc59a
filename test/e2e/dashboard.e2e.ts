/**
 * The dashboard example (examples/dashboard/) in headless Chromium: the built package runs in a
 * browser with no Node built-ins, and every number the page shows is what bhxh computes in Node
 * for the same data. Saves a screenshot to examples/dashboard/screenshot.png.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Bhxh from '../../src/index'
import { ROOT, serve } from './serve.mjs'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const page = join(ROOT, 'examples/dashboard/index.html')
const screenshot = join(ROOT, 'examples/dashboard/screenshot.png')

interface Data {
  date: string
  bases: { population: { value: string; source: string } }
  statements: Bhxh.Statement[]
  series: { schemes: { scheme: string; current: number; growth: number; approx: string[] }[] }
}
const data: Data = JSON.parse(readFileSync(join(ROOT, 'examples/dashboard/data/ben-tre-2019.json'), 'utf8'))

/** The import map of index.html. */
function importMap(): Record<string, string> {
  const html = readFileSync(page, 'utf8')
  const json = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (json === undefined) throw new Error('index.html has no import map')
  return JSON.parse(json).imports
}

const STATIC = /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** The specifiers a module imports (static and literal dynamic imports; not those in comments). */
function specifiers(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  return [...code.matchAll(STATIC), ...code.matchAll(DYNAMIC)].map((m) => (m[1] ?? m[2]) as string)
}

/** Resolves a bare specifier through the import map the way a browser does (exact, then longest prefix). */
function mapped(map: Record<string, string>, spec: string): string | undefined {
  if (map[spec] !== undefined) return map[spec]
  const prefix = Object.keys(map)
    .filter((k) => k.endsWith('/') && spec.startsWith(k))
    .sort((a, b) => b.length - a.length)[0]
  return prefix === undefined ? undefined : map[prefix] + spec.slice(prefix.length)
}

describe('examples/dashboard', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serve>>
  let tab: Page
  let b: typeof Bhxh
  const problems: string[] = []

  beforeAll(async () => {
    b = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)
    server = await serve()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    tab = await browser.newPage({ viewport: { width: 1000, height: 800 } })
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`))
    tab.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
    })
    await tab.goto(`${server.url}examples/dashboard/`)
    await tab.waitForSelector('body[data-ready="true"]', { timeout: 15_000 }).catch(async (e) => {
      throw new Error(`the page did not render: ${problems.join('; ')} ${await tab.textContent('#error')}`, {
        cause: e,
      })
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** The text of the element with that data-testid (exactly one). */
  const shown = async (id: string): Promise<string> => {
    const el = tab.getByTestId(id)
    expect(await el.count(), id).toBe(1)
    return ((await el.textContent()) ?? '').trim()
  }

  it('the import map resolves every import of dist/index.js and its dependencies, none of Node', () => {
    const map = importMap()
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      expect(existsSync(file), file).toBe(true)
      for (const spec of specifiers(file)) {
        expect(spec, `${file} imports a Node built-in`).not.toMatch(/^node:/)
        if (spec.startsWith('.') || spec.startsWith('/')) visit(join(dirname(file), spec))
        else {
          const target = mapped(map, spec)
          expect(target, `${spec} (imported by ${file}) is not in the import map`).toBeDefined()
          visit(join(dirname(page), target as string))
        }
      }
    }
    visit(join(dirname(page), mapped(map, 'bhxh') as string))
    visit(join(dirname(page), 'main.js'))
    const files = [...seen].map((f) => f.slice(ROOT.length))
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'node_modules/decimal.js/decimal.mjs']))
    expect(files.some((f) => f.startsWith('node_modules/zod/v4/core/'))).toBe(true)
  })

  it('renders with no console error, failed request or HTTP error', async () => {
    expect(await shown('error')).toBe('')
    expect(problems).toEqual([])
  })

  it('shows each scheme as bhxh computes it in Node', async () => {
    const people = (x: Bhxh.DecimalLike) => b.formatNumber(x, { decimals: 0 })
    const percent = (x: Bhxh.DecimalLike) => b.formatPercent(x, { decimals: 2 })
    const range = (i: Bhxh.Interval, write: (x: Bhxh.Decimal) => string) =>
      write(i.lo) === write(i.hi) ? write(i.lo) : `${write(i.lo)} – ${write(i.hi)}`
    const st = data.statements
    const at = (role: string, scheme: string) => {
      const s = st.find((x) => x.role === role && x.scheme === scheme)
      if (!s) throw new Error(`no ${role} of ${scheme} in the data`)
      return b.figure(s.value as string)
    }
    const expected: Record<string, string> = {}
    for (const code of ['BHXH_BB', 'BHXH_TN', 'BHYT'] as const) {
      const p = at('participants', code)
      const g = at('growth', code)
      expected[`${code}-participants`] = `${people(p.value)} người`
      expected[`${code}-attainment`] = b.formatPercent(at('attainment', code).value)
      expected[`${code}-plan`] = `${range(b.impliedTarget(p, at('attainment', code)), people)} người`
      expected[`${code}-growth`] = b.formatPercent(g.value)
      expected[`${code}-previous`] = `${range(b.impliedPrevious(p, g), people)} người`
    }
    const tn = [at('participants', 'BHXH_TN'), at('growth', 'BHXH_TN')] as const
    expected['BHXH_TN-previous-alt'] =
      `${range(b.intervals.div(tn[0].interval, tn[1].interval), people)} người`
    const bhyt = at('participants', 'BHYT')
    expected['BHYT-coverage'] = b.formatPercent(at('coverage', 'BHYT').value)
    expected['BHYT-base'] = range(b.impliedBase(bhyt, at('coverage', 'BHYT')), people)
    expected['BHYT-coverage-census'] = range(b.coverage(bhyt, data.bases.population.value), percent)
    const bb = at('participants', 'BHXH_BB')
    const bhxh = b.intervals.add(bb.interval, tn[0].interval)
    expected['BHXH-participants'] = `${people(bb.value.plus(tn[0].value))} người`
    expected['BHXH-coverage'] = b.formatPercent(at('coverage', 'BHXH').value)
    expected['BHXH-base'] = range(b.impliedBase(bhxh, at('coverage', 'BHXH')), people)

    const actual: Record<string, string> = {}
    for (const id of Object.keys(expected)) actual[id] = await shown(id)
    expect(actual).toEqual(expected)

    // …and those are the report's figures, written the Vietnamese way (examples/reports/004_…).
    expect(actual).toMatchObject({
      'BHXH_BB-participants': '100.524 người',
      'BHXH_BB-attainment': '100,04%',
      'BHXH_BB-growth': '4,46%',
      'BHXH_TN-participants': '4.011 người',
      'BHXH_TN-attainment': '104,86%',
      'BHXH_TN-growth': '302,72%',
      'BHXH_TN-previous': '996 người',
      'BHXH_TN-previous-alt': '1.325 người',
      'BHYT-participants': '1.165.787 người',
      'BHYT-attainment': '100,15%',
      'BHYT-growth': '0,03%', // written "0.03%" in the report
      'BHYT-coverage': '90,48%',
      'BHYT-coverage-census': '90,48%',
      'BHXH-participants': '104.535 người',
      'BHXH-coverage': '13,09%',
    })
    // The relations of examples/reports/figures.json fall inside the intervals shown.
    const inside = (i: Bhxh.Interval, x: string) => expect(b.intervalContains(i, x), x).toBe(true)
    inside(b.impliedTarget(bb, at('attainment', 'BHXH_BB')), '100484')
    inside(b.impliedTarget(tn[0], at('attainment', 'BHXH_TN')), '3825')
    inside(b.impliedTarget(bhyt, at('attainment', 'BHYT')), '1164040')
    inside(b.impliedBase(bhyt, at('coverage', 'BHYT')), '1288463')
    inside(b.impliedBase(bhxh, at('coverage', 'BHXH')), '798587')
  })

  it('shows the findings of checkReport', async () => {
    const { findings } = b.checkReport({ statements: data.statements, date: data.date, bases: data.bases })
    expect(findings.map((f) => [f.relation, f.severity])).toEqual([
      ['growth-reading', 'ambiguous'],
      ['implied-base', 'ok'],
    ])
    expect(await shown('findings-count')).toBe(String(findings.length))
    const labels = { ambiguous: 'có hai cách hiểu', ok: 'khớp' } as Record<string, string>
    for (const [i, f] of findings.entries()) {
      expect(await shown(`finding-${i}-severity`)).toBe(labels[f.severity])
      expect(await shown(`finding-${i}-text`)).toBe(f.explanation.vi)
    }
    expect(await shown('finding-0-text')).toContain('nếu là tăng thêm thì trước đó 996')
    expect(await shown('finding-1-text')).toContain('so với 1.288.463')
  })

  it('draws the growth chart from the implied earlier values', async () => {
    expect(await tab.locator('#chart svg rect.bar').count()).toBe(7)
    for (const { scheme, current, growth, approx } of data.series.schemes) {
      const p = b.figure(data.statements[current]?.value as string)
      const g = b.figure(data.statements[growth]?.value as string)
      const mid = (i: Bhxh.Interval) => b.formatNumber(i.lo.plus(i.hi).div(2), { decimals: 0 })
      const before = [b.impliedPrevious(p, g)]
      if (approx.length > 1) before.push(b.intervals.div(p.interval, g.interval))
      expect(await shown(`chart-${scheme}-current`)).toBe(b.formatNumber(p.value))
      expect(await shown(`chart-${scheme}-growth`)).toBe(`tăng ${b.formatPercent(g.value)}`)
      expect(await shown(`chart-${scheme}-previous`)).toBe(mid(before[0] as Bhxh.Interval))
      if (before[1]) expect(await shown(`chart-${scheme}-previous-alt`)).toBe(mid(before[1]))
      // the values the data file's comment gives (from figures.json) are the ones drawn
      expect(before.map(mid)).toEqual(approx)
    }
  })

  it('saves a screenshot', async () => {
    await tab.screenshot({ path: screenshot, fullPage: true })
    expect(statSync(screenshot).size).toBeGreaterThan(10_000)
  })
})
