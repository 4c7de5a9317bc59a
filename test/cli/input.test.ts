import { describe, expect, it } from 'vitest'
import { CONFLICT } from '../../src/cli/commands/check'
import { csvRows } from '../../src/cli/csv'
import {
  DEFAULT_MAX_INPUT,
  type Io,
  openSource,
  parseSize,
  peekLine,
  sizeText,
  splitLines,
} from '../../src/cli/io'
import { run } from '../../src/cli/run'
import { cli, tmpFile } from './helpers'

/** An io whose standard input is `n` chunks of `size` bytes of `fill`, counting the chunks read. */
function chunkedIo(n: number, size: number, fill: string, env: Record<string, string> = {}) {
  const state = { pulled: 0, stdout: '', stderr: '' }
  const io: Io = {
    stdin: function* () {
      for (let i = 0; i < n; i++) {
        state.pulled++
        yield Buffer.alloc(size, fill)
      }
    },
    stdout: (s) => {
      state.stdout += s
    },
    stderr: (s) => {
      state.stderr += s
    },
    isTTY: false,
    env,
  }
  return { io, state }
}

// The conflicting text padded to 2 KiB: 2048 bytes in all.
const padded = (): string => {
  const bytes = Buffer.byteLength(CONFLICT)
  return CONFLICT + ' '.repeat(2048 - bytes)
}

