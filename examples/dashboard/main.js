// The dashboard: one province's figures as its report wrote them (data/ben-tre-2019.json), worked
// out by bhxh in the browser. Plain ESM; the import map in index.html points `bhxh` at the built
// package (dist/index.js) and its two dependencies at their ESM files. No Node built-ins.
import {
  checkReport,
  coverage,
  Decimal,
  figure,
  formatNumber,
  formatPercent,
  formatPeriod,
  impliedBase,
  impliedPrevious,
  impliedTarget,
  intervals,
  period,
  result,
  SCHEMES,
} from 'bhxh'

const SEVERITY = {
  ok: 'khớp',
  rounding: 'khớp nếu làm tròn thô hơn',
  stretch: 'chỉ khớp khi kéo giãn',
  conflict: 'mâu thuẫn',
  ambiguous: 'có hai cách hiểu',
}

const RELATION = {
  'implied-plan': 'Kế hoạch suy ra',
  'implied-previous': 'Số kỳ trước suy ra',
  'multiple-bound': 'Số lần so với kỳ trước',
  'implied-base': 'Cơ số suy ra từ tỷ lệ bao phủ',
  'shared-base': 'Cơ số chung của hai chế độ',
  'parts-total': 'Các phần và tổng',
  'rate-change': 'Thay đổi của một tỷ lệ',
  'growth-reading': 'Cách đọc mức tăng',
  'target-growth': 'Chỉ tiêu mức và chỉ tiêu tăng',
  trend: 'Xu hướng',
  'arrears-summary': 'Nợ đóng theo nhóm',
  'arrears-total': 'Tổng nợ đóng',
  'arrears-share': 'Số phải thu suy ra từ tỷ lệ nợ',
  'arrears-average': 'Nợ bình quân mỗi đơn vị',
}

/** People, the Vietnamese way: 100.524. */
const people = (x) => formatNumber(x, { decimals: 0 })
/** A percentage with two decimals: 90,48%. */
const percent = (x) => formatPercent(x, { decimals: 2 })
/** An interval, as one value when both ends write the same. */
const range = (i, write) => {
  const lo = write(i.lo)
  const hi = write(i.hi)
  return lo === hi ? lo : `${lo} – ${hi}`
}
const middle = (i) => i.lo.plus(i.hi).div(2)

/** An HTML element with attributes and children (text or nodes). */
function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  e.append(...children)
  return e
}

/** An SVG element with attributes and children. */
function s(tag, attrs = {}, ...children) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v))
  e.append(...children)
  return e
}

/** A value worked out by bhxh, marked for the end-to-end test. */
const value = (id, text) => h('span', { 'data-testid': id, class: 'value' }, text)

