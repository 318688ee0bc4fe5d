import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { User } from '@/lib/api/types'
import { department, json, mockFetch, renderWithProviders, signInAs } from '@/test/utils'
import { LevelsTable } from './levels-table'

afterEach(() => vi.unstubAllGlobals())

const levels = [
  { code: 'trung-uong', name: 'Trung ương', rank: 0, active: true },
  { code: 'huyen', name: 'Cấp huyện và tương đương (trước 1/7/2025)', rank: 2, active: true, usedUntil: '2025-06-30' },
  { code: 'cu', name: 'Cấp cũ', rank: 7, active: false },
]
const systemAdmin: User = {
  ...department,
  id: 1,
  username: 'admin',
  fullName: 'Quản trị',
  orgId: null,
  orgCode: null,
  orgName: null,
  roles: ['ADMIN'],
}

describe('LevelsTable', () => {
  it('shows ranks from 0, the period of a past level and retired levels, read-only for the department', async () => {
    mockFetch({ 'GET /api/v1/levels': () => levels })
    signInAs(department)
    renderWithProviders(<LevelsTable />)
    expect(await screen.findByText('Trung ương')).toBeInTheDocument()
    expect(screen.getByText('trước 01/07/2025')).toBeInTheDocument()
    expect(screen.getByText('Đã ngừng')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Thêm cấp/ })).not.toBeInTheDocument()
  })

  it('lets the system administrator retire a level', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/levels': () => levels,
      'DELETE /api/v1/levels/huyen': () => json({ ...levels[1], active: false }),
    })
    signInAs(systemAdmin)
    renderWithProviders(<LevelsTable />)
    const row = (await screen.findByText('huyen')).closest('tr') as HTMLElement
    await userEvent.click(within(row).getByRole('button', { name: /Ngừng dùng/ }))
    await userEvent.click(await screen.findByRole('button', { name: 'Ngừng dùng' }))
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true))
  })
})
