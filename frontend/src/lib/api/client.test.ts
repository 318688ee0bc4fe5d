import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, etag, fileNameFrom, unwrap } from './client'
import { authStore } from '../auth'
import { ApiError } from '../problem'
import { department, json, mockFetch, signInAs } from '@/test/utils'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

describe('api client', () => {
  it('sends the bearer token and returns the data', async () => {
    signInAs(department)
    const { calls } = mockFetch({ 'GET /api/v1/me': () => department })
    const me = await unwrap(api.GET('/api/v1/me'))
    expect(me.fullName).toBe('Nguyễn Văn Tuyên')
    expect(calls[0].headers.get('Authorization')).toBe('Bearer test-token')
  })

  it('turns a problem body into an ApiError with field errors', async () => {
    signInAs(department)
    mockFetch({
      'POST /api/v1/plans': () =>
        json({ status: 422, title: 'Invalid', errors: [{ field: 'tiers[0].deadline', message: 'too late' }] }, 422),
    })
    const err = await unwrap(api.POST('/api/v1/plans', { body: {} as never })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(422)
    expect((err as ApiError).problem.errors).toEqual([{ field: 'tiers[0].deadline', message: 'too late' }])
  })

  it('signs out on 401 so the user goes back to the login screen', async () => {
    signInAs(department)
    mockFetch({ 'GET /api/v1/me': () => json({ status: 401, title: 'Unauthorized' }, 401) })
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError)
    expect(authStore.get()).toBeNull()
    expect(authStore.lastSignOutReason).toBe('expired')
  })

  it('sends If-Match as the quoted version', async () => {
    signInAs(department)
    const { calls } = mockFetch({ 'PUT /api/v1/plans/7': () => ({ id: 7 }) })
    await unwrap(
      api.PUT('/api/v1/plans/{id}', {
        params: { path: { id: 7 } },
        headers: { 'If-Match': etag(3) },
        body: {} as never,
      }),
    )
    expect(calls[0].headers.get('If-Match')).toBe('"3"')
  })

  it('reads file names from Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="tien-do.xlsx"')).toBe('tien-do.xlsx')
    expect(fileNameFrom("attachment; filename*=UTF-8''ti%E1%BA%BFn-%C4%91%E1%BB%99.xlsx")).toBe('tiến-độ.xlsx')
    expect(fileNameFrom(null)).toBeUndefined()
  })
})

describe('session', () => {
  it('survives a reload through localStorage and expires', () => {
    signInAs(department)
    expect(JSON.parse(localStorage.getItem('tiendo.session')!).user.username).toBe('tuyengiao')
    authStore.reload()
    expect(authStore.get()?.user.fullName).toBe('Nguyễn Văn Tuyên')
    const stored = JSON.parse(localStorage.getItem('tiendo.session')!)
    localStorage.setItem('tiendo.session', JSON.stringify({ ...stored, expiresAt: Date.now() - 1 }))
    authStore.reload()
    expect(authStore.get()).toBeNull()
  })
})
