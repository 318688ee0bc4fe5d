import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { authStore } from '../auth'
import { ApiError, parseProblem } from '../problem'

const baseUrl = typeof window !== 'undefined' ? window.location.origin : 'http://localhost'

const auth: Middleware = {
  onRequest({ request }) {
    const token = authStore.token()
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
  onResponse({ request, response }) {
    // an expired or revoked token sends the user back to the login screen
    if (response.status === 401 && !request.url.endsWith('/auth/login')) authStore.signOut('expired')
    return response
  },
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

/**
 * Like unwrap, for the operations whose success response carries no schema in openapi.yaml
 * (those answered with a JAX-RS Response); T must be one of the generated schema types.
 */
export async function unwrapAs<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  return (await unwrap(call)) as T
}

/** `"<version>"`, the ETag of an entity, for If-Match. */
export const etag = (version: number | string) => `"${version}"`

/** GETs a binary with the bearer header and hands it to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<string> {
  const headers: HeadersInit = {}
  const token = authStore.token()
  if (token) headers.Authorization = `Bearer ${token}`
  const response = await globalThis.fetch(new URL(path, baseUrl).toString(), { headers })
  if (!response.ok) {
    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    if (response.status === 401) authStore.signOut('expired')
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
