/** Pure helpers that tie a parsed document's spans to the plan form's fields. */
import type { SourceSpan } from '@/lib/api/types'

export type Confidence = 'high' | 'medium' | 'low'

/** ≥ 0,8 the reader is sure; ≥ 0,6 worth a look; below, check it. A missing confidence counts as low. */
export function confidenceLevel(c: number | null | undefined): Confidence {
  if (typeof c !== 'number' || !Number.isFinite(c)) return 'low'
  return c >= 0.8 ? 'high' : c >= 0.6 ? 'medium' : 'low'
}

/** antd gives the input of field `tiers[0].deadline` the id `tiers_0_deadline`; back to the key. */
export function idToKey(id: string | undefined | null): string | undefined {
  if (!id) return undefined
  const m = /^tiers_(\d+)_([A-Za-z]+)$/.exec(id)
  if (m) return `tiers[${m[1]}].${m[2]}`
  return /^[A-Za-z]+$/.test(id) ? id : undefined
}

const TOP = ['number', 'issuedOn', 'issuerOrgId', 'title', 'resolution', 'purpose', 'requirements', 'materials']
const TIER = [
  'name',
  'activity',
  'format',
  'levelCodes',
  'organizationIds',
  'audience',
  'presenter',
  'durationDays',
  'deadline',
]

/** Orders keys as the form shows them: plan fields, then tier by tier. */
export function keyOrder(key: string): number {
  const m = /^tiers\[(\d+)\]\.(\w+)$/.exec(key)
  if (m) return 100 + Number(m[1]) * 20 + (TIER.indexOf(m[2]) + 1)
  const i = TOP.indexOf(key)
  return i < 0 ? 99 : i
}

/** The tier a key belongs to, if any. */
export const tierOf = (key: string) => {
  const m = /^tiers\[(\d+)\]\./.exec(key)
  return m ? Number(m[1]) : undefined
}

/** After tier `removed` is deleted: its spans go and the later tiers' keys move up by one. */
export function dropTier<T = SourceSpan>(spans: Record<string, T>, removed: number): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [key, span] of Object.entries(spans)) {
    const i = tierOf(key)
    if (i === undefined) out[key] = span
    else if (i > removed) out[key.replace(/^tiers\[\d+\]/, `tiers[${i - 1}]`)] = span
    else if (i < removed) out[key] = span
  }
  return out
}

/** After a tier is inserted at `at` (a split): the keys of that tier and the later ones move down by one. */
export function insertTier<T>(rec: Record<string, T>, at: number): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [key, value] of Object.entries(rec)) {
    const i = tierOf(key)
    out[i !== undefined && i >= at ? key.replace(/^tiers\[\d+\]/, `tiers[${i + 1}]`) : key] = value
  }
  return out
}

export interface Segment {
  start: number
  end: number
  /** the fields this stretch of text was read into, in form order (empty: plain text) */
  keys: string[]
}

/**
 * Cuts the text at every span boundary; each piece knows all the fields whose span covers it, so
 * overlapping spans (a tier's name and its levels read from the same words) both stay visible.
 */
export function segments(text: string, spans: Record<string, SourceSpan>): Segment[] {
  const valid = Object.entries(spans).filter(
    ([, s]) =>
      typeof s.start === 'number' &&
      typeof s.end === 'number' &&
      s.start >= 0 &&
      s.end > s.start &&
      s.start < text.length,
  ) as [string, { start: number; end: number; confidence?: number }][]
  const cuts = new Set<number>([0, text.length])
  for (const [, s] of valid) {
    cuts.add(s.start)
    cuts.add(Math.min(s.end, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]]
    const keys = valid
      .filter(([, s]) => s.start <= a && s.end >= b)
      .map(([k]) => k)
      .sort((x, y) => keyOrder(x) - keyOrder(y))
    const last = out.at(-1)
    if (last && last.keys.join() === keys.join()) last.end = b
    else out.push({ start: a, end: b, keys })
  }
  return out
}

/** The least sure of the fields read from one piece of text: that is what needs checking. */
export function segmentConfidence(keys: string[], spans: Partial<Record<string, SourceSpan>>): number | undefined {
  const cs = keys.map((k) => spans[k]?.confidence).filter((c): c is number => typeof c === 'number')
  return cs.length ? Math.min(...cs) : undefined
}
