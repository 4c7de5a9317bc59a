import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/cli/run'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the command line in-process, with a given standard input, terminal and environment. */
export async function cli(
  argv: string[],
  options: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdin: () => (options.stdin === undefined ? [] : [Buffer.from(options.stdin, 'utf8')]),
    stdout: (s) => {
      stdout += s
    },
    stderr: (s) => {
      stderr += s
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  })
  return { code, stdout, stderr }
}

export const SEEDS = 'examples/reports'
export const seed = (n: string): string =>
  `${SEEDS}/${
    {
      '000': '000_c82fc3dc9b9473b5.txt',
      '001': '001_ed8d298fa85ff344.txt',
      '002': '002_989f3db40e1bbfec.txt',
      '003': '003_4e6756726f80992d.txt',
      '004': '004_fc73d75133c0d2ca.txt',
    }[n]
  }`

/** A temporary file with the given content; returns its path. */
export function tmpFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'bhxh-cli-'))
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Debt records like examples/arrears.ts: 812 employers 1–3 months late, 156 over 6 months. */
export function debtsCsv(): string {
  const rows = ['employer,name,scheme,month,due,paid']
  const mm = (m: number) => String(m).padStart(2, '0')
  for (let i = 0; i < 812; i++)
    for (let m = 6; m <= 8; m++)
      rows.push(
        `TG${String(i).padStart(4, '0')}A,Công ty ${i},BHXH_BB,2023-${mm(m)},${10_500_000 + ((i * 7_919 + m * 104_729) % 15_000) * 1_000},${i % 4 === 0 ? 2_500_000 : 0}`,
      )
  for (let i = 0; i < 156; i++)
    for (let k = 0; k < 9; k++)
      rows.push(
        `TG${String(900 + i).padStart(4, '0')}B,"Công ty B, ${i}",BHXH_BB,${k === 0 ? '2022-12' : `2023-${mm(k)}`},${25_000_000 + ((i * 3_571 + k * 7_127) % 13_000) * 1_000},`,
      )
  return `${rows.join('\n')}\n`
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what we look for
export const ANSI = /\u001b\[/
