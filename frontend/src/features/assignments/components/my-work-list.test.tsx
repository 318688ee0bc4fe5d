import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { MyWork } from './my-work-list'
import { authStore } from '@/lib/auth'
import { mockFetch, renderWithProviders, reporter, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const base = {
  planId: 1,
  planNumber: '01-KH/TU',
  planTitle: 'Học tập Nghị quyết',
  orgId: 30,
  orgName: 'Chi bộ KP1',
  overdue: false,
  currentReport: null,
}

describe('MyWork', () => {
  it('lists what is due by nearest deadline with days left, and shows why a report came back', async () => {
    signInAs(reporter)
    mockFetch({
      'GET /api/v1/sessions': () => ({
        items: [
          { id: 5, assignmentId: 2, startsAt: '2020-12-20T01:30:00Z', venue: 'Nhà văn hóa KP1', status: 'SCHEDULED' },
        ],
        page: 0,
        size: 200,
        total: 1,
      }),
      'GET /api/v1/organizations/30/assignments': (_r, url) => {
        expect(url.searchParams.get('open')).toBe('true')
        return {
          items: [
            {
              ...base,
              id: 2,
              tierName: 'Tuyên truyền',
              deadline: '2020-12-31',
              originalDeadline: '2020-12-31',
              daysLeft: 20,
              status: 'PENDING',
            },
            {
              ...base,
              id: 1,
              tierName: 'Chi bộ học tập',
              deadline: '2020-12-13',
              originalDeadline: '2020-12-10',
              extensionReason: 'Bão lũ',
              daysLeft: 2,
              status: 'RETURNED',
              currentReport: { id: 7, version: 1, state: 'RETURNED', reviewComment: 'Thiếu số bài thu hoạch' },
            },
          ],
          page: 0,
          size: 20,
          total: 2,
        }
      },
    })
    renderWithProviders(<MyWork orgId={30} />, { route: '/my-work' })
    const first = await screen.findByTestId('assignment-1')
    const cards = screen.getAllByTestId(/^assignment-/)
    expect(cards.map((c) => c.dataset.testid)).toEqual(['assignment-1', 'assignment-2'])
    expect(within(first).getByText('Còn 2 ngày')).toBeInTheDocument()
    expect(within(first).getByText('13/12/2020')).toBeInTheDocument()
    expect(within(first).getByText('Gia hạn từ 10/12/2020 — Bão lũ')).toBeInTheDocument()
    expect(within(first).getByTestId('returned-reason')).toHaveTextContent('Thiếu số bài thu hoạch')
    expect(within(first).getByRole('button', { name: /Nộp lại báo cáo/ })).toBeInTheDocument()
    expect(within(cards[1]).getByRole('button', { name: /Báo cáo kết quả/ })).toBeInTheDocument()
    expect(within(cards[1]).getByText('Còn 20 ngày')).toBeInTheDocument()
    expect(within(cards[1]).getByTestId('session-info')).toHaveTextContent(
      'Hội nghị: 08:30 20/12/2020 · Nhà văn hóa KP1',
    )
  })

  it('says so when nothing is due', async () => {
    signInAs(reporter)
    mockFetch({ 'GET /api/v1/organizations/30/assignments': () => ({ items: [], page: 0, size: 20, total: 0 }) })
    renderWithProviders(<MyWork orgId={30} />, { route: '/my-work' })
    expect(await screen.findByText('Không có việc nào cần làm')).toBeInTheDocument()
  })
})