describe('the input size limit', () => {
  it('parseSize: bytes, K, M, G (powers of 1024); bad sizes are errors', () => {
    expect(parseSize('1048576', 'x')).toBe(1_048_576)
    expect(parseSize('64K', 'x')).toBe(65_536) // 64 × 1024
    expect(parseSize('256M', 'x')).toBe(268_435_456) // 256 × 1024²
    expect(parseSize('2MiB', 'x')).toBe(2_097_152)
    expect(parseSize('1g', 'x')).toBe(1_073_741_824)
    for (const bad of ['0', '-1', 'abc', '1T', '', '1.5M'])
      expect(() => parseSize(bad, '--max-input'), bad).toThrow(/--max-input: «.*» is not a valid size/)
    expect(DEFAULT_MAX_INPUT).toBe(256 * 1024 * 1024)
    expect([sizeText(1024), sizeText(256 * 1024 * 1024), sizeText(1000)]).toEqual([
      '1 KiB',
      '256 MiB',
      '1000 byte',
    ])
  })

  it('standard input over the limit: exit 2 "input too large" with the limit, never an empty read', async () => {
    const text = padded()
    expect(Buffer.byteLength(text)).toBe(2048)
    // under the limit: the conflict is found (exit 1)
    expect((await cli(['check', '-', '--max-input', '2K'], { stdin: text })).code).toBe(1)
    // one byte more than the limit allows: exit 2, nothing on stdout
    const over = await cli(['check', '-'], { stdin: `${text}x`, env: { BHXH_MAX_INPUT: '2K' } })
    expect(over.code).toBe(2)
    expect(over.stdout).toBe('')
    expect(over.stderr).toBe(
      'bhxh: «<stdin>»: đầu vào quá lớn (giới hạn 2 KiB; đổi bằng --max-input hoặc BHXH_MAX_INPUT)\n',
    )
    // --max-input wins over BHXH_MAX_INPUT
    const en = await cli(['check', '-', '--max-input', '1K', '--lang', 'en'], {
      stdin: text,
      env: { BHXH_MAX_INPUT: '1G' },
    })
    expect(en.stderr).toBe(
      'bhxh: «<stdin>»: input too large (the limit is 1 KiB; change it with --max-input or BHXH_MAX_INPUT)\n',
    )
    const badEnv = await cli(['extract', '-'], { stdin: 'x', env: { BHXH_MAX_INPUT: 'lots' } })
    expect([badEnv.code, badEnv.stderr]).toEqual([
      2,
      'bhxh: BHXH_MAX_INPUT: «lots» không phải kích thước hợp lệ (số byte, hoặc có đơn vị K, M, G: 64K, 256M, 1G)\n',
    ])
  })

  it('stops reading the standard input at the limit', async () => {
    // 100 chunks of 1 KiB against a 4 KiB limit: the fifth chunk passes it
    const { io, state } = chunkedIo(100, 1024, 'a', { BHXH_MAX_INPUT: '4K' })
    expect(await run(['extract', '-'], io)).toBe(2)
    expect(state.pulled).toBe(5)
    expect(state.stderr).toMatch(/đầu vào quá lớn \(giới hạn 4 KiB/)
    // the same for a streamed input (aging reads CSV as it comes)
    const aging = chunkedIo(100, 1024, 'a', { BHXH_MAX_INPUT: '4K' })
    expect(await run(['aging', '-', '--as-of', '2023-09-30', '--format', 'csv'], aging.io)).toBe(2)
    expect(aging.state.pulled).toBe(5)
  })

  it('a file over the limit: exit 2 with the same message, before reading it', async () => {
    const file = tmpFile('big.txt', padded())
    const r = await cli(['check', file, '--max-input', '1K', '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `bhxh: «${file}»: input too large (the limit is 1 KiB; change it with --max-input or BHXH_MAX_INPUT)\n`,
    )
    // 26 + 23 = 49 bytes
    const csv = tmpFile('d.csv', 'employer,scheme,month,due\nA,BHXH_BB,2023-01,1000\n')
    expect((await cli(['aging', csv, '--as-of', '2023-09-30', '--max-input', '48'])).stderr).toMatch(
      /đầu vào quá lớn \(giới hạn 48 byte/,
    )
    expect((await cli(['aging', csv, '--as-of', '2023-09-30', '--max-input', '49'])).code).toBe(0)
  })

  it('decodes UTF-8 strictly after the size check, across chunk boundaries', async () => {
    const io = (chunks: Uint8Array[]): Io => ({
      stdin: () => chunks,
      stdout: () => {},
      stderr: () => {},
      isTTY: false,
      env: {},
    })
    // "á" is C3 A1; split over two chunks it still decodes; a BOM is dropped
    const src = await openSource('-', io([Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xc3), Uint8Array.of(0xa1)]))
    expect(await src.text()).toBe('aá')
    const bad = await openSource('-', io([Uint8Array.of(0x61, 0xff)]))
    await expect(bad.text()).rejects.toThrow('cannot read «<stdin>»: not UTF-8 text')
    // over the limit and not UTF-8: the size is what is reported
    const both = await openSource('-', io([Uint8Array.of(0xff, 0xff, 0xff)]), 2)
    await expect(both.text()).rejects.toThrow('input too large')
  })

  it('peekLine: the first non-blank line across pieces, and all the text again', async () => {
    const r = await peekLine(['\n  \n', 'ab', 'c\r\nrest\n'])
    let all = ''
    for await (const p of r.all) all += p
    expect(r.line).toBe('abc')
    expect(all).toBe('\n  \nabc\r\nrest\n')
    expect((await peekLine(['\n', ' '])).line).toBeNull()
    expect((await peekLine(['x'])).line).toBe('x')
  })

  it('splitLines: \\n and \\r\\n, across pieces, the last line without a break', async () => {
    const out: string[] = []
    for await (const l of splitLines(['a\r', '\nb', 'c\n\nd'])) out.push(l)
    expect(out).toEqual(['a', 'bc', '', 'd'])
  })
})

describe('CSV with csv-parse', () => {
  const rows = async (text: string | string[]) => {
    const out: { line: number; cells: Record<string, string> }[] = []
    for await (const r of csvRows(Array.isArray(text) ? text : [text], 'x.csv', ['a', 'b', 'c'], ['a']))
      out.push({
        line: r.line,
        cells: Object.fromEntries([...r.cells].map(([k, c]) => [k, `${c.text}@${c.line}:${c.column}`])),
      })
    return out
  }

  it('a quoted cell may span lines; lines and columns follow (CRLF too, and split pieces)', async () => {
    // line 1 header; line 2–3 one record; line 4 blank; line 5 a record
    const text = 'a,b,c\r\n1,"3.620,4\r\ntỷ đồng",x\r\n\r\n2, "q""uote" ,\r\n'
    const expected = [
      { line: 2, cells: { a: '1@2:1', b: '3.620,4 tỷ đồng@2:3', c: 'x@3:10' } },
      { line: 5, cells: { a: '2@5:1', b: 'q"uote@5:3' } },
    ]
    expect(await rows(text)).toEqual(expected)
    // the same text cut anywhere, even between \r and \n
    expect(await rows([text.slice(0, 7), text.slice(7, 20), text.slice(20)])).toEqual(expected)
  })

  it('; separators when the header uses them, so 3.620,4 is one cell', async () => {
    expect(await rows('a;b\n3.620,4;5\n')).toEqual([{ line: 2, cells: { a: '3.620,4@2:1', b: '5@2:9' } }])
  })

  it('errors name the line and column', async () => {
    await expect(rows('a,b\n1,"open\n\n')).rejects.toThrow('x.csv:2:3: unterminated quote')
    await expect(rows('a,b\n1,"x"y\n')).rejects.toThrow(
      'x.csv:2: a closing quote must be followed by «,» or the end of the line',
    )
    await expect(rows('a,b\n1,2,3,4\n')).rejects.toThrow(
      'x.csv:2:5: the line has 4 cells, the header 2 columns',
    )
    await expect(rows('a,z\n')).rejects.toThrow('x.csv:1:3: unknown column «z»')
    await expect(rows('b\n')).rejects.toThrow('x.csv:1: the column «a» is missing')
    await expect(rows('\n \n')).rejects.toThrow('x.csv: no data (no header line)')
  })

  it('bhxh check reads a statement whose value spans two lines', async () => {
    const csv =
      'role,value,scheme,period\nrevenue,"3.620,4\ntỷ đồng",ALL,năm 2021\nrevenue,abc,ALL,năm 2021\n'
    const r = await cli(['check', tmpFile('s.csv', csv), '--lang', 'en'])
    // the second statement (line 4, column 9) is the bad one: the first was read whole
    expect(r.stderr).toMatch(/s\.csv:4:9: value: «abc» is not a figure\n$/)
    const ok = await cli(['check', tmpFile('s.csv', csv.split('\n').slice(0, 3).join('\n')), '--json'])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).figures[0].value).toBe('3620400000000')
  })
})

