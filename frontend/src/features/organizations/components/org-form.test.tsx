import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { OrgFormModal } from './org-form'
import type { Organization } from '@/lib/api/types'
import { authStore } from '@/lib/auth'
import { department, json, mockFetch, renderWithProviders, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const org = {
  id: 12,
  code: 'TU-TAMKY',
  name: 'Thành ủy Tam Kỳ',
  parentId: 1,
  levelCode: 'huyen',
  memberCount: 5400,
  version: 7,
  active: true,
  childCount: 3,
} as Organization

const common = {
  'GET /api/v1/levels': () => [{ code: 'huyen', name: 'Cấp huyện và tương đương', rank: 2 }],
  'GET /api/v1/organizations': () => ({ items: [], page: 0, size: 20, total: 0 }),
  'GET /api/v1/organizations/1': () => ({ id: 1, code: 'TU-QNAM', name: 'Tỉnh ủy Quảng Nam' }),
}

describe('OrgFormModal', () => {
  it('edits with If-Match and shows a duplicate code on the code field', async () => {
    signInAs(department)
    const { calls } = mockFetch({
      ...common,
      'PUT /api/v1/organizations/12': () =>
        json(
          {
            status: 409,
            title: 'Xung đột',
            detail: 'Mã đã tồn tại',
            errors: [{ field: 'code', message: 'mã TU-QNAM đã được dùng' }],
          },
          409,
        ),
    })
    renderWithProviders(<OrgFormModal open org={org} onClose={() => {}} />)
    const code = await screen.findByLabelText('Mã')
    await userEvent.clear(code)
    await userEvent.type(code, 'TU-QNAM')
    await userEvent.click(screen.getByRole('button', { name: /Lưu/ }))
    expect(await screen.findByText('mã TU-QNAM đã được dùng')).toBeInTheDocument()
    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"7"')
    expect(await put.json()).toMatchObject({
      code: 'TU-QNAM',
      name: 'Thành ủy Tam Kỳ',
      parentId: 1,
      levelCode: 'huyen',
      memberCount: 5400,
    })
  })

  it('creates under the chosen parent and closes', async () => {
    signInAs(department)
    const onClose = vi.fn()
    const { calls } = mockFetch({
      ...common,
      'POST /api/v1/organizations': () => json({ ...org, id: 99, name: 'Chi bộ mới' }, 201),
    })
    renderWithProviders(<OrgFormModal open parentId={1} onClose={onClose} />)
    await userEvent.type(await screen.findByLabelText('Mã'), 'CB-MOI')
    await userEvent.type(screen.getByLabelText('Tên tổ chức'), 'Chi bộ mới')
    await userEvent.click(screen.getByLabelText('Cấp'))
    await userEvent.click(await screen.findByTitle('Cấp huyện và tương đương'))
    await userEvent.click(screen.getByRole('button', { name: /Lưu/ }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(await calls.find((c) => c.method === 'POST')!.json()).toMatchObject({
      code: 'CB-MOI',
      name: 'Chi bộ mới',
      parentId: 1,
      levelCode: 'huyen',
    })
  })
})
