import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LoginForm } from './login-form'
import { authStore } from '@/lib/auth'
import { department, json, mockFetch, renderWithProviders } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

describe('LoginForm', () => {
  it('signs in and keeps the session', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/auth/login': () => ({ accessToken: 'jwt', expiresIn: 3600, user: department }),
    })
    const onSuccess = vi.fn()
    renderWithProviders(<LoginForm onSuccess={onSuccess} />)
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'tuyengiao')
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'tiendo123')
    await userEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }))
    await waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(await calls[0].json()).toEqual({ username: 'tuyengiao', password: 'tiendo123' })
    expect(authStore.get()?.user.orgName).toBe('Tỉnh ủy Quảng Nam')
    // the token stays in memory; storage only says who is signed in
    expect(authStore.token()).toBe('jwt')
    expect(localStorage.getItem('tiendo.session')).not.toContain('jwt')
    expect(localStorage.getItem('tiendo.session')).toContain('tuyengiao')
  })

  it('says so when the password is wrong', async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => json({ status: 401, title: 'Unauthorized' }, 401) })
    renderWithProviders(<LoginForm onSuccess={() => {}} />)
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'x')
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'y')
    await userEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }))
    expect(await screen.findByText('Sai tên đăng nhập hoặc mật khẩu.')).toBeInTheDocument()
    expect(authStore.get()).toBeNull()
  })

  it('requires both fields', async () => {
    renderWithProviders(<LoginForm onSuccess={() => {}} />)
    await userEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }))
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeInTheDocument()
    expect(await screen.findByText('Vui lòng nhập mật khẩu')).toBeInTheDocument()
  })
})
