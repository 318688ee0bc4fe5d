import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dashboard } from './dashboard'
import { authStore } from '@/lib/auth'
import { department, mockFetch, renderWithProviders, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const totals = (assignments: number, completed: number, overdue = 0) => ({
  assignments,
  pending: assignments - completed,
  scheduled: 0,
  held: 0,
  reported: completed,
  accepted: 0,
  returned: 0,
  exempt: 0,
  overdue,
  completed,
  completedOnTime: completed,
  attendees: 90 * completed,
  expected: 100 * completed,
  completionRate: assignments ? completed / assignments : null,
  onTimeRate: assignments ? completed / assignments : null,
  attendanceRate: completed ? 0.9 : null,
})

const orgs: Record<number, { id: number; code: string; name: string; parentId: number | null; levelCode: string }> = {
  1: { id: 1, code: 'TU-QNAM', name: 'Tỉnh ủy Quảng Nam', parentId: null, levelCode: 'tinh' },
  12: { id: 12, code: 'TU-TAMKY', name: 'Thành ủy Tam Kỳ', parentId: 1, levelCode: 'huyen' },
}

function stub() {
  return mockFetch({
    'GET /api/v1/plans': (_r, url) => ({
      items:
        url.searchParams.get('status') === 'PUBLISHED'
          ? [{ id: 1, number: '01-KH/TU', title: 'Học tập Nghị quyết', status: 'PUBLISHED' }]
          : [],
      page: 0,
      size: 100,
      total: 1,
    }),
    'GET /api/v1/plans/1/progress': (_r, url) => {
      const orgId = Number(url.searchParams.get('orgId') ?? 1)
      return orgId === 12
        ? { planId: 1, org: orgs[12], totals: totals(4, 1), byTier: [], children: [] }
        : {
            planId: 1,
            org: orgs[1],
            totals: totals(20, 12, 3),
            byTier: [{ tierId: 3, tierName: 'Cấp huyện', deadline: '2020-12-10', totals: totals(20, 12, 3) }],
            children: [{ org: orgs[12], totals: totals(4, 1) }],
          }
    },
    'GET /api/v1/plans/1/progress/timeline': () => ({ planId: 1, assignments: 20, deadlines: [], points: [] }),
    'GET /api/v1/plans/1/assignments': (_r, url) => {
      if (url.searchParams.get('overdue') !== 'true') {
        // the drill-down's individual assignments of the chosen subtree
        expect(url.searchParams.get('orgId')).toBe('12')
        return {
          items: [
            {
              id: 21,
              orgName: 'Đảng ủy phường An Mỹ',
              orgCode: 'DU-ANMY',
              tierName: 'Cấp cơ sở',
              deadline: '2021-01-15',
              originalDeadline: '2020-12-31',
              status: 'SCHEDULED',
              planStatus: 'PUBLISHED',
              overdue: false,
              version: 1,
              canReport: false,
              canReview: false,
              canExtend: true,
              canExempt: true,
              maxDeadline: null,
            },
          ],
          page: 0,
          size: 20,
          total: 1,
        }
      }
      return {
        items: [
          {
            id: 9,
            orgName: 'Thị ủy Điện Bàn',
            orgCode: 'TXU-DB',
            tierName: 'Cấp huyện',
            deadline: '2020-12-10',
            daysLeft: -4,
            status: 'PENDING',
            overdue: true,
            // the server says what the caller may do: the province oversees the district
            canReport: false,
            canReview: false,
            canExtend: true,
            canExempt: true,
          },
        ],
        page: 0,
        size: 20,
        total: 1,
      }
    },
    'GET /api/v1/organizations/1': () => orgs[1],
    'GET /api/v1/organizations/12': () => orgs[12],
  })
}

describe('Dashboard', () => {
  it('shows cards, the grid, the overdue list, and drills down with a breadcrumb back up', async () => {
    signInAs(department)
    stub()
    const { router } = renderWithProviders(<Dashboard />, { route: '/dashboard' })
    expect(await screen.findByTestId('card-completion-count', {}, { timeout: 5000 })).toHaveTextContent('12/20')
    expect(screen.getByTestId('card-completion-rate')).toHaveTextContent('60,0%')
    expect(screen.getByTestId('card-attendance-count')).toHaveTextContent('1080/1200')
    expect(await screen.findByText('Thị ủy Điện Bàn')).toBeInTheDocument()
    // the department may exempt or extend an overdue assignment from the list
    expect(screen.getByRole('button', { name: 'Miễn Thị ủy Điện Bàn' })).toBeInTheDocument()
    expect(screen.getByText('Trễ 4 ngày')).toBeInTheDocument()
    expect(screen.getAllByText('10/12/2020').length).toBeGreaterThan(0)

    await userEvent.click(screen.getByText('Thành ủy Tam Kỳ'))
    await waitFor(() => expect(router.state.location.search).toContain('org=12'))
    await waitFor(() => expect(screen.getByTestId('card-completion-count')).toHaveTextContent('1/4'))
    const crumbs = await screen.findByTestId('org-breadcrumb')
    await within(crumbs).findByText('Tỉnh ủy Quảng Nam')
    expect(screen.getByText('Thành ủy Tam Kỳ không có đơn vị trực thuộc.')).toBeInTheDocument()
    const list = await screen.findByTestId('subtree-assignments')
    expect(await within(list).findByText('Đảng ủy phường An Mỹ')).toBeInTheDocument()
    expect(within(list).getByText('Hạn cũ 31/12/2020')).toBeInTheDocument()
    expect(within(list).getByRole('button', { name: 'Gia hạn Đảng ủy phường An Mỹ' })).toBeInTheDocument()

    await userEvent.click(within(crumbs).getByText('Tỉnh ủy Quảng Nam'))
    await waitFor(() => expect(screen.getByTestId('card-completion-count')).toHaveTextContent('12/20'))
    expect(document.body.textContent).not.toMatch(/undefined|NaN/)
  })
})
