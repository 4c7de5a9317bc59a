/**
 * `bhxh check` on JSON reports: statement fields and bases are validated by the library's
 * schema and reported with the file and the field (issue 13 §3d L4, L5, L9); `--labour-force`
 * is the working-age labour force base.
 */
import { describe, expect, it } from 'vitest'
import { cli, tmpFile } from './helpers'

const json = (x: unknown) => tmpFile('r.json', JSON.stringify(x))

describe('bhxh check: JSON statements and bases', () => {
  it('a bad scheme is exit 2 naming statements.0.scheme (was exit 3, a TypeError)', async () => {
    const r = await cli([
      'check',
      json({ statements: [{ role: 'revenue', value: '5 tỷ đồng', scheme: 'XX' }] }),
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^bhxh: .*r\.json: statements\.0\.scheme: Tùy chọn không hợp lệ/)
  })

  it.each([
    ['role', 'foo'],
    ['metric', 'XX'],
    ['base', 'XX'],
    ['targetOf', 'XX'],
    ['group', 'abc'],
  ])('%s %j is exit 2 naming the field (was accepted, exit 0)', async (field, value) => {
    const r = await cli(['check', json({ statements: [{ role: 'revenue', value: '5', [field]: value }] })])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`r.json: statements.0.${field}: `)
  })

  it.each([['abc'], ['0'], ['-5']])('bases.population.value %j is exit 2 naming the field', async (value) => {
    const r = await cli(['check', json({ bases: { population: { value, source: 'x' } } }), '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/r\.json: bases\.population\.value: must be a number of people/)
  })

  it('bases.population.value "1.288.463" is read as 1288463', async () => {
    const text = 'Tỷ lệ bao phủ BHYT đạt 90,48% dân số với 1.165.787 người tham gia.'
    const r = await cli([
      'check',
      json({ text, bases: { population: { value: '1.288.463', source: 'TĐT 2019' } } }),
    ])
    expect(r.code).toBe(0)
    // 1.165.787 ÷ 90,48% is [1.288.375; 1.288.519] ∋ 1.288.463
    expect(r.stdout).toContain('so với 1.288.463 (TĐT 2019): khớp')
  })

  it('the old key labourForce is exit 2; --labour-force sets the working-age-labour-force base', async () => {
    const old = await cli(['check', json({ bases: { labourForce: { value: '5', source: 'x' } } })])
    expect(old.code).toBe(2)
    expect(old.stderr).toContain('bases.labourForce')
    const text = 'Năm 2023, có 80.000 người tham gia BHTN, đạt tỷ lệ bao phủ 10% lực lượng lao động.'
    const r = await cli(['check', json({ text }), '--labour-force', '800000', '--json'])
    const findings = JSON.parse(r.stdout).findings as { relation: string; explanation: { vi: string } }[]
    const f = findings.find((x) => x.relation === 'implied-base')
    // 80.000 ÷ 10% = 800.000; "10%" is [9,5%; 10,5%] → [761.900; 842.110,5] ∋ 800.000
    expect(f?.explanation.vi).toContain('(--labour-force)')
  })
})
