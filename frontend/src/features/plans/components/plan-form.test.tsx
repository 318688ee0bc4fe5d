import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import { PlanForm, toInput, toValues, type PlanValues } from './plan-form'
import type { Plan } from '@/lib/api/types'
import { department, json, mockFetch, renderWithProviders, signInAs } from '@/test/utils'
import { authStore } from '@/lib/auth'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const parent = {
  id: 1,
  number: '01-KH/TU',
  title: 'Kế hoạch học tập Nghị quyết Đại hội XXII',
  issuerOrgId: 1,
  issuerOrgName: 'Tỉnh ủy Quảng Nam',
  resolution: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII',
  issuedOn: '2020-11-01',
  purpose: null,
  requirements: null,
  materials: null,
  parentPlanId: null,
  status: 'PUBLISHED',
  version: 2,
  tiers: [
    {
      id: 11,
      name: 'Cấp huyện',
      activity: 'STUDY',
      levelCodes: ['huyen'],
      organizationIds: [],
      audience: null,
      durationDays: 1,
      presenter: null,
      format: 'IN_PERSON',
      deadline: '2020-12-10',
    },
    {
      id: 12,
      name: 'Cấp cơ sở',
      activity: 'STUDY',
      levelCodes: ['co-so', 'chi-bo'],
      organizationIds: [],
      audience: null,
      durationDays: 0.5,
      presenter: null,
      format: 'IN_PERSON',
      deadline: '2020-12-31',
    },
  ],
} as unknown as Plan

describe('plan form values', () => {
  it('round-trips a plan, with a half day edited as one buổi', () => {
    const v = toValues(parent, undefined, null)
    expect(v.tiers[1]).toMatchObject({ durationDays: 1, durationUnit: 'sessions' })
    const input = toInput(v, null)
    expect(input.tiers[1]).toMatchObject({ durationDays: 0.5, deadline: '2020-12-31', levelCodes: ['co-so', 'chi-bo'] })
    expect(input.issuedOn).toBe('2020-11-01')
  })

  it('starts a child plan from the parent tiers and knows their deadlines', () => {
    const v: PlanValues = toValues(undefined, parent, 5)
    expect(v.issuerOrgId).toBe(5)
    expect(v.tiers).toHaveLength(2)
    expect(toInput({ ...v, number: ' 05-KH/HU ' }, parent.id)).toMatchObject({ number: '05-KH/HU', parentPlanId: 1 })
  })
})

describe('PlanForm', () => {
  it('shows the parent deadlines and puts a tier deadline error on that tier', async () => {
    signInAs(department)
    const { calls } = mockFetch({
      'GET /api/v1/levels': () => [
        { code: 'huyen', name: 'Cấp huyện và tương đương', rank: 2 },
        { code: 'co-so', name: 'Cấp cơ sở', rank: 3 },
        { code: 'chi-bo', name: 'Chi bộ', rank: 4 },
      ],
      'GET /api/v1/organizations': () => ({ items: [], page: 0, size: 20, total: 0 }),
      // the server's bound for each tier, asked with the tier's targets and the issuer
      'GET /api/v1/plans/1/child-bound': (_req, url) => ({
        deadline: url.searchParams.getAll('levelCodes').includes('chi-bo') ? '2020-12-31' : '2020-12-10',
        levelCode: null,
      }),
      'POST /api/v1/plans': () =>
        json(
          {
            status: 422,
            title: 'Unprocessable Entity',
            detail: 'Hạn của đối tượng muộn hơn kế hoạch cấp trên',
            errors: [{ field: 'tiers[1].deadline', message: 'Muộn hơn hạn cấp trên 31/12/2020' }],
          },
          422,
        ),
    })
    renderWithProviders(<PlanForm parent={parent} onSaved={() => {}} onCancel={() => {}} />)
    expect(await screen.findByText(/Thời hạn theo kế hoạch cấp trên/)).toBeInTheDocument()
    expect((await screen.findAllByText('Hạn cấp trên: 31/12/2020')).length).toBeGreaterThan(0)
    expect(screen.getAllByText('Hạn cấp trên: 10/12/2020').length).toBeGreaterThan(0)
    const asked = calls
      .filter((c) => c.url.includes('/child-bound'))
      .map((c) => new URL(c.url).searchParams.get('issuerOrgId'))
    expect(asked).toContain('1')
    await userEvent.type(screen.getByLabelText('Số hiệu'), '05-KH/HU')
    await userEvent.click(screen.getByRole('button', { name: /Lưu/ }))
    expect(await screen.findByText('Muộn hơn hạn cấp trên 31/12/2020', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText('Hạn của đối tượng muộn hơn kế hoạch cấp trên')).toBeInTheDocument()
    const sent = await calls.find((c) => c.method === 'POST')!.json()
    expect(sent).toMatchObject({ number: '05-KH/HU', parentPlanId: 1, issuerOrgId: 1 })
    expect(sent.tiers).toHaveLength(2)
  })

  it('requires a number, a title and a deadline per tier', async () => {
    signInAs(department)
    const { calls } = mockFetch({
      'GET /api/v1/levels': () => [],
      'GET /api/v1/organizations': () => ({ items: [], page: 0, size: 20, total: 0 }),
    })
    renderWithProviders(<PlanForm onSaved={() => {}} onCancel={() => {}} />)
    await userEvent.click(await screen.findByRole('button', { name: /Lưu/ }))
    expect(await screen.findByText('Vui lòng nhập số hiệu')).toBeInTheDocument()
    expect(screen.getByText('Vui lòng nhập tên kế hoạch')).toBeInTheDocument()
    expect(screen.getByText('Vui lòng chọn hoàn thành trước ngày')).toBeInTheDocument()
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0))
    expect(dayjs).toBeDefined()
  })
})
