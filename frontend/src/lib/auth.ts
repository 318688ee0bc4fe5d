/**
 * The session. Only the signed-in user is kept in localStorage (so a reload or another tab knows who is signed in);
 * the access token lives in this tab's memory only, out of reach of anything that can read storage. After a
 * reload the tab has no token: the API client trades the refresh cookie (HttpOnly, invisible here) for one on the
 * first request, and signs out when it cannot. A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react'
import type { Role, User } from './api/types'

const KEY = 'tiendo.session'

export interface Session {
  /** null until this tab has refreshed (after a reload or in a new tab) */
  token: string | null
  /** epoch milliseconds; 0 without a token */
  expiresAt: number
  user: User
}

type Listener = () => void
const listeners = new Set<Listener>()

/** The user stored by this or another tab; an older entry that still holds a token is rewritten without it. */
function readUser(): User | null {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return null
    const s = JSON.parse(raw) as { user?: User; token?: string }
    if (!s.user) {
      localStorage.removeItem(KEY)
      return null
    }
    if (s.token !== undefined) localStorage.setItem(KEY, JSON.stringify({ user: s.user }))
    return s.user
  } catch {
    return null
  }
}

function stored(): Session | null {
  const user = readUser()
  return user ? { token: null, expiresAt: 0, user } : null
}

let current: Session | null = stored()

function emit() {
  listeners.forEach((l) => l())
}

export const authStore = {
  get: (): Session | null => current,
  token: (): string | null => current?.token ?? null,
  /** True when signed in without a token, or with one that expires within this many milliseconds (or has). */
  expiresWithin: (ms: number): boolean => !!current && (!current.token || current.expiresAt - ms <= Date.now()),
  subscribe(l: Listener): () => void {
    listeners.add(l)
    return () => listeners.delete(l)
  },
  signIn(token: string, expiresInSeconds: number, user: User) {
    current = { token, expiresAt: Date.now() + expiresInSeconds * 1000, user }
    localStorage.setItem(KEY, JSON.stringify({ user }))
    emit()
  },
  setUser(user: User) {
    if (!current) return
    current = { ...current, user }
    localStorage.setItem(KEY, JSON.stringify({ user }))
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
  /** Re-reads storage (another tab signed in or out); this tab keeps its token while the same user is signed in. */
  reload() {
    const user = readUser()
    if (!user) current = null
    else if (current && current.user.id === user.id) current = { ...current, user }
    else current = { token: null, expiresAt: 0, user }
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
  return !!user && user.roles.some((r) => r === 'ADMIN' || (roles as string[]).includes(r))
}

/** May plan, review and manage the organisation tree. */
export const canManage = (user: User | null | undefined) => hasRole(user, 'DEPARTMENT')
/** May see dashboards and plans. */
export const canView = (user: User | null | undefined) => hasRole(user, 'DEPARTMENT', 'VIEWER')
/** Manages the users of its subtree. */
export const isAdmin = (user: User | null | undefined) => !!user && user.roles.includes('ADMIN')
/** Files sessions and reports for its own organisation. */
export const isReporter = (user: User | null | undefined) => !!user && user.roles.includes('REPORTER')
/** The system administrator above every tree (no organisation): edits levels and roots. */
export const isSystemAdmin = (user: User | null | undefined) =>
  !!user && user.roles.includes('ADMIN') && user.orgId === null
