import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ScheduleSessionButton, SessionActions } from './session-form'
import { json, mockFetch, renderWithProviders, reporter, signInAs } from '@/test/utils'
import { authStore } from '@/lib/auth'
import { outbox } from '@/lib/offline'
import { idb } from '@/lib/offline/idb'
import type { Assignment, Session } from '@/lib/api/types'

configure({ asyncUtilTimeout: 15_000 })
beforeEach(() => signInAs(reporter))
afterEach(async () => {
  vi.unstubAllGlobals()
  for (const i of outbox.items()) await outbox.discard(i.id)
  await idb.clear('drafts')
  authStore.signOut()
})

const assignment = { id: 7, planNumber: '01-KH/TU', tierName: 'Chi bộ', status: 'PENDING' } as Assignment
const session = {
  id: 40,
  assignmentId: 7,
  version: 3,
  startsAt: '2026-12-05T00:30:00Z',
  venue: 'Nhà văn hóa KP1',
  format: 'IN_PERSON',
  expectedAttendees: 25,
  status: 'SCHEDULED',
} as Session

describe('session dialog', () => {
  it('schedules with a native date-time input read as Vietnamese time, through the outbox with an Idempotency-Key', async () => {
    const { calls } = mockFetch({ 'POST /api/v1/assignments/7/sessions': () => json({ ...session, id: 41 }, 201) })
    renderWithProviders(<ScheduleSessionButton assignment={assignment} />)
    await userEvent.click(screen.getByRole('button', { name: /Lên lịch hội nghị/ }))
    const starts = await screen.findByLabelText('Bắt đầu')
    expect(starts).toHaveAttribute('type', 'datetime-local')
    fireEvent.change(starts, { target: { value: '2026-12-05T07:30' } })
    await userEvent.type(screen.getByLabelText('Số người dự kiến'), '25')
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(await calls[0].json()).toMatchObject({ startsAt: '2026-12-05T07:30:00+07:00', expectedAttendees: 25 })
    expect(calls[0].headers.get('Idempotency-Key')).toMatch(/.+/)
    await waitFor(() => expect(outbox.items()).toEqual([]))
  })

  it('edits a scheduled session with If-Match, prefilled in Vietnamese time, and cancels it', async () => {
    const { calls } = mockFetch({ 'PATCH /api/v1/sessions/40': () => json({ ...session, version: 4 }) })
    renderWithProviders(<SessionActions assignment={{ ...assignment, status: 'SCHEDULED' }} session={session} />)
    await userEvent.click(screen.getByRole('button', { name: /Sửa hội nghị/ }))
    expect(await screen.findByLabelText('Bắt đầu')).toHaveValue('2026-12-05T07:30')
    const venue = screen.getByLabelText('Địa điểm')
    await userEvent.clear(venue)
    await userEvent.type(venue, 'Hội trường phường')
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0].headers.get('If-Match')).toBe('"3"')
    expect(await calls[0].json()).toMatchObject({ venue: 'Hội trường phường', startsAt: '2026-12-05T07:30:00+07:00' })

    await userEvent.click(screen.getByRole('button', { name: /Hủy hội nghị/ }))
    await userEvent.click(await screen.findByRole('button', { name: 'Hủy hội nghị', hidden: false }))
    await waitFor(() => expect(calls).toHaveLength(2))
    expect(await calls[1].json()).toEqual({ status: 'CANCELLED' })
  })
})
