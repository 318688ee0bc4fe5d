import { describe, expect, it } from 'vitest'
import {
  daysBetween,
  daysLate,
  formatCountRate,
  formatDate,
  formatDateTime,
  formatDaysLeft,
  formatDuration,
  formatPercent,
  joinDuration,
  splitDuration,
  todayIso,
} from './format'

const t = (key: string, o?: Record<string, unknown>) => `${key}:${o?.count ?? ''}:${o?.n ?? ''}`

describe('dates', () => {
  it('shows a date as dd/MM/yyyy without shifting it', () => {
    expect(formatDate('2020-12-10')).toBe('10/12/2020')
    expect(formatDate('2020-01-01')).toBe('01/01/2020')
  })
  it('shows an instant as its local date in Hồ Chí Minh City', () => {
    // 17:30 UTC on the 31st is 00:30 on 1 January in UTC+7
    expect(formatDate('2020-12-31T17:30:00Z')).toBe('01/01/2021')
    expect(formatDateTime('2020-12-31T17:30:00Z')).toBe('00:30 01/01/2021')
    expect(formatDateTime('2020-12-10T08:05:00+07:00')).toBe('08:05 10/12/2020')
  })
  it('never shows undefined, NaN or an ISO string', () => {
    for (const v of [null, undefined, '', 'not a date']) {
      expect(formatDate(v)).toBe('—')
      expect(formatDateTime(v)).toBe('—')
    }
  })
  it('knows today in Hồ Chí Minh City', () => {
    expect(todayIso(new Date('2020-12-31T16:59:59Z'))).toBe('2020-12-31')
    expect(todayIso(new Date('2020-12-31T17:00:00Z'))).toBe('2021-01-01')
  })
  it('counts days between dates and days late', () => {
    expect(daysBetween('2020-12-10', '2020-12-13')).toBe(3)
    expect(daysBetween('2020-12-31', '2021-01-01')).toBe(1)
    expect(daysBetween('2021-03-27', '2021-03-29')).toBe(2)
    expect(daysLate('2020-12-10', '2020-12-13')).toBe(3)
    expect(daysLate('2020-12-10', '2020-12-10')).toBe(0)
    expect(daysLate('2020-12-10', '2020-12-01')).toBe(0)
  })
})

describe('rates', () => {
  it('shows a fraction as a percentage with a decimal comma in Vietnamese', () => {
    expect(formatPercent(0.6)).toBe('60,0%')
    expect(formatPercent(2 / 3)).toBe('66,7%')
    expect(formatPercent(1)).toBe('100,0%')
    expect(formatPercent(0)).toBe('0,0%')
    expect(formatPercent(0.6, 'en')).toBe('60.0%')
  })
  it('shows a missing rate as a dash', () => {
    expect(formatPercent(null)).toBe('—')
    expect(formatPercent(undefined)).toBe('—')
    expect(formatPercent(Number.NaN)).toBe('—')
  })
  it('puts the count beside the rate', () => {
    expect(formatCountRate(12, 20, 0.6)).toBe('12/20 · 60,0%')
    expect(formatCountRate(0, 0, null)).toBe('0/0 · —')
    expect(formatCountRate(undefined, undefined, undefined)).toBe('0/0 · —')
  })
})

describe('durations', () => {
  it('treats half days as buổi', () => {
    expect(splitDuration(0.5)).toEqual({ amount: 1, unit: 'sessions' })
    expect(splitDuration(1)).toEqual({ amount: 1, unit: 'days' })
    expect(splitDuration(1.5)).toEqual({ amount: 1.5, unit: 'days' })
    expect(splitDuration(null)).toEqual({ amount: null, unit: 'days' })
    expect(joinDuration(1, 'sessions')).toBe(0.5)
    expect(joinDuration(2, 'days')).toBe(2)
    expect(joinDuration(null, 'days')).toBeNull()
  })
  it('formats durations', () => {
    expect(formatDuration(0.5, t)).toBe('duration.sessions:1:1')
    expect(formatDuration(1.5, t)).toBe('duration.days:1.5:1,5')
    expect(formatDuration(null, t)).toBe('—')
  })
  it('formats days left', () => {
    expect(formatDaysLeft(3, t)).toBe('daysLeft.left:3:')
    expect(formatDaysLeft(0, t)).toBe('daysLeft.today::')
    expect(formatDaysLeft(-2, t)).toBe('daysLeft.late:2:')
    expect(formatDaysLeft(undefined, t)).toBe('—')
  })
})
