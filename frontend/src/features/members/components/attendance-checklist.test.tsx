import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AttendanceChecklist } from './attendance-checklist'
import { json, mockFetch, renderWithProviders, reporter, signInAs } from '@/test/utils'
import { authStore } from '@/lib/auth'
import { outbox } from '@/lib/offline'
import { idb } from '@/lib/offline/idb'

// the outbox and drafts live in (fake) IndexedDB: slower than a plain render on a loaded machine
configure({ asyncUtilTimeout: 15_000 })
beforeEach(() => signInAs(reporter))

afterEach(async () => {
  vi.unstubAllGlobals()
  for (const i of outbox.items()) await outbox.discard(i.id)
  await idb.clear('drafts')
  authStore.signOut()
})

const box = (testId: string) => within(screen.getByTestId(testId)).getByRole('checkbox')

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
    const onSaved = vi.fn()
    renderWithProviders(<AttendanceChecklist sessionId={9} onSaved={onSaved} />)
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
    expect(put.headers.get('Idempotency-Key')).toMatch(/.+/)
    expect(await put.json()).toEqual({
      entries: [
        { memberId: 1, status: 'PRESENT' },
        { memberId: 2, status: 'ABSENT_EXCUSED', reason: 'Đi công tác' },
        { memberId: 3, status: 'ABSENT' },
      ],
    })
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(await screen.findByText('Đã lưu điểm danh; hội nghị được ghi nhận đã tổ chức')).toBeInTheDocument()
    // sent: nothing left waiting, no draft left behind
    expect(outbox.items()).toEqual([])
    expect(await idb.get('drafts', '4:attendance:9')).toBeUndefined()
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
    // kept (never dropped) for correcting, with the marks as they were
    expect(screen.getByTestId('attendance-refused')).toBeInTheDocument()
    expect(box('attendee-DV-1')).toBeChecked()
    expect(outbox.items().map((i) => i.state)).toEqual(['refused'])
  })

  it('queues a list saved without a network, keeps it across a remount, and sends it once with the same key', async () => {
    let online = false
    const { calls } = mockFetch({
      'GET /api/v1/sessions/9/attendance': () => attendance,
      'PUT /api/v1/sessions/9/attendance': () => ({ ...attendance, recorded: true }),
    })
    const net = globalThis.fetch
    // the attendance list was loaded; then the signal went: every write fails like fetch does offline
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET')
      return online || method === 'GET' ? net(input, init) : Promise.reject(new TypeError('Failed to fetch'))
    })
    const onSaved = vi.fn()
    const first = renderWithProviders(<AttendanceChecklist sessionId={9} onSaved={onSaved} />)
    await userEvent.click(await screen.findByTestId('all-present'))
    await userEvent.click(box('attendee-DV-3'))
    await userEvent.click(screen.getByTestId('save-attendance'))
    expect(await screen.findByTestId('attendance-queued')).toHaveTextContent('Điểm danh đang chờ gửi')
    expect(await screen.findByText('Đã lưu trên máy: đang chờ gửi, sẽ tự gửi khi có mạng')).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
    expect(onSaved).not.toHaveBeenCalled()
    expect(outbox.items().map((i) => [i.kind, i.method, i.path, i.state])).toEqual([
      ['attendance', 'PUT', '/api/v1/sessions/9/attendance', 'pending'],
    ])
    const key = outbox.items()[0].idempotencyKey

    // the page is closed and opened again: the list is still waiting, with its marks
    first.unmount()
    renderWithProviders(<AttendanceChecklist sessionId={9} />)
    expect(await screen.findByTestId('attendance-queued')).toBeInTheDocument()
    expect(box('attendee-DV-1')).toBeChecked()
    expect(box('attendee-DV-2')).toBeChecked()
    expect(box('attendee-DV-3')).not.toBeChecked()
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 2 · vắng có lý do 0 · vắng 1')

    online = true
    await outbox.flush(true)
    const puts = calls.filter((c) => c.method === 'PUT')
    expect(puts).toHaveLength(1)
    expect(puts[0].headers.get('Idempotency-Key')).toBe(key)
    expect(await puts[0].json()).toEqual({
      entries: [
        { memberId: 1, status: 'PRESENT' },
        { memberId: 2, status: 'PRESENT' },
        { memberId: 3, status: 'ABSENT' },
      ],
    })
    expect(outbox.items()).toEqual([])
    await waitFor(() => expect(screen.queryByTestId('attendance-queued')).not.toBeInTheDocument())
    await outbox.flush(true)
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
  })

  it('keeps the marks as a draft while they are ticked: a reopened checklist starts from them', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/sessions/9/attendance': () => attendance })
    const first = renderWithProviders(<AttendanceChecklist sessionId={9} />)
    await userEvent.click(await screen.findByTestId('all-present'))
    await userEvent.click(box('attendee-DV-2'))
    await userEvent.click(within(screen.getByTestId('attendee-DV-2')).getByText('Có lý do'))
    await userEvent.type(screen.getByLabelText('Lý do vắng của Trần Thị Bình'), 'Ốm')
    await waitFor(async () =>
      expect(new Map(await idb.get<[number, { reason: string }][]>('drafts', '4:attendance:9')).get(2)?.reason).toBe(
        'Ốm',
      ),
    )
    first.unmount()
    renderWithProviders(<AttendanceChecklist sessionId={9} />)
    expect(await screen.findByLabelText('Lý do vắng của Trần Thị Bình')).toHaveValue('Ốm')
    expect(box('attendee-DV-1')).toBeChecked()
    expect(box('attendee-DV-2')).not.toBeChecked()
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 2 · vắng có lý do 1 · vắng 0')
    // a draft is not a save
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
  })

  it('a list refused when it arrives shows the server reason and keeps its marks for correcting', async () => {
    let online = false
    const { calls } = mockFetch({
      'GET /api/v1/sessions/9/attendance': () => attendance,
      'PUT /api/v1/sessions/9/attendance': () =>
        json(
          {
            status: 409,
            title: 'Xung đột',
            detail: 'Kế hoạch đã kết thúc, không ghi nhận điểm danh',
            errors: [{ field: 'entries[1].reason', message: 'lý do vắng quá dài' }],
          },
          409,
        ),
    })
    const net = globalThis.fetch
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET')
      return online || method === 'GET' ? net(input, init) : Promise.reject(new TypeError('Failed to fetch'))
    })
    const first = renderWithProviders(<AttendanceChecklist sessionId={9} />)
    await userEvent.click(await screen.findByTestId('all-present'))
    await userEvent.click(box('attendee-DV-2'))
    await userEvent.click(within(screen.getByTestId('attendee-DV-2')).getByText('Có lý do'))
    await userEvent.type(screen.getByLabelText('Lý do vắng của Trần Thị Bình'), 'Đi công tác')
    await userEvent.click(screen.getByTestId('save-attendance'))
    await screen.findByTestId('attendance-queued')
    first.unmount()

    // the network returns while the page is closed: the server refuses the list
    online = true
    await outbox.flush(true)
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
    expect(outbox.items().map((i) => i.state)).toEqual(['refused'])

    renderWithProviders(<AttendanceChecklist sessionId={9} />)
    expect(await screen.findByTestId('attendance-refused')).toBeInTheDocument()
    expect(screen.getByText('Kế hoạch đã kết thúc, không ghi nhận điểm danh')).toBeInTheDocument()
    expect(screen.getByText('lý do vắng quá dài')).toBeInTheDocument()
    // the marks that were refused are back, editable, with the line the server named
    expect(box('attendee-DV-1')).toBeChecked()
    expect(box('attendee-DV-2')).not.toBeChecked()
    expect(box('attendee-DV-2')).toBeEnabled()
    const reason = screen.getByLabelText('Lý do vắng của Trần Thị Bình')
    expect(reason).toHaveValue('Đi công tác')
    expect(reason.closest('.ant-input-status-error')).not.toBeNull()
    expect(screen.getByTestId('save-attendance')).toBeEnabled()
    expect(outbox.items()).toHaveLength(1)
  })
})
