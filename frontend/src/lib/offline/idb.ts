/** The IndexedDB stores of the offline features (idb-keyval): one database per purpose, one object store each. */
import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval'
import type { OutboxItem, OutboxStorage } from './outbox'

const stores = new Map<string, UseStore>()
/** Opened on first use, so a page that never needs it never opens IndexedDB. */
export function idbStore(name: string): UseStore {
  let s = stores.get(name)
  if (!s) {
    s = createStore(`tiendo-${name}`, name)
    stores.set(name, s)
  }
  return s
}

/** Async throughout: where IndexedDB is missing (private modes, tests) every call rejects instead of throwing. */
export const idb = {
  get: async <T>(store: string, key: string) => get<T>(key, idbStore(store)),
  set: async (store: string, key: string, value: unknown) => set(key, value, idbStore(store)),
  del: async (store: string, key: string) => del(key, idbStore(store)),
  clear: async (store: string) => clear(idbStore(store)),
}

export const idbOutboxStorage: OutboxStorage = {
  all: async () => (await entries<string, OutboxItem>(idbStore('outbox'))).map(([, v]) => v),
  put: async (item) => set(item.id, item, idbStore('outbox')),
  remove: async (id) => del(id, idbStore('outbox')),
}
