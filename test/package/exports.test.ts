/**
 * `bhxh` re-exports `bhxh/number` and `bhxh/schema` from their modules, not through their
 * index files (an index shared by two entry points became an empty chunk of the build), so
 * this test keeps the lists in step: every value either subpath exports, `bhxh` exports too.
 */
import { describe, expect, it } from 'vitest'
import * as root from '../../src/index'
import * as number from '../../src/number/index'
import * as schema from '../../src/schema/index'

describe('the root entry point exports every value of the subpaths', () => {
  it.each([
    ['bhxh/number', number],
    ['bhxh/schema', schema],
  ])('%s', (_, sub) => {
    const missing = Object.keys(sub).filter((k) => !(k in root))
    expect(missing).toEqual([])
    for (const k of Object.keys(sub))
      expect((root as Record<string, unknown>)[k]).toBe((sub as Record<string, unknown>)[k])
  })
})
