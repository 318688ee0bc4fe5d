import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { AuditHistory, changedFields, formatValue } from './audit-history'
import i18n from '@/lib/i18n'
import { authStore } from '@/lib/auth'
import { department, mockFetch, renderWithProviders, reporter, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const events = [
  {
    id: 1,
    entityType: 'ASSIGNMENT',
    entityId: '101',
    action: 'CREATE',
    actorUsername: 'system',
    at: '2020-12-01T02:00:00Z',
    before: null,
    after: { id: 101, status: 'PENDING', deadline: '2020-12-31', version: 0 },
  },
  {
    id: 2,
    entityType: 'ASSIGNMENT',
    entityId: '101',
    action: 'EXTEND',
    actorUsername: 'tuyengiao',
    at: '2020-12-05T09:30:00Z',
    before: { id: 101, status: 'PENDING', deadline: '2020-12-31', extendReason: null, version: 1 },
    after: { id: 101, status: 'PENDING', deadline: '2021-01-15', extendReason: 'Lũ lụt', version: 2 },
  },
]

describe('changedFields', () => {
  it('lists only the fields that differ, without bookkeeping', () => {
    expect(changedFields(events[1].before, events[1].after)).toEqual([
      { field: 'deadline', before: '2020-12-31', after: '2021-01-15' },
      { field: 'extendReason', before: null, after: 'Lũ lụt' },
    ])
    expect(changedFields(null, { a: 1, b: null, version: 3 })).toEqual([{ field: 'a', before: undefined, after: 1 }])
    expect(changedFields('x', [1])).toEqual([])
  })
})

describe('AuditHistory', () => {
  it('shows when, who, the action in Vietnamese and the changed fields', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/audit': () => ({ items: events, page: 0, size: 200, total: 2 }) })
    signInAs(department)
    renderWithProviders(<AuditHistory entityType="ASSIGNMENT" entityId={101} />)
    const [created, extended] = await screen.findAllByTestId('audit-event')
    const q = new URL(calls[0].url).searchParams
    expect(q.get('entityType')).toBe('ASSIGNMENT')
    expect(q.get('entityId')).toBe('101')
    expect(created).toHaveTextContent('Tạo mới')
    expect(created).toHaveTextContent('Hệ thống')
    expect(created).toHaveTextContent('09:00 01/12/2020')
    expect(created).toHaveTextContent('Trạng thái: Chưa thực hiện')
    expect(created).toHaveTextContent('Hạn: 31/12/2020')
    expect(extended).toHaveTextContent('Gia hạn')
    expect(extended).toHaveTextContent('tuyengiao')
    expect(extended).toHaveTextContent('16:30 05/12/2020')
    const changes = within(extended).getAllByTestId('audit-change')
    expect(changes).toHaveLength(2)
    expect(changes[0]).toHaveTextContent('Hạn: 31/12/2020 → 15/01/2021')
    expect(changes[1]).toHaveTextContent('Lý do gia hạn: — → Lũ lụt')
    expect(document.body.textContent).not.toMatch(/undefined|NaN|\d{4}-\d{2}-\d{2}/)
  })

  it('is hidden from users who may not read the audit trail', () => {
    const { calls } = mockFetch({})
    signInAs(reporter)
    renderWithProviders(<AuditHistory entityType="ASSIGNMENT" entityId={101} />)
    expect(screen.queryByTestId('audit-history')).not.toBeInTheDocument()
    expect(calls).toHaveLength(0)
  })
})

describe('history in words', () => {
  const t = (k: string, o?: Record<string, unknown>) => String(i18n.t(k, o as never))
  it('shows references by name and never ids, enum values or field names', () => {
    const changes = changedFields(
      { issuerOrgId: 1, issuerOrgName: 'Tỉnh ủy Quảng Nam', status: 'DRAFT', secretField: 1 },
      { issuerOrgId: 2, issuerOrgName: 'Thành ủy Tam Kỳ', status: 'PUBLISHED', secretField: 2 },
    )
    const id = changes.find((c) => c.field === 'issuerOrgId')
    expect(id?.before).toBe('Tỉnh ủy Quảng Nam')
    expect(id?.after).toBe('Thành ủy Tam Kỳ')
    expect(formatValue('DRAFT', t, 'status')).toBe(i18n.t('planStatus.DRAFT'))
    expect(formatValue('SOMETHING_ELSE', t, 'status')).toBe(i18n.t('audit.changed'))
    expect(changedFields({ tierId: 1 }, { tierId: 2 })).toEqual([])
  })
})
