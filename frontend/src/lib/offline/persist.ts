/**
 * TanStack Query's cache kept in IndexedDB, so the screens a secretary opened online open offline with the last
 * known answers (marked with their time, see components/offline/data-age). Stored per user; signing out erases it,
 * so the next person on a shared phone sees nothing of it.
 */
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client'
import { authStore } from '../auth'
import { idb } from './idb'
import { meKeys } from '../api/query-keys'

/** How long answers are kept for offline use (a week in the field without signal). */
export const OFFLINE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

const slot = (key: string) => `${key}:${authStore.get()?.user.id ?? 'anonymous'}`

const persister = createAsyncStoragePersister({
  storage: {
    getItem: (key) => idb.get<string>('cache', slot(key)).then((v) => v ?? null),
    setItem: (key, value: string) => idb.set('cache', slot(key), value),
    removeItem: (key) => idb.del('cache', slot(key)),
  },
  key: 'tiendo.queries',
  throttleTime: 1000,
})

export const persistOptions: Omit<PersistQueryClientOptions, 'queryClient'> = {
  persister,
  maxAge: OFFLINE_MAX_AGE_MS,
  // bump when the shape of cached answers changes with a release
  buster: 'v1',
  // who the user is comes from the server on every start (the session store keeps it for offline use): a kept
  // answer would bring back roles, or a password-change demand, that no longer hold
  dehydrateOptions: {
    shouldDehydrateQuery: (q) => q.state.status === 'success' && q.queryKey[0] !== meKeys.all[0],
  },
}

if (typeof window !== 'undefined') {
  authStore.subscribe(() => {
    if (!authStore.get() && authStore.lastSignOutReason === 'user') void idb.clear('cache').catch(() => {})
  })
}
