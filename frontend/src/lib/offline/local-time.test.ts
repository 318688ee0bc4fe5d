import { describe, expect, it } from 'vitest'
import { formatShortDateTime, fromLocalInput, toLocalInput } from '../format'

describe('times typed on the phone and the age of kept data, in Hồ Chí Minh City', () => {
  it('reads a native date-time input as Vietnamese time and shows an instant back in it', () => {
    expect(fromLocalInput('2026-12-05T07:30')).toBe('2026-12-05T07:30:00+07:00')
    expect(fromLocalInput('')).toBeUndefined()
    expect(fromLocalInput('05/12/2026 07:30')).toBeUndefined()
    expect(toLocalInput('2026-12-05T00:30:00Z')).toBe('2026-12-05T07:30')
    expect(toLocalInput('2026-12-04T17:00:00Z')).toBe('2026-12-05T00:00')
    expect(toLocalInput(fromLocalInput('2026-12-31T23:59'))).toBe('2026-12-31T23:59')
    expect(toLocalInput(null)).toBe('')
  })

  it('says when kept data was fetched as hh:mm dd/MM', () => {
    expect(formatShortDateTime(Date.parse('2026-12-01T03:05:00Z'))).toBe('10:05 01/12')
    expect(formatShortDateTime(0)).toBe('—')
  })
})
