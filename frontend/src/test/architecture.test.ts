// Bulletproof-react's rule, enforced without a linter: a feature never imports another feature;
// routes (src/app) compose features, and shared code lives in components/ and lib/.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

// vitest runs from the frontend folder
const src = join(process.cwd(), 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) && !n.endsWith('.d.ts') ? [p] : []
  })
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1])

describe('architecture', () => {
  it('features do not import other features', () => {
    const bad: string[] = []
    for (const feature of readdirSync(join(src, 'features'))) {
      for (const f of files(join(src, 'features', feature))) {
        for (const i of imports(f)) {
          const target = i.startsWith('@/') ? join(src, i.slice(2)) : i.startsWith('.') ? resolve(dirname(f), i) : ''
          const m = /^features[\\/]([^\\/]+)/.exec(relative(src, target))
          if (target && m && m[1] !== feature) bad.push(`${relative(src, f)} → ${i}`)
        }
      }
    }
    expect(bad).toEqual([])
  })

  it('shared code does not reach into features or the app', () => {
    const bad: string[] = []
    for (const dir of ['components', 'lib']) {
      for (const f of files(join(src, dir))) {
        for (const i of imports(f)) if (/^@\/(features|app)\//.test(i)) bad.push(`${relative(src, f)} → ${i}`)
      }
    }
    expect(bad).toEqual([])
  })

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
