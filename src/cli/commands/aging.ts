/**
 * `bhxh aging <file | ->`: the arrears aging table of debt records.
 * @module
 */
import { type AgingRow, type AgingSummary, type AgingTable, ageArrears } from '../../arrears/aging'
import { agingBuckets } from '../../arrears/buckets'
import { AGING_PRESETS, type AgingPresetName } from '../../arrears/presets'
import type { Decimal } from '../../decimal'
import { BhxhError } from '../../errors'
import { formatNumber, formatPercent, formatVnd } from '../../number/format'
import { type Command, count, date, list, oneOf } from '../args'
import { DEBT_COLUMNS, debtError, readDebts } from '../debts'
import { at, UserError } from '../errors'
import { dec } from '../figures'
import { msg } from '../i18n'
import { openSource } from '../io'
import { table } from '../table'

/** One row of an aging table in `bhxh aging --json`: amounts as decimal strings. */
export interface AgingRowJson {
  /** The bucket's label in Vietnamese and English. */
  readonly label: { readonly vi: string; readonly en: string }
  /** Distinct employers. */
  readonly employers: number
  /** Debt records (employer × scheme × month). */
  readonly months: number
  /** The amount overdue, đồng. */
  readonly amount: string
  /** The late-payment interest, đồng. */
  readonly interest: string
  /** The share of the total overdue amount, or `null`. */
  readonly share: string | null
  /** The largest debtors (as many as `--top`). */
  readonly top: readonly {
    readonly employer: string
    readonly name: string | null
    readonly amount: string
    readonly oldest: { readonly months: number; readonly days: number }
  }[]
}

const rowJson = (r: AgingRow): AgingRowJson => ({
  label: r.label,
  employers: r.employers,
  months: r.months,
  amount: dec(r.amount),
  interest: dec(r.interest),
  share: r.share ? dec(r.share) : null,
  top: r.top.map((d) => ({
    employer: d.employer,
    name: d.name,
    amount: dec(d.amount),
    oldest: { months: d.oldest.months, days: d.oldest.days },
  })),
})

const tableJson = (t: AgingTable) => ({
  rows: t.rows.map(rowJson),
  unbucketed: rowJson(t.unbucketed),
  overdue: rowJson(t.overdue),
  notDue: { employers: t.notDue.employers, amount: dec(t.notDue.amount) },
  credit: dec(t.credit),
})

/** A summary in JSON: what `bhxh aging --json` prints. */
export const agingJson = (input: string, s: AgingSummary) => ({
  input,
  asOf: s.asOf,
  basis: s.basis,
  records: s.records,
  buckets: (s.buckets ?? []).map((b) => ({
    from: b.from,
    fromInclusive: b.fromInclusive,
    to: b.to,
    toInclusive: b.toInclusive,
    label: b.label,
  })),
  overall: tableJson(s.overall),
  schemes: Object.fromEntries(Object.entries(s.schemes).map(([k, t]) => [k, tableJson(t as AgingTable)])),
})

/** Debt records for the examples, as `printf` writes them: CSV, then JSON Lines. */
const DEBTS =
  'employer,name,scheme,month,due\\nA1,Công ty A,BHXH_BB,2023-01,42.500.000\\nB2,Công ty B,BHXH_BB,2023-08,10.000.000\\n'
const DEBTS_JSONL =
  '{"employer":"A1","scheme":"BHXH_BB","month":"2023-01","due":42500000}\\n{"employer":"B2","scheme":"BHXH_BB","month":"2023-08","due":10000000}\\n'

/** The scale of a money column: tỷ from 10⁹ on, triệu from 10⁶, else đồng. */
const scaleFor = (max: Decimal): 'tỷ' | 'triệu' | 'đồng' =>
  max.gte(1e9) ? 'tỷ' : max.gte(1e6) ? 'triệu' : 'đồng'

/**
 * `bhxh aging`: `ageArrears` over CSV (streamed), JSON Lines or JSON debt records; the aging
 * table with employers, amount and share per bucket.
 */
