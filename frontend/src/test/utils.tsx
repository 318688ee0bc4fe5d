import type { ReactElement, ReactNode } from 'react'
import { render } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/es/locale/vi_VN'
import { I18nextProvider } from 'react-i18next'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { vi } from 'vitest'
import i18n from '@/lib/i18n'
import { authStore } from '@/lib/auth'
import type { User } from '@/lib/api/types'

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '*' }: { route?: string; path?: string } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [route] })
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ConfigProvider locale={viVN}>
          <AntApp>{children}</AntApp>
        </ConfigProvider>
      </QueryClientProvider>
    </I18nextProvider>
  )
  return { client, router, ...render(<RouterProvider router={router} />, { wrapper: Wrapper }) }
}

type Handler = (req: Request, url: URL) => Response | unknown | Promise<Response | unknown>

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  })

/**
 * Stubs fetch at the network boundary. Keys are `METHOD /path` (pathname only); a handler returns
 * a Response or a JSON body. Unmatched requests answer 404 so a missing stub fails loudly.
 */
export function mockFetch(handlers: Partial<Record<string, Handler>>) {
  const calls: Request[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init)
    calls.push(req.clone())
    const url = new URL(req.url)
    const key = `${req.method} ${url.pathname}`
    const handler = handlers[key]
    if (!handler) return json({ title: 'Not Found', status: 404, detail: `no stub for ${key}` }, 404)
    const out = await handler(req, url)
    return out instanceof Response ? out : json(out)
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls }
}

export const department: User = {
  id: 2,
  username: 'tuyengiao',
  fullName: 'Nguyễn Văn Tuyên',
  orgId: 1,
  orgName: 'Tỉnh ủy Quảng Nam',
  orgCode: 'QN',
  roles: ['DEPARTMENT'],
  active: true,
  version: 0,
  mustChangePassword: false,
  email: null,
  noticeMail: 'IMMEDIATE',
}

export const reporter: User = {
  id: 4,
  username: 'chibo.kp1',
  fullName: 'Trần Thị Bí Thư',
  orgId: 30,
  orgName: 'Chi bộ Khối phố 1',
  orgCode: 'KP1',
  roles: ['REPORTER'],
  active: true,
  version: 0,
  mustChangePassword: false,
  email: null,
  noticeMail: 'IMMEDIATE',
}

export function signInAs(user: User) {
  authStore.signIn('test-token', 3600, user)
}
