import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ChaseList } from './chase-list'
import { authStore } from '@/lib/auth'
import { department, mockFetch, renderWithProviders, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  authStore.signOut()
})

const page = {
  items: [
    {
      assignmentId: 101,
      orgId: 31,
      orgName: 'Đảng ủy phường An Mỹ',
      orgCode: 'DU-ANMY',
      tierName: 'Cấp cơ sở',
      deadline: '2020-12-31',
      daysLate: 4,
      overdue: true,
      status: 'PENDING',
      secretaryName: 'Nguyễn Văn A',
      phone: '0235 3812 345',
      email: 'vanphong@anmy.dcs.vn',
      lastReminderAt: '2021-01-03T01:30:00Z',
      lastReminderKind: 'OVERDUE',
    },
    {
      assignmentId: 102,
      orgId: 32,
      orgName: 'Đảng ủy phường An Sơn',
      tierName: 'Cấp cơ sở',
      deadline: '2021-01-06',
      daysLate: -2,
      overdue: false,
      status: 'SCHEDULED',
    },
  ],
  page: 0,
  size: 20,
  total: 2,
  overdue: 1,
  dueSoon: 1,
  dueWithinDays: 3,
}

function stub() {
  return mockFetch({
    'GET /api/v1/plans/1/late': () => page,
    'POST /api/v1/plans/1/late/remind': async (req) => {
      const body = (await req.json()) as { assignmentIds?: number[] }
      const n = body.assignmentIds?.length ?? 2
      return { reminded: n, notifications: n, emails: n, assignmentIds: body.assignmentIds ?? [101, 102] }
    },
    'GET /api/v1/plans/1/late/export': () =>
      new Response('xlsx', {
        headers: { 'Content-Disposition': 'attachment; filename="don-doc.xlsx"' },
      }),
  })
}

const remindBodies = async (calls: Request[]) =>
  Promise.all(calls.filter((c) => c.url.includes('/late/remind')).map((c) => c.clone().json()))

describe('ChaseList', () => {
  it('shows days late in red, days left in amber, and phone and e-mail as links', async () => {
    stub()
    signInAs(department)
    renderWithProviders(<ChaseList planId={1} orgId={12} />)
    const row = (await screen.findByText('Đảng ủy phường An Mỹ')).closest('tr')!
    const [late, left] = screen.getAllByTestId('days-late')
    expect(late).toHaveTextContent('Trễ 4 ngày')
    expect(late).toHaveClass('ant-typography-danger')
    expect(left).toHaveTextContent('Còn 2 ngày')
    expect(left).toHaveClass('ant-typography-warning')
    expect(within(row).getByRole('link', { name: /0235 3812 345/ })).toHaveAttribute('href', 'tel:02353812345')
    expect(within(row).getByRole('link', { name: /vanphong@anmy\.dcs\.vn/ })).toHaveAttribute(
      'href',
      'mailto:vanphong@anmy.dcs.vn',
    )
    expect(within(row).getByText('08:30 03/01/2021')).toBeInTheDocument()
    expect(within(row).getByText('31/12/2020')).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/undefined|NaN/)
  })

  it('reminds only the selected rows', async () => {
    const { calls } = stub()
    signInAs(department)
    renderWithProviders(<ChaseList planId={1} orgId={12} />)
    const row = (await screen.findByText('Đảng ủy phường An Mỹ')).closest('tr')!
    await userEvent.click(within(row).getByRole('checkbox'))
    await userEvent.click(screen.getByTestId('remind'))
    expect(await screen.findByText('Đã nhắc nhở 1 nhiệm vụ')).toBeInTheDocument()
    expect(await remindBodies(calls)).toEqual([{ assignmentIds: [101] }])
    const remind = calls.find((c) => c.url.includes('/late/remind'))!
    expect(new URL(remind.url).searchParams.get('orgId')).toBe('12')
  })

  it('reminds the whole list after a confirmation when nothing is selected', async () => {
    const { calls } = stub()
    signInAs(department)
    renderWithProviders(<ChaseList planId={1} orgId={12} />)
    await screen.findByText('Đảng ủy phường An Mỹ')
    await userEvent.click(screen.getByTestId('remind'))
    expect(await screen.findByText('Nhắc nhở cả danh sách?')).toBeInTheDocument()
    expect(await remindBodies(calls)).toEqual([])
    const confirm = screen.getAllByRole('button', { name: 'Nhắc nhở' }).find((b) => b.closest('.ant-popconfirm'))!
    await userEvent.click(confirm)
    expect(await screen.findByText('Đã nhắc nhở 2 nhiệm vụ')).toBeInTheDocument()
    expect(await remindBodies(calls)).toEqual([{}])
  })

  it('exports the list as XLSX with the bearer header', async () => {
    const { calls } = stub()
    const createObjectURL = vi.fn(() => 'blob:x')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    signInAs(department)
    renderWithProviders(<ChaseList planId={1} orgId={12} />)
    await screen.findByText('Đảng ủy phường An Mỹ')
    await userEvent.click(screen.getByTestId('export-late'))
    await waitFor(() => expect(calls.some((c) => c.url.includes('/late/export'))).toBe(true))
    await waitFor(() => expect(click).toHaveBeenCalled())
    const call = calls.find((c) => c.url.includes('/late/export'))!
    expect(new URL(call.url).searchParams.get('orgId')).toBe('12')
    expect(call.headers.get('Authorization')).toBe('Bearer test-token')
    expect(await screen.findByText(/don-doc\.xlsx/)).toBeInTheDocument()
  })

  it('offers no reminder or selection to a viewer', async () => {
    stub()
    signInAs({ ...department, roles: ['VIEWER'] })
    renderWithProviders(<ChaseList planId={1} />)
    await screen.findByText('Đảng ủy phường An Mỹ')
    expect(screen.queryByTestId('remind')).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
    expect(screen.getByTestId('export-late')).toBeInTheDocument()
  })
})
