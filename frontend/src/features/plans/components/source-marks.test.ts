import { describe, expect, it } from 'vitest'
import { confidenceLevel, dropTier, idToKey, keyOrder, segmentConfidence, segments } from './source-marks'

describe('source marks', () => {
  it('grades confidence, a missing one as low', () => {
    expect(confidenceLevel(0.9)).toBe('high')
    expect(confidenceLevel(0.8)).toBe('high')
    expect(confidenceLevel(0.6)).toBe('medium')
    expect(confidenceLevel(0.4)).toBe('low')
    expect(confidenceLevel(undefined)).toBe('low')
  })

  it('maps antd field ids back to span keys', () => {
    expect(idToKey('tiers_0_deadline')).toBe('tiers[0].deadline')
    expect(idToKey('tiers_12_durationDays')).toBe('tiers[12].durationDays')
    expect(idToKey('number')).toBe('number')
    expect(idToKey('rc_select_3')).toBeUndefined()
    expect(idToKey('')).toBeUndefined()
  })

  it('orders keys as the form shows them', () => {
    const keys = ['tiers[1].name', 'tiers[0].deadline', 'title', 'number', 'tiers[0].name']
    expect(keys.sort((a, b) => keyOrder(a) - keyOrder(b))).toEqual([
      'number',
      'title',
      'tiers[0].name',
      'tiers[0].deadline',
      'tiers[1].name',
    ])
  })

  it('cuts the text at every boundary and keeps overlapping fields together', () => {
    const text = 'Các Đảng bộ: 01 buổi, trước 31/10/2020.'
    const spans = {
      'tiers[0].name': { start: 0, end: 11, confidence: 0.8 },
      'tiers[0].levelCodes': { start: 4, end: 11, confidence: 0.5 },
      'tiers[0].durationDays': { start: 13, end: 20, confidence: 0.9 },
      'tiers[0].deadline': { start: 28, end: 38, confidence: 0.9 },
      broken: { start: 50, end: 60, confidence: 1 },
    }
    const parts = segments(text, spans)
    expect(parts.map((p) => [text.slice(p.start, p.end), p.keys])).toEqual([
      ['Các ', ['tiers[0].name']],
      ['Đảng bộ', ['tiers[0].name', 'tiers[0].levelCodes']],
      [': ', []],
      ['01 buổi', ['tiers[0].durationDays']],
      [', trước ', []],
      ['31/10/2020', ['tiers[0].deadline']],
      ['.', []],
    ])
    expect(parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text)
    expect(segmentConfidence(['tiers[0].name', 'tiers[0].levelCodes'], spans)).toBe(0.5)
  })

  it('drops a removed tier and moves the later ones up', () => {
    const s = { start: 0, end: 1, confidence: 1 }
    expect(
      Object.keys(dropTier({ title: s, 'tiers[0].name': s, 'tiers[1].name': s, 'tiers[2].deadline': s }, 1)),
    ).toEqual(['title', 'tiers[0].name', 'tiers[1].deadline'])
  })
})
