import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NotificationBell, notificationTarget } from './notification-bell'
import { authStore } from '@/lib/auth'
import { department, mockFetch, renderWithProviders, reporter, signInAs } from '@/test/utils'
import type { Notification } from '@/lib/api/types'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const items = [
  {
    id: 55,
    kind: 'OVERDUE',
    title: 'Quá hạn: Cấp cơ sở — 01-KH/TU',
    body: 'Chi bộ Khối phố 1 đã trễ 2 ngày so với hạn (ngày 31/12/2020).',
    planId: 5,
    assignmentId: 101,
    createdAt: '2021-01-02T00:00:00Z',
    readAt: null,
  },
  {
    id: 54,
    kind: 'DUE_SOON',
    title: 'Sắp đến hạn: Cấp cơ sở — 01-KH/TU',
    createdAt: '2020-12-29T00:00:00Z',
    readAt: '2020-12-29T02:00:00Z',
  },
]

const notice = (n: Pick<Notification, 'planId' | 'assignmentId'>) => ({ ...items[0], ...n }) as Notification

function stub() {
  let unread = 3
  return mockFetch({
    'GET /api/v1/notifications': (_r, url) =>
      url.searchParams.get('unread') === 'true'
        ? { items: items.slice(0, 1), page: 0, size: 1, total: unread, unread }
        : { items, page: 0, size: 10, total: 2, unread },
    'POST /api/v1/notifications/55/read': () => {
      unread = 2
      return { ...items[0], readAt: '2021-01-02T01:00:00Z' }
    },
  })
}

describe('NotificationBell', () => {
  it('shows the unread count, asking for one unread item', async () => {
    const { calls } = stub()
    signInAs(reporter)
    renderWithProviders(<NotificationBell />)
    expect(await screen.findByRole('button', { name: 'Thông báo, 3 chưa đọc' })).toBeInTheDocument()
    const first = new URL(calls[0].url)
    expect(first.searchParams.get('unread')).toBe('true')
    expect(first.searchParams.get('size')).toBe('1')
  })

  it('lists the latest, marks one read on click and opens its assignment', async () => {
    const { calls } = stub()
    signInAs(reporter)
    const { router } = renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByTestId('notification-bell'))
    expect(await screen.findByText('Quá hạn: Cấp cơ sở — 01-KH/TU')).toBeInTheDocument()
    expect(screen.getByText('07:00 02/01/2021')).toBeInTheDocument()
    expect(screen.getAllByTestId('notification')[0]).toHaveAttribute('data-unread', 'true')
    expect(screen.getAllByTestId('notification')[1]).toHaveAttribute('data-unread', 'false')
    await userEvent.click(screen.getByText('Quá hạn: Cấp cơ sở — 01-KH/TU'))
    await waitFor(() => expect(router.state.location.pathname).toBe('/my-work/101'))
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/notifications/55/read'))).toBe(true)
    expect(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' })).toBeInTheDocument()
  })

  it('does not mark an already read notification again', async () => {
    const { calls } = stub()
    signInAs(reporter)
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByTestId('notification-bell'))
    await userEvent.click(await screen.findByText('Sắp đến hạn: Cấp cơ sở — 01-KH/TU'))
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('sends the department to the plan’s chase list', () => {
    expect(notificationTarget(notice({ planId: 5, assignmentId: 101 }), department)).toBe('/dashboard/late?plan=5')
    expect(notificationTarget(notice({ planId: 5, assignmentId: 101 }), reporter)).toBe('/my-work/101')
    expect(notificationTarget(notice({ planId: null, assignmentId: null }), department)).toBeUndefined()
  })
})
