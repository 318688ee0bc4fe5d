import { describe, expect, it } from 'vitest'
import dayjs from 'dayjs'
import { planChecks } from './draft-checks'

const today = dayjs('2026-12-01')

describe('planChecks', () => {
  it('warns of deadlines already past, not of today or later', () => {
    const checks = planChecks(
      [
        { activity: 'STUDY', levelCodes: ['tinh'], deadline: '2026-11-30' },
        { activity: 'STUDY', levelCodes: ['co-so'], deadline: dayjs('2026-12-01') },
      ],
      today,
    )
    expect(checks).toEqual([{ key: 'tiers[0].deadline', kind: 'pastDeadline', tier: 0, date: '30/11/2026' }])
  })

  it('warns of tiers of one activity that reach the same level or organisation twice', () => {
    const checks = planChecks(
      [
        { activity: 'STUDY', levelCodes: ['co-so'], deadline: '2027-01-10' },
        { activity: 'PROPAGANDA', levelCodes: ['co-so'], deadline: '2027-01-10' },
        { activity: 'STUDY', levelCodes: ['chi-bo', 'co-so'], deadline: '2027-01-20' },
        { activity: 'STUDY', levelCodes: [], organizationIds: [7], deadline: '2027-01-20' },
        { activity: 'STUDY', levelCodes: [], organizationIds: [7], deadline: '2027-01-30' },
      ],
      today,
    )
    expect(checks).toEqual([
      { key: 'tiers[2].levelCodes', kind: 'overlap', tier: 2, other: 0 },
      { key: 'tiers[4].levelCodes', kind: 'overlap', tier: 4, other: 3 },
    ])
  })

  it('warns of the district level for a deadline after the 2025 reorganisation', () => {
    expect(planChecks([{ levelCodes: ['huyen'], deadline: '2025-06-30' }], dayjs('2025-01-01'))).toEqual([])
    expect(planChecks([{ levelCodes: ['huyen'], deadline: '2025-07-01' }], dayjs('2025-01-01'))).toEqual([
      { key: 'tiers[0].levelCodes', kind: 'abolishedLevel', tier: 0 },
    ])
  })
})
