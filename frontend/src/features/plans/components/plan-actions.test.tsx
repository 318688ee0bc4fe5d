import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PlanActions } from './plan-actions'
import type { Plan } from '@/lib/api/types'
import { authStore } from '@/lib/auth'
import { department, mockFetch, renderWithProviders, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const draft = {
  id: 4,
  number: '02-KH/TU',
  title: 'Kế hoạch',
  status: 'DRAFT',
  version: 3,
  tiers: [],
} as Partial<Plan> as Plan

describe('PlanActions', () => {
  it('publishes only after confirming how many assignments the dry run counted', async () => {
    signInAs(department)
    const { calls } = mockFetch({
      'POST /api/v1/plans/4/publish': (_r, url) => ({
        assignmentsCreated: 41,
        dryRun: url.searchParams.get('dryRun') === 'true',
      }),
    })
    renderWithProviders(<PlanActions plan={draft} />)
    await userEvent.click(screen.getByRole('button', { name: /Ban hành/ }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(/Ban hành sẽ giao 41 nhiệm vụ/)).toBeInTheDocument()
    expect(calls).toHaveLength(1)
    expect(new URL(calls[0].url).searchParams.get('dryRun')).toBe('true')
    expect(calls[0].headers.get('If-Match')).toBe('"3"')
    await userEvent.click(within(dialog).getByRole('button', { name: /Ban hành/ }))
    await waitFor(() => expect(calls).toHaveLength(2))
    expect(new URL(calls[1].url).searchParams.get('dryRun')).toBeNull()
    expect(await screen.findByText('Đã ban hành, giao 41 nhiệm vụ')).toBeInTheDocument()
  })

  it('offers a published plan its progress, a child plan and closing, but no editing', () => {
    signInAs(department)
    mockFetch({})
    renderWithProviders(<PlanActions plan={{ ...draft, status: 'PUBLISHED' }} />)
    expect(screen.getByRole('button', { name: /Xem tiến độ/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Kế hoạch cấp dưới/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Kết thúc/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument()
  })

  it('gives a viewer nothing to change', () => {
    signInAs({ ...department, roles: ['VIEWER'] })
    mockFetch({})
    renderWithProviders(<PlanActions plan={draft} />)
    expect(screen.queryByRole('button', { name: /Ban hành/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument()
  })
})
