import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import vi from './vi.json'
import en from './en.json'

type Tree = { [k: string]: string | Tree }
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
// i18next plural forms count as their base key
const base = (k: string) => k.replace(/_(one|other|few|many|zero|two)$/, '')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) return sources(p)
    return /\.tsx?$/.test(n) && !/\.(test|d)\.tsx?$/.test(n) ? [p] : []
  })
}

describe('locales', () => {
  it('Vietnamese and English have the same keys', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(vi as Tree).sort())
  })

  it('every literal key the code asks for exists', () => {
    const known = new Set(keys(vi as Tree).map(base))
    const missing: string[] = []
    for (const f of sources(join(process.cwd(), 'src'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
        if (!known.has(m[1])) missing.push(`${m[1]} (${f.split('/src/')[1]})`)
      }
    }
    expect(missing).toEqual([])
  })
})