export const agingCommand: Command = {
  name: 'aging',
  synopsis: msg(
    '<tệp | -> --as-of YYYY-MM-DD [--buckets sixMonths | --bucket <khoảng> …] [--basis employer|month] [--top N]',
    '<file | -> --as-of YYYY-MM-DD [--buckets sixMonths | --bucket <range> …] [--basis employer|month] [--top N]',
  ),
  summary: msg(
    'Bảng tuổi nợ BHXH: số đơn vị, số tiền, tỷ trọng theo từng nhóm tuổi nợ.',
    'The arrears aging table: employers, amount and share per age bucket.',
  ),
  details: msg(
    [
      `Đầu vào: CSV (có dòng tiêu đề; cột ${DEBT_COLUMNS.join(',')}; name, paid, interest không bắt buộc;`,
      'số tiền là số nguyên đồng, có thể viết 42.500.000), JSON Lines (.jsonl), hoặc mảng JSON các bản ghi.',
      'CSV và JSON Lines được đọc từng dòng, nên tệp lớn không tốn bộ nhớ.',
      '--json in { "input", "asOf", "basis", "records", "buckets", "overall", "schemes" } (xem docs/cli.md trong gói bhxh).',
    ].join('\n'),
    [
      `Input: CSV (with a header line; columns ${DEBT_COLUMNS.join(',')}; name, paid, interest optional;`,
      'amounts are whole dong (VND), «42.500.000» allowed), JSON Lines (.jsonl), or a JSON array of records.',
      'CSV and JSON Lines are read line by line, so large files take constant memory.',
      '--json prints { "input", "asOf", "basis", "records", "buckets", "overall", "schemes" } (see docs/cli.md in the bhxh package).',
    ].join('\n'),
  ),
  options: [
    {
      name: 'as-of',
      type: 'string',
      value: 'YYYY-MM-DD',
      help: msg('ngày tính tuổi nợ (bắt buộc)', 'the date debts are aged to (required)'),
    },
    {
      name: 'buckets',
      type: 'string',
      value: 'categories|sixMonths|threeMonths',
      help: msg(
        'bộ nhóm tuổi nợ có sẵn (mặc định categories)',
        'a preset set of buckets (default categories)',
      ),
    },
    {
      name: 'bucket',
      type: 'string',
      multiple: true,
      value: msg('<khoảng>', '<range>'),
      help: msg('một nhóm tuổi nợ, ví dụ «trên 6 tháng»', 'one bucket, e.g. «trên 6 tháng»'),
    },
    {
      name: 'basis',
      type: 'string',
      value: 'employer|month',
      help: msg(
        'đếm mỗi đơn vị một lần theo tháng nợ cũ nhất (employer, mặc định) hay theo từng tháng (month)',
        'count each employer once by its oldest month (employer, default) or per month (month)',
      ),
    },
    {
      name: 'top',
      type: 'string',
      value: 'N',
      help: msg('liệt kê N đơn vị nợ nhiều nhất mỗi nhóm', 'list the N largest debtors of each bucket'),
    },
    {
      name: 'format',
      type: 'string',
      value: 'csv|json|jsonl',
      help: msg(
        'cách đọc đầu vào (mặc định: theo đuôi tệp)',
        'how to read the input (default: by extension)',
      ),
    },
  ],
  positionals: {
    min: 1,
    max: 1,
    name: msg('tệp (hoặc - cho đầu vào chuẩn)', 'a file (or - for the standard input)'),
  },
  examples: [
    {
      cmd: `printf '${DEBTS}' | bhxh aging - --as-of 2023-09-30 --buckets sixMonths`,
      out: 'tổng số quá hạn                   2  52,5 triệu đồng',
    },
    {
      cmd: `printf '${DEBTS}' | bhxh aging - --as-of 2023-09-30 --bucket "trên 6 tháng" --top 3`,
      out: 'Công ty A',
    },
    {
      cmd: `printf '${DEBTS_JSONL}' | bhxh aging - --as-of 2023-09-30 --json`,
      out: '"records": 2',
    },
  ],
  async run(ctx, values, positionals) {
    const asOf = date(values, 'as-of')
    if (asOf === undefined)
      throw new UserError(
        msg(
          'thiếu --as-of YYYY-MM-DD (ngày tính tuổi nợ)',
          'missing --as-of YYYY-MM-DD (the date debts are aged to)',
        ),
      )
    const preset = oneOf(values, 'buckets', Object.keys(AGING_PRESETS) as AgingPresetName[])
    const phrases = list(values, 'bucket')
    if (preset !== undefined && phrases.length > 0)
      throw new UserError(
        msg('dùng --buckets hoặc --bucket, không dùng cả hai', 'use --buckets or --bucket, not both'),
      )
    const buckets = phrases.length > 0 ? phrases : AGING_PRESETS[preset ?? 'categories'].buckets
    try {
      agingBuckets(buckets)
    } catch (e) {
      if (e instanceof BhxhError) {
        const i = e.path[1]
        const which = typeof i === 'number' && phrases.length > 0 ? `--bucket «${phrases[i]}»` : '--bucket'
        throw new UserError(at(which, e.detail ?? e.messages))
      }
      throw e
    }
    const basis = oneOf(values, 'basis', ['employer', 'month'] as const) ?? 'employer'
    const top = count(values, 'top', 1000) ?? 0
    const format = oneOf(values, 'format', ['csv', 'json', 'jsonl'] as const)
    const source = await openSource(positionals[0] as string, ctx.io, ctx.maxInput)
    const stream = await readDebts(source, format)
    let summary: AgingSummary
    try {
      summary = await ageArrears(stream.records, { asOf, buckets, basis, top })
    } catch (e) {
      throw debtError(e, stream)
    }
    if (ctx.json) {
      ctx.out(JSON.stringify(agingJson(source.name, summary), null, 2))
      return 0
    }
    const { c, t, lang } = ctx
    const o = summary.overall
    const scale = scaleFor(o.overdue.amount)
    const money = (x: Decimal) => formatVnd(x, { scale, decimals: scale === 'đồng' ? 0 : 1 })
    const rows = [...o.rows, ...(o.unbucketed.months > 0 ? [o.unbucketed] : []), o.overdue]
    ctx.out(
      ...table(
        [
          { header: t(msg('tuổi nợ', 'overdue')) },
          { header: t(msg('đơn vị', 'employers')), align: 'right' },
          { header: t(msg('số tiền', 'amount')), align: 'right' },
          { header: t(msg('tỷ trọng', 'share')), align: 'right' },
        ],
        rows.map((r) => [
          r.label[lang],
          formatNumber(r.employers),
          money(r.amount),
          r.share === null ? '—' : formatPercent(r.share, { decimals: 1 }),
        ]),
        { style: c.bold, rowStyle: (i, line) => (i === rows.length - 1 ? c.bold(line) : line) },
      ),
    )
    ctx.out(
      '',
      c.dim(
        t(
          msg(
            `${summary.records} bản ghi; ngày ${asOf}; chưa đến hạn: ${formatNumber(o.notDue.employers)} đơn vị, ${formatVnd(o.notDue.amount, { scale: 'auto', maxDecimals: 1 })}`,
            `${summary.records} records; as of ${asOf}; not yet due: ${formatNumber(o.notDue.employers)} employers, ${formatVnd(o.notDue.amount, { scale: 'auto', maxDecimals: 1 })}`,
          ),
        ),
      ),
    )
    if (top > 0)
      for (const r of o.rows) {
        if (r.top.length === 0) continue
        ctx.out('', c.bold(t(msg(`Nợ nhiều nhất, ${r.label.vi}:`, `Largest debtors, ${r.label.en}:`))))
        ctx.out(
          ...table(
            [
              { header: t(msg('mã đơn vị', 'unit code')) },
              { header: t(msg('tên', 'name')) },
              { header: t(msg('số tiền', 'amount')), align: 'right' },
              { header: t(msg('nợ lâu nhất', 'oldest')), align: 'right' },
            ],
            r.top.map((d) => [
              d.employer,
              d.name ?? '',
              formatVnd(d.amount, { scale: 'auto', maxDecimals: 1 }),
              t(
                msg(
                  `${d.oldest.months} tháng ${d.oldest.days} ngày`,
                  `${d.oldest.months} mo ${d.oldest.days} d`,
                ),
              ),
            ]),
            { indent: '  ' },
          ),
        )
      }
    return 0
  },
}
