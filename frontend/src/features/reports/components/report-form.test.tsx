import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportForm, toReportInput, initialReportValues } from './report-form'
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

const submitted = {
  id: 9,
  assignmentId: 5,
  version: 1,
  heldOn: '2020-12-01',
  attendees: 18,
  expected: 20,
  absentWithReason: 2,
  writeUps: 18,
  actionProgrammeAdopted: true,
  actionProgrammeRef: '05-CTr/CB',
  propagandaForms: ['loa'],
  notes: null,
  submittedAt: '2020-12-01T03:00:00Z',
  state: 'SUBMITTED',
}

describe('ReportForm', () => {
  it('defaults expected to the member count and files with an Idempotency-Key', async () => {
    const { calls } = mockFetch({ 'POST /api/v1/assignments/5/reports': () => json(submitted, 201) })
    const onSubmitted = vi.fn()
    renderWithProviders(<ReportForm assignmentId={5} memberCount={20} onSubmitted={onSubmitted} />)
    expect(await screen.findByLabelText('Số phải dự')).toHaveValue('20')
    await userEvent.type(screen.getByLabelText('Số dự'), '18')
    await userEvent.click(screen.getByRole('button', { name: /Gửi báo cáo/ }))
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled())
    const body = await calls[0].json()
    expect(body).toMatchObject({
      attendees: 18,
      expected: 20,
      absentWithReason: 0,
      writeUps: 0,
      actionProgrammeAdopted: false,
    })
    expect(body.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(calls[0].headers.get('Idempotency-Key')).toMatch(/.+/)
  })

  it('refuses more attendees than expected before asking the server', async () => {
    const { fn } = mockFetch({})
    renderWithProviders(<ReportForm assignmentId={5} memberCount={10} />)
    await userEvent.type(await screen.findByLabelText('Số dự'), '12')
    await userEvent.click(screen.getByRole('button', { name: /Gửi báo cáo/ }))
    expect(await screen.findByText('Số dự không được vượt số phải dự')).toBeInTheDocument()
    expect(fn).not.toHaveBeenCalled()
  })

  it('puts the server field errors on the fields that caused them', async () => {
    mockFetch({
      'POST /api/v1/assignments/5/reports': () =>
        json(
          {
            status: 422,
            title: 'Unprocessable Entity',
            detail: 'Báo cáo chưa hợp lệ',
            errors: [
              { field: 'writeUps', message: 'Số bài thu hoạch không được vượt số dự' },
              { field: 'assignment', message: 'Kế hoạch đã kết thúc' },
            ],
          },
          422,
        ),
    })
    renderWithProviders(<ReportForm assignmentId={5} memberCount={10} />)
    await userEvent.type(await screen.findByLabelText('Số dự'), '5')
    await userEvent.click(screen.getByRole('button', { name: /Gửi báo cáo/ }))
    expect(await screen.findByText('Số bài thu hoạch không được vượt số dự')).toBeInTheDocument()
    expect(screen.getByText('Báo cáo chưa hợp lệ')).toBeInTheDocument()
    expect(screen.getByText('assignment: Kế hoạch đã kết thúc')).toBeInTheDocument()
    // kept (never dropped) for correcting, with what was typed
    expect(screen.getByTestId('report-refused')).toBeInTheDocument()
    expect(screen.getByLabelText('Số dự')).toHaveValue('5')
    expect(outbox.items().map((i) => i.state)).toEqual(['refused'])
  })

  it('queues a report filed without a network, shows it waiting, and sends it once with the same key', async () => {
    let online = false
    const { calls } = mockFetch({ 'POST /api/v1/assignments/5/reports': () => json(submitted, 201) })
    const net = globalThis.fetch
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      online ? net(input, init) : Promise.reject(new TypeError('Failed to fetch')),
    )
    const onSubmitted = vi.fn()
    renderWithProviders(<ReportForm assignmentId={5} memberCount={20} onSubmitted={onSubmitted} />)
    await userEvent.type(await screen.findByLabelText('Số dự'), '18')
    await userEvent.click(screen.getByRole('button', { name: /Gửi báo cáo/ }))
    expect(await screen.findByTestId('report-queued')).toHaveTextContent('Báo cáo đang chờ gửi')
    expect(outbox.items()).toHaveLength(1)
    const key = outbox.items()[0].idempotencyKey

    online = true
    await outbox.flush(true)
    expect(calls).toHaveLength(1)
    expect(calls[0].headers.get('Idempotency-Key')).toBe(key)
    expect(await calls[0].json()).toMatchObject({ attendees: 18, expected: 20 })
    expect(outbox.items()).toEqual([])
    await outbox.flush(true)
    expect(calls).toHaveLength(1)
  })

  it('keeps what was typed as a draft: a new form opens with it', async () => {
    mockFetch({})
    const first = renderWithProviders(<ReportForm assignmentId={6} memberCount={20} />)
    await userEvent.type(await screen.findByLabelText('Ghi chú'), 'Đủ 18 đồng chí')
    await waitFor(async () =>
      expect((await idb.get<{ values: { notes: string } }>('drafts', '4:report:6'))?.values.notes).toBe(
        'Đủ 18 đồng chí',
      ),
    )
    first.unmount()
    renderWithProviders(<ReportForm assignmentId={6} memberCount={20} />)
    expect(await screen.findByLabelText('Ghi chú')).toHaveValue('Đủ 18 đồng chí')
  })

  it('asks for the action programme reference only once adopted', async () => {
    mockFetch({})
    renderWithProviders(<ReportForm assignmentId={5} memberCount={10} />)
    await screen.findByLabelText('Số dự')
    expect(screen.queryByLabelText('Số, ký hiệu chương trình hành động')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('switch'))
    expect(await screen.findByLabelText('Số, ký hiệu chương trình hành động')).toBeInTheDocument()
  })

  it('prefills a resubmission from the returned report', () => {
    const v = initialReportValues({ ...submitted, state: 'RETURNED' } as never, 99)
    expect(v.expected).toBe(20)
    expect(toReportInput(v)).toMatchObject({ heldOn: '2020-12-01', attendees: 18, actionProgrammeRef: '05-CTr/CB' })
  })
})
