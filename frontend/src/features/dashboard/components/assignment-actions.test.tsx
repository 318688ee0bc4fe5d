import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AssignmentActions } from './assignment-actions'
import type { Assignment } from '@/lib/api/types'
import { authStore } from '@/lib/auth'
import { assignmentKeys, progressKeys } from '@/lib/api/query-keys'
import { department, json, mockFetch, renderWithProviders, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const assignment = {
  id: 9,
  planId: 1,
  planStatus: 'PUBLISHED',
  orgName: 'Thị ủy Điện Bàn',
  orgCode: 'TXU-DB',
  tierName: 'Cấp huyện',
  deadline: '2020-12-10',
  status: 'PENDING',
  overdue: true,
  version: 3,
  // what the server allows this caller (the level above), and the parent plan's bound
  canReport: false,
  canReview: false,
  canExtend: true,
  canExempt: true,
  maxDeadline: '2021-01-20',
} as Assignment

function setup(handlers: Parameters<typeof mockFetch>[0] = {}) {
  signInAs(department)
  const net = mockFetch({
    'POST /api/v1/assignments/9/exempt': (r) =>
      r.json().then((b) => ({ ...assignment, status: 'EXEMPT', exemptReason: b.reason })),
    'POST /api/v1/assignments/9/extend': (r) => r.json().then((b) => ({ ...assignment, deadline: b.deadline })),
    ...handlers,
  })
  const view = renderWithProviders(<AssignmentActions assignment={assignment} />)
  const invalidate = vi.spyOn(view.client, 'invalidateQueries')
  return { ...net, invalidate }
}

const posts = (calls: Request[]) => calls.filter((c) => c.method === 'POST')

describe('AssignmentActions', () => {
  it('exempts only with a reason, sends it with If-Match, and refreshes the figures', async () => {
    const { calls, invalidate } = setup()
    await userEvent.click(screen.getByRole('button', { name: 'Miễn Thị ủy Điện Bàn' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('10/12/2020')).toBeInTheDocument()

    await userEvent.click(within(dialog).getByRole('button', { name: 'Miễn' }))
    expect(await within(dialog).findByText('Vui lòng nhập lý do')).toBeInTheDocument()
    await userEvent.type(within(dialog).getByLabelText('Lý do'), '   ')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Miễn' }))
    await waitFor(() => expect(within(dialog).getByText('Vui lòng nhập lý do')).toBeInTheDocument())
    expect(posts(calls)).toHaveLength(0)

    await userEvent.clear(within(dialog).getByLabelText('Lý do'))
    await userEvent.type(within(dialog).getByLabelText('Lý do'), ' Chi bộ đã sáp nhập ')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Miễn' }))
    expect(await screen.findByText('Đã miễn nhiệm vụ của Thị ủy Điện Bàn')).toBeInTheDocument()
    const sent = posts(calls)[0]
    expect(sent.url).toMatch(/\/api\/v1\/assignments\/9\/exempt$/)
    expect(sent.headers.get('If-Match')).toBe('"3"')
    expect(await sent.json()).toEqual({ reason: 'Chi bộ đã sáp nhập' })
    expect(invalidate).toHaveBeenCalledWith({ queryKey: progressKeys.all })
    expect(invalidate).toHaveBeenCalledWith({ queryKey: assignmentKeys.all })
  })

  it('extends only to a date after the current deadline, with a reason', async () => {
    const { calls } = setup()
    await userEvent.click(screen.getByRole('button', { name: 'Gia hạn Thị ủy Điện Bàn' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gia hạn' }))
    expect(await within(dialog).findByText('Vui lòng chọn hạn mới')).toBeInTheDocument()
    expect(within(dialog).getByText('Vui lòng nhập lý do')).toBeInTheDocument()

    const date = within(dialog).getByLabelText('Hạn mới')
    await userEvent.click(date)
    await userEvent.type(date, '10/12/2020{Enter}')
    await userEvent.type(within(dialog).getByLabelText('Lý do'), 'Bão lũ')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gia hạn' }))
    // a day not after the current deadline cannot be chosen: the field stays empty
    await waitFor(() => expect(within(dialog).getByText('Vui lòng chọn hạn mới')).toBeInTheDocument())
    expect(within(dialog).getByText(/Sau ngày 10\/12\/2020/)).toBeInTheDocument()
    expect(within(dialog).getByText(/không muộn hơn 20\/01\/2021/)).toBeInTheDocument()
    expect(posts(calls)).toHaveLength(0)

    // nor a day after the bound the server gave (maxDeadline)
    await userEvent.clear(date)
    await userEvent.type(date, '25/01/2021{Enter}')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gia hạn' }))
    await waitFor(() => expect(within(dialog).getByText('Vui lòng chọn hạn mới')).toBeInTheDocument())
    expect(posts(calls)).toHaveLength(0)

    await userEvent.clear(date)
    await userEvent.type(date, '15/01/2021{Enter}')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gia hạn' }))
    expect(await screen.findByText('Đã gia hạn nhiệm vụ của Thị ủy Điện Bàn đến 15/01/2021')).toBeInTheDocument()
    const sent = posts(calls)[0]
    expect(sent.url).toMatch(/\/api\/v1\/assignments\/9\/extend$/)
    expect(sent.headers.get('If-Match')).toBe('"3"')
    expect(await sent.json()).toEqual({ deadline: '2021-01-15', reason: 'Bão lũ' })
  })

  it('puts the server’s deadline error on the field', async () => {
    setup({
      'POST /api/v1/assignments/9/extend': () =>
        json(
          {
            status: 422,
            title: 'Vi phạm quy tắc nghiệp vụ',
            detail: 'hạn mới phải sau hạn hiện tại 16/01/2021',
            errors: [{ field: 'deadline', message: 'hạn mới phải sau hạn hiện tại 16/01/2021' }],
          },
          422,
        ),
    })
    await userEvent.click(screen.getByRole('button', { name: 'Gia hạn Thị ủy Điện Bàn' }))
    const dialog = await screen.findByRole('dialog')
    const date = within(dialog).getByLabelText('Hạn mới')
    await userEvent.click(date)
    await userEvent.type(date, '15/01/2021{Enter}')
    await userEvent.type(within(dialog).getByLabelText('Lý do'), 'Bão lũ')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gia hạn' }))
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByText('hạn mới phải sau hạn hiện tại 16/01/2021')
          .some((e) => e.closest('.ant-form-item-explain')),
      ).toBe(true),
    )
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  it('offers only what the server allows', async () => {
    signInAs(department)
    mockFetch({})
    // the department of the organisation itself, or finished work: nothing
    renderWithProviders(<AssignmentActions assignment={{ ...assignment, canExtend: false, canExempt: false }} />)
    expect(screen.queryByRole('button', { name: /Gia hạn/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Miễn/ })).not.toBeInTheDocument()
    // a report awaiting review: extension yes, exemption no
    renderWithProviders(<AssignmentActions assignment={{ ...assignment, status: 'REPORTED', canExempt: false }} />)
    expect(screen.getByRole('button', { name: /Gia hạn/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Miễn/ })).not.toBeInTheDocument()
  })
})