async function main() {
  const data = await (await fetch(new URL('./data/ben-tre-2019.json', import.meta.url))).json()
  const st = data.statements
  const asOf = period(st[0].period)
  // findings check something the report states; notes only say what the figures imply (none here)
  const { findings, notes } = checkReport({ statements: st, date: data.date, bases: data.bases })
  const figures = st.map((x) => figure(x.value))
  const results = st.map((x, i) =>
    x.role === 'participants'
      ? result({ scheme: x.scheme, metric: 'participants', period: x.period, value: figures[i] })
      : null,
  )
  const find = (role, scheme) => st.findIndex((x) => x.role === role && x.scheme === scheme)
  const written = (i) => h('span', { class: 'written' }, `«${st[i].value}»`)
  const note = (i) => (data.notes?.[st[i].value] ? h('div', { class: 'note' }, data.notes[st[i].value]) : '')
  const row = (label, i, id, text, extra = '') =>
    h(
      'tr',
      {},
      h('th', {}, label),
      h('td', {}, i === null ? '' : written(i)),
      h('td', {}, value(id, text), extra),
    )

  document.title = `BHXH, BHYT tỉnh ${data.region}, ${formatPeriod(asOf)}`
  document.querySelector('#title').textContent = `BHXH, BHYT tỉnh ${data.region} — ${formatPeriod(asOf)}`
  document.querySelector('#source').textContent = `Nguồn: ${data.source}.`

  const tables = document.querySelector('#schemes')
  const ambiguousGrowth = new Map(
    findings
      .filter((f) => f.relation === 'growth-reading')
      .map((f) => [f.figures.at(-1)?.raw, f.readings.map((r) => r.implied)]),
  )
  for (const code of ['BHXH_BB', 'BHXH_TN', 'BHYT']) {
    const p = find('participants', code)
    const a = find('attainment', code)
    const g = find('growth', code)
    const c = find('coverage', code)
    const r = results[p]
    const rows = [
      row(
        `Số người tham gia (${formatPeriod(r.period)})`,
        p,
        `${code}-participants`,
        `${people(r.value.value)} người`,
      ),
      row('Đạt so với kế hoạch được giao', a, `${code}-attainment`, formatPercent(figures[a].value)),
      row(
        'Kế hoạch được giao (suy ra: số người ÷ tỷ lệ đạt)',
        null,
        `${code}-plan`,
        `${range(impliedTarget(r, figures[a]), people)} người`,
      ),
      row(`Tăng so với ${st[g].against}`, g, `${code}-growth`, formatPercent(figures[g].value), note(g)),
    ]
    const readings = ambiguousGrowth.get(st[g].value)
    if (readings) {
      rows.push(
        row(
          `Số người ${st[g].against} nếu là «tăng thêm»`,
          null,
          `${code}-previous`,
          `${range(impliedPrevious(r, figures[g]), people)} người`,
        ),
        row(
          `Số người ${st[g].against} nếu là «bằng … so với»`,
          null,
          `${code}-previous-alt`,
          `${range(intervals.div(r.value.interval, figures[g].interval), people)} người`,
        ),
      )
    } else {
      rows.push(
        row(
          `Số người ${st[g].against} (suy ra: số người ÷ (1 + mức tăng))`,
          null,
          `${code}-previous`,
          `${range(impliedPrevious(r, figures[g]), people)} người`,
        ),
      )
    }
    if (c >= 0) {
      const base = data.bases.population
      rows.push(
        row('Tỷ lệ bao phủ (so với dân số)', c, `${code}-coverage`, formatPercent(figures[c].value)),
        row(
          'Dân số suy ra (số người ÷ tỷ lệ bao phủ)',
          null,
          `${code}-base`,
          range(impliedBase(r, figures[c]), people),
        ),
        row(
          `Tỷ lệ bao phủ tính lại với dân số ${people(base.value)} (${base.source})`,
          null,
          `${code}-coverage-census`,
          range(coverage(r, base.value), percent),
        ),
      )
    } else {
      rows.push(
        h(
          'tr',
          {},
          h('th', {}, 'Tỷ lệ bao phủ'),
          h('td', {}, ''),
          h('td', {}, 'bài viết chỉ nêu cho BHXH nói chung (bắt buộc và tự nguyện), xem bảng BHXH'),
        ),
      )
    }
    tables.append(table(SCHEMES[code].short, rows))
  }
  // BHXH as a whole: compulsory and voluntary together, the base of the report's 13,09%.
  const c = find('coverage', 'BHXH')
  const members = SCHEMES.BHXH.members.map((m) => results[find('participants', m)].value)
  const total = members.map((m) => m.interval).reduce(intervals.add)
  tables.append(
    table(`${SCHEMES.BHXH.short} (bắt buộc và tự nguyện)`, [
      row(
        `Số người tham gia (${formatPeriod(asOf)}, cộng hai chế độ)`,
        null,
        'BHXH-participants',
        `${people(members.reduce((sum, m) => sum.plus(m.value), new Decimal(0)))} người`,
      ),
      row('Tỷ lệ bao phủ (so với lực lượng lao động)', c, 'BHXH-coverage', formatPercent(figures[c].value)),
      row(
        'Lực lượng lao động suy ra (số người ÷ tỷ lệ bao phủ)',
        null,
        'BHXH-base',
        range(impliedBase(total, figures[c]), people),
      ),
    ]),
  )

  const list = document.querySelector('#findings')
  list.append(
    h('p', {}, 'Số phát hiện: ', value('findings-count', formatNumber(findings.length))),
    ...findings.map((f, i) =>
      h(
        'article',
        { class: `finding ${f.severity}` },
        h(
          'h3',
          {},
          `${RELATION[f.relation] ?? f.relation}: `,
          value(`finding-${i}-severity`, SEVERITY[f.severity]),
        ),
        h('p', { 'data-testid': `finding-${i}-text` }, f.explanation.vi),
      ),
    ),
    // not counted above: a note confirms nothing (nothing stated to compare it with)
    ...(notes.length === 0
      ? []
      : [
          h('h3', {}, 'Ghi chú (không có số liệu nào để đối chiếu)'),
          h(
            'ul',
            {},
            ...notes.map((n) => h('li', {}, `${RELATION[n.relation] ?? n.relation}: ${n.explanation.vi}`)),
          ),
        ]),
  )

  document.querySelector('#chart').append(chart(data.series, st, figures, results, ambiguousGrowth))
  document.body.dataset.ready = 'true'
}

