import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { OrgImportButton } from './org-import'
import { json, mockFetch, renderWithProviders } from '@/test/utils'

afterEach(() => vi.unstubAllGlobals())

describe('OrgImportButton', () => {
  it('sends the CSV as text/csv and shows every bad line by number and reason', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/organizations/import': () =>
        json(
          {
            status: 422,
            title: 'Unprocessable Entity',
            errors: [
              { field: 'line 3', message: 'parentCode "XX" không tồn tại' },
              { field: 'line 5', message: 'levelCode trống' },
            ],
          },
          422,
        ),
    })
    renderWithProviders(<OrgImportButton />)
    await userEvent.click(screen.getByRole('button', { name: /Nhập CSV/ }))
    const dialog = await screen.findByRole('dialog')
    const csv = 'code,name,parentCode,levelCode,memberCount\nA,Chi bộ A,QN,chi-bo,10\nB,Chi bộ B,XX,chi-bo,5'
    fireEvent.change(within(dialog).getByLabelText('Hoặc dán nội dung CSV'), { target: { value: csv } })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nhập' }))
    expect(await within(dialog).findByText('Có 2 dòng lỗi, chưa nhập dòng nào:')).toBeInTheDocument()
    const table = within(dialog).getByTestId('import-errors')
    expect(within(table).getByText('3')).toBeInTheDocument()
    expect(within(table).getByText('parentCode "XX" không tồn tại')).toBeInTheDocument()
    expect(within(table).getByText('5')).toBeInTheDocument()
    expect(calls[0].headers.get('Content-Type')).toContain('text/csv')
    expect(await calls[0].text()).toBe(csv)
  })

  it('reports what was created, updated and left alone', async () => {
    mockFetch({ 'POST /api/v1/organizations/import': () => ({ created: 2, updated: 1, unchanged: 7 }) })
    renderWithProviders(<OrgImportButton />)
    await userEvent.click(screen.getByRole('button', { name: /Nhập CSV/ }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('Hoặc dán nội dung CSV'), { target: { value: 'code,name\nA,B' } })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nhập' }))
    expect(await within(dialog).findByText('Đã nhập: 2 mới, 1 cập nhật, 7 không đổi')).toBeInTheDocument()
  })
})
