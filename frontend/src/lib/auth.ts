/**
 * The session: bearer token and the signed-in user, kept in localStorage so it survives a reload.
 * An expired token is kept too: the refresh cookie (HttpOnly, so not visible here) may still renew
 * it, and the API client signs out when it cannot. A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react'
import type { Role, User } from './api/types'

const KEY = 'tiendo.session'

export interface Session {
  token: string
  /** epoch milliseconds */
  expiresAt: number
  user: User
}

type Listener = () => void
const listeners = new Set<Listener>()

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return null
    const s = JSON.parse(raw) as Session
    if (!s.token || !s.user) {
      localStorage.removeItem(KEY)
      return null
    }
    return s
  } catch {
    return null
  }
}

let current: Session | null = read()

function emit() {
  listeners.forEach((l) => l())
}

export const authStore = {
  get: (): Session | null => current,
  token: (): string | null => current?.token ?? null,
  /** True when signed in with a token that expires within this many milliseconds (or already has). */
  expiresWithin: (ms: number): boolean => !!current && current.expiresAt - ms <= Date.now(),
  subscribe(l: Listener): () => void {
    listeners.add(l)
    return () => listeners.delete(l)
  },
  signIn(token: string, expiresInSeconds: number, user: User) {
    current = { token, expiresAt: Date.now() + expiresInSeconds * 1000, user }
    localStorage.setItem(KEY, JSON.stringify(current))
    emit()
  },
  setUser(user: User) {
    if (!current) return
    current = { ...current, user }
    localStorage.setItem(KEY, JSON.stringify(current))
    emit()
  },
  /** Why the last session ended: 'expired' when the server refused the token. */
  lastSignOutReason: null as null | 'expired' | 'user',
  signOut(reason: 'expired' | 'user' = 'user') {
    if (current === null) return
    authStore.lastSignOutReason = reason
    current = null
    localStorage.removeItem(KEY)
    emit()
  },
  /** Re-reads storage (another tab signed in or out). */
  reload() {
    current = read()
    emit()
  },
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) authStore.reload()
  })
}

export function useSession(): Session | null {
  return useSyncExternalStore(authStore.subscribe, authStore.get, authStore.get)
}

export function hasRole(user: User | null | undefined, ...roles: Role[]): boolean {
  return !!user && (user.roles ?? []).some((r) => r === 'ADMIN' || (roles as string[]).includes(r))
}

/** May plan, review and manage the organisation tree. */
export const canManage = (user: User | null | undefined) => hasRole(user, 'DEPARTMENT')
/** May see dashboards and plans. */
export const canView = (user: User | null | undefined) => hasRole(user, 'DEPARTMENT', 'VIEWER')
/** Files sessions and reports for its own organisation. */
export const isReporter = (user: User | null | undefined) => !!user && (user.roles ?? []).includes('REPORTER')
