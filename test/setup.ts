/**
 * Property tests explore new random inputs on every local run. Under CI (`CI` set, as
 * `.ci/run` is run) they use one fixed seed, so that a run is reproducible and the seed a
 * submission was tested with is the seed it lands with; `FC_SEED` overrides it to replay a run.
 */
import fc from 'fast-check'

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261128' : undefined)
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) })
