import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, etag, fileNameFrom, logout, unwrap } from './client'
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

  it('signs out on 401 when the session cannot be refreshed, so the user goes back to the login screen', async () => {
    signInAs(department)
    mockFetch({
      'GET /api/v1/me': () => json({ status: 401, title: 'Unauthorized' }, 401),
      'POST /api/v1/auth/refresh': () => json({ status: 401, title: 'Phiên đăng nhập đã kết thúc' }, 401),
    })
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
  it('keeps only the user in localStorage; the token stays in this tab while the same user is signed in', () => {
    signInAs(department)
    expect(JSON.parse(localStorage.getItem('tiendo.session')!)).toEqual({ user: department })
    authStore.reload() // another tab wrote storage
    expect(authStore.token()).toBe('test-token')
    expect(authStore.expiresWithin(30_000)).toBe(false)
  })
  it('starts without a token after a reload, or when another user signs in elsewhere, so the refresh cookie renews it', () => {
    signInAs(department)
    localStorage.setItem('tiendo.session', JSON.stringify({ user: { ...department, id: department.id + 1 } }))
    authStore.reload()
    expect(authStore.get()?.user.id).toBe(department.id + 1)
    expect(authStore.token()).toBeNull()
    expect(authStore.expiresWithin(0)).toBe(true)
  })
  it('drops a token an older version left in localStorage', () => {
    authStore.signOut()
    localStorage.setItem(
      'tiendo.session',
      JSON.stringify({ token: 'old-jwt', expiresAt: Date.now() + 60_000, user: department }),
    )
    authStore.reload()
    expect(authStore.get()?.user.username).toBe('tuyengiao')
    expect(authStore.token()).toBeNull()
    expect(localStorage.getItem('tiendo.session')).not.toContain('old-jwt')
  })
  it('refreshes before the first request of a tab that has no token yet', async () => {
    authStore.signOut()
    localStorage.setItem('tiendo.session', JSON.stringify({ user: department }))
    authStore.reload()
    const refresh = refreshAnswering('fresh')
    mockFetch({ 'POST /api/v1/auth/refresh': refresh.handler, 'GET /api/v1/me': accepts('fresh') })
    const me = await unwrap(api.GET('/api/v1/me'))
    expect(me.username).toBe('tuyengiao')
    expect(refresh.calls()).toBe(1)
    expect(authStore.token()).toBe('fresh')
  })
})

/** A refresh endpoint that answers after a tick, so parallel requests really overlap it. */
function refreshAnswering(token: string) {
  let calls = 0
  const handler = async () => {
    calls++
    await new Promise((r) => setTimeout(r, 20))
    return { accessToken: token, expiresIn: 3600, user: department }
  }
  return { handler, calls: () => calls }
}

const accepts = (token: string) => (req: Request) =>
  req.headers.get('Authorization') === `Bearer ${token}`
    ? department
    : json({ status: 401, title: 'Unauthorized' }, 401)

describe('refreshing the session', () => {
  it('refreshes once for many parallel requests refused with 401, then retries each of them', async () => {
    signInAs(department)
    const refresh = refreshAnswering('fresh')
    const { calls } = mockFetch({ 'GET /api/v1/me': accepts('fresh'), 'POST /api/v1/auth/refresh': refresh.handler })
    const results = await Promise.all(Array.from({ length: 6 }, () => unwrap(api.GET('/api/v1/me'))))
    expect(results.map((u) => u.username)).toEqual(Array(6).fill('tuyengiao'))
    expect(refresh.calls()).toBe(1)
    expect(calls.filter((c) => c.url.endsWith('/api/v1/me'))).toHaveLength(12)
    expect(authStore.token()).toBe('fresh')
    // the refresh carries the cookie, never the refused bearer token
    expect(calls.find((c) => c.url.endsWith('/auth/refresh'))!.headers.get('Authorization')).toBeNull()
  })

  it('refreshes shortly before the token expires, without waiting for a 401', async () => {
    authStore.signIn('about-to-expire', 10, department)
    const refresh = refreshAnswering('fresh')
    const { calls } = mockFetch({ 'GET /api/v1/me': accepts('fresh'), 'POST /api/v1/auth/refresh': refresh.handler })
    await Promise.all([unwrap(api.GET('/api/v1/me')), unwrap(api.GET('/api/v1/me'))])
    expect(refresh.calls()).toBe(1)
    expect(calls.filter((c) => c.url.endsWith('/api/v1/me'))).toHaveLength(2)
  })

  it('sends a refused request again with its body', async () => {
    signInAs(department)
    const refresh = refreshAnswering('fresh')
    const { calls } = mockFetch({
      'POST /api/v1/plans': (req) =>
        req.headers.get('Authorization') === 'Bearer fresh' ? json({ id: 9 }, 201) : json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': refresh.handler,
    })
    const plan = await unwrap(api.POST('/api/v1/plans', { body: { number: '01-KH', title: 'Kế hoạch' } as never }))
    expect(plan.id).toBe(9)
    const sent = calls.filter((c) => c.url.endsWith('/api/v1/plans'))
    expect(sent).toHaveLength(2)
    expect(await sent[1].json()).toEqual({ number: '01-KH', title: 'Kế hoạch' })
  })

  it('falls back to the login screen once when the refresh fails, however many requests failed', async () => {
    signInAs(department)
    let refreshes = 0
    mockFetch({
      'GET /api/v1/me': () => json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': async () => {
        refreshes++
        await new Promise((r) => setTimeout(r, 20))
        return json({ status: 401, title: 'Phiên đăng nhập đã kết thúc' }, 401)
      },
    })
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => unwrap(api.GET('/api/v1/me'))))
    expect(outcomes.every((o) => o.status === 'rejected' && (o.reason as ApiError).status === 401)).toBe(true)
    expect(refreshes).toBe(1)
    expect(authStore.get()).toBeNull()
    expect(authStore.lastSignOutReason).toBe('expired')
  })

  it('signs out when even the refreshed token is refused', async () => {
    signInAs(department)
    const refresh = refreshAnswering('fresh')
    mockFetch({ 'GET /api/v1/me': () => json({ status: 401 }, 401), 'POST /api/v1/auth/refresh': refresh.handler })
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError)
    expect(refresh.calls()).toBe(1)
    expect(authStore.get()).toBeNull()
  })

  it('keeps the session when the refresh fails on the network (offline, or a reload aborting it)', async () => {
    authStore.signOut()
    localStorage.setItem('tiendo.session', JSON.stringify({ user: department }))
    authStore.reload()
    mockFetch({
      'POST /api/v1/auth/refresh': () => {
        throw new TypeError('Failed to fetch')
      },
    })
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toThrow()
    expect(authStore.get()?.user.username).toBe('tuyengiao')
    expect(localStorage.getItem('tiendo.session')).toContain('tuyengiao')
  })
  it('does not refresh for a failed login', async () => {
    const { calls } = mockFetch({ 'POST /api/v1/auth/login': () => json({ status: 401 }, 401) })
    await expect(
      unwrap(api.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } })),
    ).rejects.toBeInstanceOf(ApiError)
    expect(calls).toHaveLength(1)
  })

  it('logs out on the server as well, without the bearer token', async () => {
    signInAs(department)
    const { calls } = mockFetch({ 'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }) })
    await logout()
    expect(authStore.get()).toBeNull()
    expect(authStore.lastSignOutReason).toBe('user')
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual(['POST /api/v1/auth/logout'])
    expect(calls[0].headers.get('Authorization')).toBeNull()
  })
})
