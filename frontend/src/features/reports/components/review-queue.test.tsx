import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReviewQueue } from './review-queue'
import { department, mockFetch, renderWithProviders, signInAs } from '@/test/utils'
import { authStore } from '@/lib/auth'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const item = {
  id: 41,
  assignmentId: 5,
  version: 1,
  heldOn: '2020-12-01',
  attendees: 18,
  expected: 20,
  absentWithReason: 2,
  writeUps: 18,
  actionProgrammeAdopted: true,
  actionProgrammeRef: '05-CTr/CB',
  propagandaForms: [],
  notes: null,
  submittedAt: '2020-12-01T03:00:00Z',
  state: 'SUBMITTED',
  orgId: 30,
  orgName: 'Chi bộ Khối phố 1',
  planId: 1,
  planTitle: 'Kế hoạch học tập Nghị quyết',
  tierName: 'Cấp cơ sở',
}

function stubs(reviews: unknown[]) {
  return mockFetch({
    'GET /api/v1/reports': (_req, url) => {
      expect(url.searchParams.get('state')).toBe('SUBMITTED')
      return { items: reviews.length ? [] : [item], page: 0, size: 20, total: reviews.length ? 0 : 1 }
    },
    'GET /api/v1/plans': () => ({ items: [], page: 0, size: 100, total: 0 }),
    'POST /api/v1/reports/41/review': async (req) => {
      reviews.push(await req.json())
      return { ...item, state: 'ACCEPTED' }
    },
  })
}

describe('ReviewQueue', () => {
  it('lists submitted reports with attendance as count and rate, and accepts one', async () => {
    signInAs(department)
    const reviews: unknown[] = []
    stubs(reviews)
    renderWithProviders(<ReviewQueue />)
    expect(await screen.findByText('Chi bộ Khối phố 1')).toBeInTheDocument()
    expect(screen.getByText('18/20 · 90,0%')).toBeInTheDocument()
    expect(screen.getByText('10:00 01/12/2020')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: /Duyệt/ }))
    await waitFor(() => expect(reviews).toEqual([{ decision: 'ACCEPT' }]))
    expect(await screen.findByText('Không còn báo cáo nào chờ duyệt')).toBeInTheDocument()
  })

  it('will not return a report without a reason', async () => {
    signInAs(department)
    const reviews: unknown[] = []
    stubs(reviews)
    renderWithProviders(<ReviewQueue />)
    await userEvent.click(await screen.findByRole('button', { name: /Trả lại/ }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: /Trả lại/ }))
    expect(await within(dialog).findByText('Vui lòng nhập lý do trả lại')).toBeInTheDocument()
    expect(reviews).toEqual([])
    await userEvent.type(within(dialog).getByLabelText('Lý do trả lại'), 'Thiếu số bài thu hoạch')
    await userEvent.click(within(dialog).getByRole('button', { name: /Trả lại/ }))
    await waitFor(() => expect(reviews).toEqual([{ decision: 'RETURN', comment: 'Thiếu số bài thu hoạch' }]))
  })
})