describe('the standard input is detected, never read as prose', () => {
  it('check: a statements CSV on stdin is read as CSV (L6): the conflict is found, exit 1', async () => {
    // 7.548 "gấp hơn hai lần" 2019 bounds 2019 below 3.774; 4.000 stated → conflict
    const csv = [
      'role,value,scheme,period,of,against',
      'participants,7.548 người,BHXH_TN,năm 2020,,',
      'growth-multiple,gấp hơn hai lần,BHXH_TN,năm 2020,0,năm 2019',
      'participants,4.000 người,BHXH_TN,năm 2019,,',
    ].join('\n')
    const file = await cli(['check', tmpFile('st.csv', csv), '--json'])
    const stdin = await cli(['check', '-', '--json'], { stdin: csv })
    expect(JSON.parse(stdin.stdout).findings).toEqual(JSON.parse(file.stdout).findings)
    expect(stdin.code).toBe(file.code)
    expect(JSON.parse(stdin.stdout).figures.map((f: { source: string }) => f.source)).toEqual([
      'statement',
      'statement',
      'statement',
    ])
    // a ;-separated header and a header with an unknown column are CSV too (the error names it)
    expect((await cli(['check', '-'], { stdin: 'role;value\nrevenue;5 tỷ đồng\n' })).code).toBe(0)
    expect((await cli(['check', '-', '--lang', 'en'], { stdin: 'role,value,x\n' })).stderr).toMatch(
      /^bhxh: <stdin>:1:12: unknown column «x»/,
    )
    // prose that starts with the words role and value is still prose
    const prose = await cli(['check', '-', '--json'], { stdin: 'role, value và 5 tỷ đồng\n' })
    expect(JSON.parse(prose.stdout).figures[0].source).toBe('text')
  })

  it('check: JSON Lines on stdin is an error that names JSON Lines, not prose', async () => {
    const jsonl = '{"role":"revenue","value":"5 tỷ đồng"}\n{"role":"revenue","value":"6 tỷ đồng"}\n'
    const r = await cli(['check', '-', '--lang', 'en'], { stdin: jsonl })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^bhxh: <stdin>:2:1: invalid JSON \(this looks like JSON Lines; bhxh check reads one JSON report \{ "statements": \[\.\.\.\] \} or a CSV of statements\)\n/,
    )
  })

  it('aging: JSON Lines on stdin is read as JSON Lines (L7); a JSON document still as JSON', async () => {
    const jsonl =
      '{"employer":"A","scheme":"BHXH_BB","month":"2023-01","due":1000}\n{"employer":"B","scheme":"BHXH_BB","month":"2023-08","due":2000}\n'
    const r = await cli(['aging', '-', '--as-of', '2023-09-30', '--json'], { stdin: jsonl })
    expect(r.stderr).toBe('')
    // 1000 + 2000 đồng overdue on 30/9/2023 (August falls due at the end of September: not yet due)
    expect(JSON.parse(r.stdout).records).toBe(2)
    const bad = await cli(['aging', '-', '--as-of', '2023-09-30', '--lang', 'en'], {
      stdin: `${jsonl}{"employer": }\n`,
    })
    expect(bad.stderr).toMatch(/^bhxh: <stdin>:3:14: invalid JSON/)
    const doc = await cli(['aging', '-', '--as-of', '2023-09-30', '--json'], {
      stdin: '{ "records": [{"employer":"A","scheme":"BHXH_BB","month":"2023-01","due":1000}] }',
    })
    expect(JSON.parse(doc.stdout).records).toBe(1)
  })
})