function table(caption, rows) {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, 'Chỉ tiêu'), h('th', {}, 'Bài viết ghi'), h('th', {}, 'bhxh tính')),
    ),
    h('tbody', {}, ...rows),
  )
}

/** Small multiples: for each scheme, the earlier year (implied) and the reported year, each on its own scale. */
function chart(series, st, figures, results, ambiguousGrowth) {
  const from = String(period(series.from).year)
  const to = period(series.to).date.slice(0, 4)
  const W = 240
  const H = 300
  const top = 64
  const bottom = 40
  const svg = s('svg', {
    viewBox: `0 0 ${W * series.schemes.length} ${H}`,
    role: 'img',
    'aria-label': `Số người tham gia, ${series.from} và ${series.to}`,
  })
  series.schemes.forEach((item, k) => {
    const r = results[item.current]
    const g = figures[item.growth]
    const before = [impliedPrevious(r, g)]
    if (ambiguousGrowth.has(st[item.growth].value)) before.push(intervals.div(r.value.interval, g.interval))
    const bars = [
      ...before.map((iv, j) => ({
        label: j === 0 ? from : `${from} (bằng)`,
        iv,
        id: `chart-${item.scheme}-previous${j === 0 ? '' : '-alt'}`,
        cls: 'implied',
      })),
      { label: to, iv: r.value.interval, id: `chart-${item.scheme}-current`, cls: 'reported' },
    ]
    const max = Decimal.max(...bars.map((b) => b.iv.hi)).times(1.15)
    const x0 = k * W
    const bw = 44
    const gap = (W - bars.length * bw) / (bars.length + 1)
    const y = (v) => H - bottom - (H - top - bottom) * new Decimal(v).div(max).toNumber()
    const g0 = s(
      'g',
      {},
      s(
        'text',
        { x: x0 + W / 2, y: 20, class: 'panel-title', 'text-anchor': 'middle' },
        SCHEMES[item.scheme].short,
      ),
      s(
        'text',
        {
          x: x0 + W / 2,
          y: 40,
          class: 'panel-growth',
          'text-anchor': 'middle',
          'data-testid': `chart-${item.scheme}-growth`,
        },
        `tăng ${formatPercent(g.value)}`,
      ),
      s('line', { x1: x0 + 10, x2: x0 + W - 10, y1: H - bottom, y2: H - bottom, class: 'axis' }),
    )
    bars.forEach((b, j) => {
      const x = x0 + gap + j * (bw + gap)
      const mid = middle(b.iv)
      const yt = y(mid)
      g0.append(
        s('rect', { x, y: yt, width: bw, height: H - bottom - yt, class: `bar ${b.cls}` }),
        s(
          'text',
          { x: x + bw / 2, y: yt - 6, 'text-anchor': 'middle', class: 'bar-value', 'data-testid': b.id },
          people(mid),
        ),
        s(
          'text',
          { x: x + bw / 2, y: H - bottom + 16, 'text-anchor': 'middle', class: 'bar-label' },
          b.label,
        ),
      )
    })
    svg.append(g0)
  })
  return svg
}

main().catch((e) => {
  console.error(e)
  document.querySelector('#error').textContent = `Lỗi: ${e?.message ?? e}`
})
