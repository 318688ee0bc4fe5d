/**
 * The app's one outbox, sending through the signed-in session, and the hooks screens use. Sending is attempted at
 * start, whenever the browser says the network is back, when someone signs in, and every 30 s while anything
 * waits (a phone often reports "online" with no signal).
 */
import { useSyncExternalStore } from 'react'
import { authorizedFetch } from '../api/client'
import { authStore, useSession } from '../auth'
import { createOutbox, type OutboxItem } from './outbox'
import { idbOutboxStorage } from './idb'

export type { Outcome, OutboxItem, NewOutboxItem } from './outbox'
export { assignmentGroup } from './outbox'

export const outbox = createOutbox({
  storage: idbOutboxStorage,
  transport: authorizedFetch,
  currentUser: () => authStore.get()?.user.id ?? null,
})

let started = false
/** Starts the automatic sending; called once by the app's providers (never in unit tests). */
export function startOutbox(): void {
  if (started || typeof window === 'undefined') return
  started = true
  const kick = (force = false) => void outbox.flush(force).catch(() => {})
  void outbox.load().then(
    () => kick(),
    () => {},
  )
  window.addEventListener('online', () => kick(true))
  let signedIn = authStore.get()?.user.id ?? null
  authStore.subscribe(() => {
    const now = authStore.get()?.user.id ?? null
    if (now !== null && now !== signedIn) kick(true)
    signedIn = now
  })
  setInterval(() => {
    if (outbox.items().some((i) => i.state === 'pending')) kick()
  }, 30_000)
}

const none: OutboxItem[] = []
/** The signed-in user's items (oldest first), live. */
export function useOutbox(): OutboxItem[] {
  const all = useSyncExternalStore(outbox.subscribe, outbox.items, () => none)
  const user = useSession()?.user.id
  return user === undefined ? none : all.filter((i) => i.userId === user)
}

/** How many of the signed-in user's items wait to be sent, and how many the server refused. */
export function useOutboxCounts(): { waiting: number; refused: number } {
  const items = useOutbox()
  return {
    waiting: items.filter((i) => i.state !== 'refused').length,
    refused: items.filter((i) => i.state === 'refused').length,
  }
}

/** Items of the signed-in user that have not reached the server, for the sign-out warning. */
export const unsentCount = (): number => {
  const user = authStore.get()?.user.id
  return outbox.items().filter((i) => i.userId === user).length
}
