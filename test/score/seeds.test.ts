/**
 * The seeds' score (examples/reports/figures.json) as `npm run score` counts it: never below
 * today's. Raise these floors when the score rises; a drop fails `npm test`.
 */
import { describe, expect, it } from 'vitest'
import { extractSeed, SEEDS, scoreSeed } from '../extract/score'
import { partScore } from './table'

const seeds = partScore(
  'seeds',
  SEEDS.length,
  SEEDS.flatMap((seed) => scoreSeed(seed, extractSeed(seed))),
  null,
)

describe('the seeds’ score', () => {
  it('finds all 62 labelled figures with role and scheme right', () => {
    expect(seeds.figures).toBe(62)
    expect(seeds.found).toEqual([62, 62])
    expect(seeds.role).toEqual([62, 62])
    expect(seeds.scheme).toEqual([62, 62])
  })

  it('keeps period, against, metric, base and aging at least as today (2026-11-28)', () => {
    const floor = {
      period: [40, 42],
      against: [16, 16],
      metric: [26, 27],
      base: [12, 12],
      aging: [4, 4],
    } as const
    for (const [k, [right, of]] of Object.entries(floor)) {
      const [r, o] = seeds[k as keyof typeof floor]
      expect(o, k).toBe(of)
      expect(r, k).toBeGreaterThanOrEqual(right)
    }
  })
})
