import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppLayout } from './app-layout'
import { authStore } from '@/lib/auth'
import i18n from '@/lib/i18n'
import { department, mockFetch, renderWithProviders, reporter, signInAs } from '@/test/utils'

afterEach(async () => {
  vi.unstubAllGlobals()
  authStore.signOut()
  await i18n.changeLanguage('vi')
})

describe('AppLayout', () => {
  it('shows the user name, role and organisation, and the department menu', async () => {
    mockFetch({})
    signInAs(department)
    renderWithProviders(<AppLayout />)
    const who = await screen.findByTestId('user-menu')
    expect(who).toHaveTextContent('Nguyễn Văn Tuyên')
    expect(who).toHaveTextContent('Cán bộ tổng hợp')
    expect(who).toHaveTextContent('Tỉnh ủy Quảng Nam')
    expect(screen.getByRole('link', { name: 'Tổng hợp' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Duyệt báo cáo' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Cấp tổ chức' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Việc của tôi' })).not.toBeInTheDocument()
  })

  it('gives a reporter only their own work', async () => {
    mockFetch({})
    signInAs(reporter)
    renderWithProviders(<AppLayout />)
    expect(await screen.findByRole('link', { name: 'Việc của tôi' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Tổng hợp' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Duyệt báo cáo' })).not.toBeInTheDocument()
  })

  it('switches to English and remembers it', async () => {
    mockFetch({})
    signInAs(department)
    renderWithProviders(<AppLayout />)
    await userEvent.click(await screen.findByText('EN'))
    expect(await screen.findByRole('link', { name: 'Dashboard' })).toBeInTheDocument()
    expect(screen.getByTestId('user-menu')).toHaveTextContent('Consolidating officer')
    expect(localStorage.getItem('tiendo.lang')).toBe('en')
  })

  it('shows the system administrator as system-wide', async () => {
    mockFetch({})
    signInAs({
      ...department,
      orgId: null,
      orgName: null,
      orgCode: null,
      roles: ['ADMIN'],
      fullName: 'Quản trị',
    })
    renderWithProviders(<AppLayout />)
    expect(await screen.findByTestId('user-menu')).toHaveTextContent('Toàn hệ thống')
  })
})
