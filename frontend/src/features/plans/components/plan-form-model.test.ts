import { describe, expect, it } from 'vitest'
import dayjs from 'dayjs'
import type { PlanDraft } from '@/lib/api/types'
import {
  checkText,
  draftToValues,
  emptyTier,
  mergeTiers,
  requiredChoiceRule,
  requiredRule,
  splitTier,
  toInput,
  type TierValues,
} from './plan-form-model'

const tier = (over: Partial<TierValues>): TierValues => ({ ...emptyTier(), ...over })
const echo = (key: string, opts?: Record<string, unknown>) => (opts ? `${key} ${JSON.stringify(opts)}` : key)

describe('merging two tiers', () => {
  it('keeps the first tier’s values, both tiers’ targets and the later deadline', () => {
    const a = tier({ name: 'Đảng bộ', levelCodes: ['co-so'], organizationIds: [1, 2], deadline: dayjs('2020-10-31') })
    const b = tier({
      name: 'Chi bộ',
      levelCodes: ['chi-bo', 'co-so'],
      organizationIds: [2, 3],
      deadline: dayjs('2020-11-15'),
    })
    const m = mergeTiers(a, b)
    expect(m.name).toBe('Đảng bộ')
    expect(m.levelCodes).toEqual(['co-so', 'chi-bo'])
    expect(m.organizationIds).toEqual([1, 2, 3])
    expect(m.deadline?.format('YYYY-MM-DD')).toBe('2020-11-15')
  })

  it('fills what the first tier left empty from the second', () => {
    const a = tier({ name: '', audience: null, presenter: 'Ban Tuyên giáo', deadline: null })
    const b = tier({ name: 'Chi bộ', audience: 'Đảng viên', presenter: 'Bí thư', deadline: dayjs('2020-12-01') })
    const m = mergeTiers(a, b)
    expect(m).toMatchObject({ name: 'Chi bộ', audience: 'Đảng viên', presenter: 'Ban Tuyên giáo' })
    expect(m.deadline?.format('YYYY-MM-DD')).toBe('2020-12-01')
  })

  it('has no deadline when neither tier has one', () => {
    expect(mergeTiers(tier({}), tier({})).deadline).toBeNull()
  })
})

describe('splitting a tier', () => {
  it('copies the tier without its targets', () => {
    const a = tier({ name: 'Đảng bộ', levelCodes: ['co-so'], organizationIds: [4], deadline: dayjs('2020-10-31') })
    const s = splitTier(a)
    expect(s).toMatchObject({ name: 'Đảng bộ', levelCodes: [], organizationIds: [] })
    expect(s.deadline).toBe(a.deadline)
    expect(a.levelCodes).toEqual(['co-so'])
  })
})

describe('a draft read from a document', () => {
  const draft = { title: 'Kế hoạch', tiers: [] } as unknown as PlanDraft

  it('takes the issuer the server found', () => {
    expect(draftToValues({ ...draft, issuerOrgId: 9, issuerName: 'Huyện ủy' }, 5).issuerOrgId).toBe(9)
  })

  it('leaves the issuer empty when the text names one the server could not find', () => {
    expect(draftToValues({ ...draft, issuerOrgId: null, issuerName: 'Huyện ủy X' }, 5).issuerOrgId).toBeNull()
  })

  it('takes the user’s organisation when the text names none', () => {
    expect(draftToValues({ ...draft, issuerOrgId: null, issuerName: null }, 5).issuerOrgId).toBe(5)
  })
})

describe('values sent to the API', () => {
  it('leaves blank texts out and sends a missing deadline as empty', () => {
    const input = toInput(
      {
        number: ' 01 ',
        title: 'Kế hoạch',
        resolution: '   ',
        purpose: ' Mục đích ',
        tiers: [tier({ name: ' Chi bộ ', audience: '', durationDays: 2, durationUnit: 'sessions' })],
      },
      undefined,
    )
    expect(input).toMatchObject({ number: '01', resolution: undefined, purpose: 'Mục đích', parentPlanId: undefined })
    expect(input.tiers[0]).toMatchObject({ name: 'Chi bộ', audience: undefined, durationDays: 1, deadline: '' })
  })
})

describe('check texts and rules', () => {
  it('words each kind of check', () => {
    expect(checkText({ key: 'tiers[0].deadline', kind: 'pastDeadline', tier: 0, date: '01/01/2020' }, echo)).toBe(
      'planImport.pastDeadline {"date":"01/01/2020"}',
    )
    expect(checkText({ key: 'tiers[2].levelCodes', kind: 'overlap', tier: 2, other: 0 }, echo)).toBe(
      'planImport.overlap {"n":1}',
    )
    expect(checkText({ key: 'tiers[1].levelCodes', kind: 'abolishedLevel', tier: 1 }, echo)).toBe(
      'planImport.abolishedLevel',
    )
  })

  it('names the field in lower case in a required rule', () => {
    const t = (key: string, opts?: Record<string, unknown>) => (opts ? `${key}:${opts.field}` : 'Số Hiệu')
    expect(requiredRule(t, 'plans.number')).toEqual({ required: true, message: 'validation.required:số hiệu' })
    expect(requiredChoiceRule(t, 'plans.number')).toEqual({
      required: true,
      message: 'validation.requiredSelect:số hiệu',
    })
  })
})
