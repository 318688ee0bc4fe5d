import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AttendanceChecklist } from './attendance-checklist'
import { json, mockFetch, renderWithProviders } from '@/test/utils'

afterEach(() => vi.unstubAllGlobals())

const candidate = (id: number, fullName: string, extra: Record<string, unknown> = {}) => ({
  memberId: id,
  code: `DV-${id}`,
  fullName,
  orgId: 5,
  orgName: 'Chi bộ khối phố 1',
  status: 'CHINH_THUC',
  exempt: false,
  studied: false,
  ...extra,
})

const attendance = {
  sessionId: 9,
  assignmentId: 3,
  makeUp: false,
  recorded: false,
  entries: [],
  present: 0,
  absentExcused: 0,
  absent: 0,
  canEdit: true,
  candidates: [
    candidate(1, 'Nguyễn Văn An'),
    candidate(2, 'Trần Thị Bình', { status: 'DU_BI' }),
    candidate(3, 'Lê Văn Cường'),
    candidate(4, 'Ngô Thị Mai', { exempt: true }),
  ],
}

describe('AttendanceChecklist', () => {
  it('"all present", then untick the absentees, give a reason, and send the whole list', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/sessions/9/attendance': () => attendance,
      'PUT /api/v1/sessions/9/attendance': () => ({ ...attendance, recorded: true }),
    })
    renderWithProviders(<AttendanceChecklist sessionId={9} />)
    await userEvent.click(await screen.findByTestId('all-present'))
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 3 · vắng có lý do 0 · vắng 0')
    // the exempt member is not ticked by "all present"
    expect(within(screen.getByTestId('attendee-DV-4')).getByRole('checkbox')).not.toBeChecked()
    await userEvent.click(within(screen.getByTestId('attendee-DV-2')).getByRole('checkbox'))
    await userEvent.click(within(screen.getByTestId('attendee-DV-3')).getByRole('checkbox'))
    await userEvent.click(within(screen.getByTestId('attendee-DV-2')).getByText('Có lý do'))
    await userEvent.type(screen.getByLabelText('Lý do vắng của Trần Thị Bình'), 'Đi công tác')
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 1 · vắng có lý do 1 · vắng 1')
    await userEvent.click(screen.getByTestId('save-attendance'))
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true))
    const put = calls.find((c) => c.method === 'PUT')!
    expect(await put.json()).toEqual({
      entries: [
        { memberId: 1, status: 'PRESENT' },
        { memberId: 2, status: 'ABSENT_EXCUSED', reason: 'Đi công tác' },
        { memberId: 3, status: 'ABSENT' },
      ],
    })
  })

  it('shows every refused line the server names', async () => {
    mockFetch({
      'GET /api/v1/sessions/9/attendance': () => attendance,
      'PUT /api/v1/sessions/9/attendance': () =>
        json(
          {
            status: 422,
            title: 'Vi phạm quy tắc nghiệp vụ',
            detail: '1 dòng điểm danh không hợp lệ',
            errors: [{ field: 'entries[0].memberId', message: 'đảng viên 1 không sinh hoạt trong tổ chức được giao' }],
          },
          422,
        ),
    })
    renderWithProviders(<AttendanceChecklist sessionId={9} />)
    await userEvent.click(await screen.findByTestId('all-present'))
    await userEvent.click(screen.getByTestId('save-attendance'))
    expect(await screen.findByText('đảng viên 1 không sinh hoạt trong tổ chức được giao')).toBeInTheDocument()
  })
})
