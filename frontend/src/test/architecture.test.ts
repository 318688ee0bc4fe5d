// The import walls (a feature never imports another feature; components/ and lib/ import neither features nor
// the app; no cycles) are ESLint rules now: see eslint.config.js and `npm run lint`. What stays here is not
// about imports.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

// vitest runs from the frontend folder
const src = join(process.cwd(), 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) && !n.endsWith('.d.ts') ? [p] : []
  })
}

describe('architecture', () => {
  it('API types are never written by hand', () => {
    const bad = files(src)
      .filter((f) => !f.endsWith('schema.d.ts'))
      .filter((f) =>
        /export (interface|type) (Plan|Organization|Assignment|Report|Totals|Progress|User)\b\s*(=\s*\{|\{)/.test(
          readFileSync(f, 'utf8'),
        ),
      )
    expect(bad.map((f) => relative(src, f))).toEqual([])
  })
})
