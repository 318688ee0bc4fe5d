import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { authStore } from '../auth'
import { ApiError, parseProblem } from '../problem'

const baseUrl = typeof window !== 'undefined' ? window.location.origin : 'http://localhost'

/** Login, refresh and logout carry the refresh cookie, never the bearer token, and are never retried. */
const isSessionCall = (url: string) => /\/api\/v1\/auth\/(login|refresh|logout)$/.test(new URL(url).pathname)
/** Refresh this long before the access token expires, so a request rarely meets an expired one. */
const REFRESH_MARGIN_MS = 30_000
/** Unsent copies of requests made with a token, to send again once the session has been refreshed. */
const retries = new WeakMap<Request, Request>()

const auth: Middleware = {
  async onRequest({ request }) {
    if (isSessionCall(request.url)) return request
    await ensureFreshToken()
    const token = authStore.token()
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`)
      retries.set(request, request.clone())
    }
    return request
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || isSessionCall(request.url)) return response
    const retry = retries.get(request)
    if (retry && (await renewedSince(request.headers.get('Authorization')))) {
      retry.headers.set('Authorization', `Bearer ${authStore.token()}`)
      const again = await globalThis.fetch(retry)
      if (again.status !== 401) return again
    }
    // refresh failed, or the fresh token was refused too: back to the login screen
    authStore.signOut('expired')
    return response
  },
}

/** Before a request: a tab without a token, or with one about to expire, refreshes first; a refusal signs out. */
async function ensureFreshToken(): Promise<void> {
  if (authStore.expiresWithin(REFRESH_MARGIN_MS) && !(await refreshSession())) authStore.signOut('expired')
}

/** True when the session now has a token other than the refused one, refreshing it if need be. */
async function renewedSince(refused: string | null): Promise<boolean> {
  if (!authStore.get()) return false
  if (refused !== `Bearer ${authStore.token()}`) return true // another request already refreshed it
  return refreshSession()
}

let refreshing: Promise<boolean> | null = null

/**
 * Trades the refresh cookie for a new access token. Single-flight: however many requests ask at once, one
 * refresh goes out and all of them wait for it; across tabs too where the browser has Web Locks (two tabs
 * sending the same one-time token would look like theft and end the session).
 */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    const stale = authStore.token()
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
    const run = (): Promise<boolean> => renew(stale)
    const flight: Promise<boolean> = (locks ? locks.request('tiendo.refresh', run).then((ok) => ok) : run()).finally(
      () => {
        refreshing = null
      },
    )
    refreshing = flight
    return flight
  }
  return refreshing
}

async function renew(stale: string | null): Promise<boolean> {
  authStore.reload() // another tab may have signed out (or in as someone else) while this one waited for the lock
  const session = authStore.get()
  if (!session) return false
  if (session.token !== stale && !authStore.expiresWithin(REFRESH_MARGIN_MS)) return true
  // A network failure (offline, or the page navigating away mid-request) is not a refusal: it propagates, the
  // request fails and is retried later, and the session is kept. Signing out here would also clear the user from
  // localStorage for the page that replaces this one.
  const { data, response } = await api.POST('/api/v1/auth/refresh')
  if (!response.ok || !data?.accessToken) return false
  authStore.signIn(data.accessToken, data.expiresIn, data.user)
  return true
}

/** Ends the session here at once, and on the server (the refresh token is revoked, its cookie cleared). */
export async function logout(): Promise<void> {
  authStore.signOut('user')
  try {
    await api.POST('/api/v1/auth/logout')
  } catch {
    // offline: the refresh token still expires on its own
  }
}

export const api = createClient<paths>({
  baseUrl,
  // resolved at call time so tests can stub globalThis.fetch
  fetch: (input: Request) => globalThis.fetch(input),
})
api.use(auth)

/** The result of an openapi-fetch call: the data, or an ApiError built from the problem body. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (!response.ok) throw new ApiError(parseProblem(error, response.status))
  return data as T
}

/** `"<version>"`, the ETag of an entity, for If-Match. */
export const etag = (version: number | string) => `"${version}"`

/**
 * fetch() for a path of this API outside the typed client (downloads, the offline outbox): with the bearer token,
 * refreshed first when about to expire, and sent once more after a renewal when refused with 401. A network failure
 * throws (TypeError) as fetch does; a 401 that renewal could not cure signs out and is returned.
 */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const token = authStore.token()
    const headers = new Headers(init.headers)
    if (token) headers.set('Authorization', `Bearer ${token}`)
    return globalThis.fetch(new URL(path, baseUrl).toString(), { ...init, headers })
  }
  await ensureFreshToken()
  const used = authStore.token()
  let response = await send()
  if (response.status === 401 && (await renewedSince(`Bearer ${used}`))) response = await send()
  if (response.status === 401) authStore.signOut('expired')
  return response
}

/** GETs a binary with the bearer header and hands it to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<string> {
  const response = await authorizedFetch(path)
  if (!response.ok) {
    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    throw new ApiError(parseProblem(body, response.status))
  }
  const blob = await response.blob()
  const name = fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return name
}

export function fileNameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''))
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain?.[1]
}
