/**
 * The outbox (hàng chờ gửi): writes made on the phone are kept here, in IndexedDB, until the server has answered
 * them. Generic: an item is a method, a path, a body and its own Idempotency-Key, so any form can queue its
 * submission (reports, sessions, attendance, photos).
 *
 * - Items are sent one at a time, oldest first. An item may wait for an earlier one (`after`): its path holds
 *   `{after}`, replaced by the `id` in that item's answer (a photo waits for the report it belongs to).
 * - A network failure, a 5xx, 408 or 429 keeps the item and its key: the next attempt sends the same key, so the
 *   server replays its first answer instead of doing the work twice.
 * - Any other refusal (returned, plan closed, a deadline or count rule) keeps the item, marked `refused` with the
 *   server's problem, for the user to correct and send again (with a new key: the refused request created nothing)
 *   or to discard. Nothing is ever dropped silently.
 * - Items belong to the user who queued them; only that user's session sends them.
 */
import { parseProblem, type Problem } from '../problem'

export type OutboxBody =
  | { kind: 'json'; value: unknown }
  /** multipart/form-data with one file part */
  | { kind: 'file'; field: string; blob: Blob; fileName: string }

export type OutboxState = 'pending' | 'sending' | 'refused'

export interface OutboxItem {
  id: string
  userId: number
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** API path, e.g. `/api/v1/assignments/12/reports`; `{after}` is filled from the answer of item `after` */
  path: string
  after?: string
  body?: OutboxBody
  /** extra headers, e.g. If-Match */
  headers?: Record<string, string>
  idempotencyKey: string
  /** what the item is, for the screens: `report`, `session`, `attachment`, … */
  kind: string
  /** what it belongs to, e.g. `assignment:12`: a screen finds its own items by it */
  group: string
  /** a short human description (the assignment's name) */
  label?: string
  /** the screen where the user can see and correct it */
  href?: string
  createdAt: number
  /** orders items created in the same millisecond */
  seq: number
  state: OutboxState
  attempts: number
  /** not before this time (backoff after a server error) */
  notBefore?: number
  problem?: Problem
}

export type NewOutboxItem = Pick<
  OutboxItem,
  'method' | 'path' | 'after' | 'body' | 'headers' | 'kind' | 'group' | 'label' | 'href'
> & { id?: string }

/** Where items live; IndexedDB in the app (./outbox-store.ts), a Map in tests. */
export interface OutboxStorage {
  all(): Promise<OutboxItem[]>
  put(item: OutboxItem): Promise<void>
  remove(id: string): Promise<void>
}

/** Sends one request to the API (the app's authorizedFetch); throws on a network failure like fetch. */
export type Transport = (path: string, init: RequestInit) => Promise<Response>

/** What became of one item at its last attempt. */
export type Outcome =
  | { status: 'sent'; result: unknown }
  | { status: 'refused'; problem: Problem }
  | { status: 'waiting'; reason: 'network' | 'server' | 'signed-out' | 'blocked' }

export interface OutboxOptions {
  storage: OutboxStorage
  transport: Transport
  /** the signed-in user's id, or null: items of other users are kept but not sent */
  currentUser: () => number | null
  now?: () => number
  newKey?: () => string
}

const TRANSIENT = new Set([408, 425, 429])
const MAX_BACKOFF_MS = 5 * 60_000

export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`

/** The outbox group of everything filed for one assignment (sessions, its report, the report's evidence). */
export const assignmentGroup = (assignmentId: number) => `assignment:${assignmentId}`

const order = (a: OutboxItem, b: OutboxItem) => a.createdAt - b.createdAt || a.seq - b.seq

export function createOutbox(opts: OutboxOptions) {
  const now = opts.now ?? Date.now
  const newKey = opts.newKey ?? newId
  let items: OutboxItem[] = []
  let loaded: Promise<void> | null = null
  let flushing: Promise<void> | null = null
  let again = false
  let seq = 0
  const listeners = new Set<() => void>()
  const sentListeners = new Set<(item: OutboxItem, result: unknown) => void>()
  const outcomes = new Map<string, Outcome>()

  const emit = () => listeners.forEach((l) => l())

  function load(): Promise<void> {
    loaded ??= opts.storage.all().then((stored) => {
      // an attempt cut short by a closed tab is simply pending again (same key: a replay if it had arrived)
      items = stored.map((i) => (i.state === 'sending' ? { ...i, state: 'pending' as const } : i)).sort(order)
      seq = items.reduce((m, i) => Math.max(m, i.seq + 1), 0)
      emit()
    })
    return loaded
  }

  async function save(item: OutboxItem) {
    items = [...items.filter((i) => i.id !== item.id), item].sort(order)
    await opts.storage.put(item)
    emit()
  }

  async function drop(id: string) {
    items = items.filter((i) => i.id !== id)
    await opts.storage.remove(id)
    emit()
  }

  /** Adds an item (pending, with a fresh Idempotency-Key) behind everything already queued. */
  async function enqueue(n: NewOutboxItem): Promise<OutboxItem> {
    await load()
    const userId = opts.currentUser()
    if (userId === null) throw new Error('outbox: nobody is signed in')
    const item: OutboxItem = {
      ...n,
      id: n.id ?? newId(),
      userId,
      idempotencyKey: newKey(),
      createdAt: now(),
      seq: seq++,
      state: 'pending',
      attempts: 0,
    }
    await save(item)
    return item
  }

  function requestFor(item: OutboxItem): RequestInit {
    const headers: Record<string, string> = { ...item.headers, 'Idempotency-Key': item.idempotencyKey }
    let body: BodyInit | undefined
    if (item.body?.kind === 'json') {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(item.body.value)
    } else if (item.body?.kind === 'file') {
      const form = new FormData()
      form.append(item.body.field, item.body.blob, item.body.fileName)
      body = form
    }
    return { method: item.method, headers, body }
  }

  async function readBody(r: Response): Promise<unknown> {
    const text = await r.text().catch(() => '')
    if (!text) return undefined
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }

  /** One attempt at one item. */
  async function attempt(item: OutboxItem): Promise<Outcome> {
    const sending = { ...item, state: 'sending' as const, attempts: item.attempts + 1 }
    await save(sending)
    let response: Response
    try {
      response = await opts.transport(item.path, requestFor(item))
    } catch {
      await save({ ...sending, state: 'pending' })
      return { status: 'waiting', reason: 'network' }
    }
    const body = await readBody(response)
    if (response.ok) {
      await drop(item.id)
      const id = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined
      for (const d of items.filter((i) => i.after === item.id)) {
        await save({ ...d, after: undefined, path: d.path.replace('{after}', encodeURIComponent(String(id))) })
      }
      sentListeners.forEach((l) => l(item, body))
      return { status: 'sent', result: body }
    }
    if (response.status === 401) {
      await save({ ...sending, state: 'pending' })
      return { status: 'waiting', reason: 'signed-out' }
    }
    if (response.status >= 500 || TRANSIENT.has(response.status)) {
      const backoff = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** Math.min(sending.attempts - 1, 10))
      await save({ ...sending, state: 'pending', notBefore: now() + backoff })
      return { status: 'waiting', reason: 'server' }
    }
    const problem = parseProblem(body, response.status)
    await save({ ...sending, state: 'refused', problem })
    return { status: 'refused', problem }
  }

  async function run(force: boolean) {
    await load()
    const tried = new Set<string>()
    for (;;) {
      const user = opts.currentUser()
      if (user === null) return
      const mine = items.filter((i) => i.userId === user)
      const refused = new Set(mine.filter((i) => i.state === 'refused').map((i) => i.id))
      const next = mine.find(
        (i) =>
          i.state === 'pending' &&
          !tried.has(i.id) &&
          (force || !i.notBefore || i.notBefore <= now()) &&
          (!i.after || !items.some((x) => x.id === i.after)),
      )
      // items waiting for a refused one stay where they are, with it
      for (const i of mine)
        if (i.after && refused.has(i.after)) outcomes.set(i.id, { status: 'waiting', reason: 'blocked' })
      if (!next) return
      tried.add(next.id)
      const outcome = await attempt(next)
      outcomes.set(next.id, outcome)
      // the network is gone or the session ended: the rest would fail the same way
      if (outcome.status === 'waiting' && outcome.reason !== 'server') return
    }
  }

  /**
   * Sends what can be sent now, in order. One flush at a time (another request to flush while one runs makes it
   * run once more at the end); `force` ignores the backoff (the user pressed "send now", the network came back).
   */
  function flush(force = false): Promise<void> {
    if (flushing) {
      again = true
      return flushing
    }
    const go = async () => {
      do {
        again = false
        await run(force)
        // a flush requested while run() awaited sets it again (TypeScript cannot see that)
      } while (again as boolean)
    }
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
    const run1: Promise<void> = locks ? locks.request('tiendo.outbox', go).then(() => undefined) : go()
    const current = run1.finally(() => {
      flushing = null
    })
    flushing = current
    return current
  }

  /**
   * Queues the items (in this order; later ones may wait for earlier ones by id), tries to send everything, and
   * tells what became of the first.
   */
  async function submit(...batch: NewOutboxItem[]): Promise<{ item: OutboxItem; outcome: Outcome }> {
    const queued: OutboxItem[] = []
    for (const n of batch) queued.push(await enqueue(n))
    await flush()
    const item = queued[0]
    return { item, outcome: outcomes.get(item.id) ?? { status: 'waiting', reason: 'network' } }
  }

  /** A refused or pending item changed by the user: a new body, a new key, pending again. */
  async function revise(id: string, changes: Partial<Pick<OutboxItem, 'body' | 'headers' | 'path' | 'label'>>) {
    await load()
    const item = items.find((i) => i.id === id)
    if (!item || item.state === 'sending') return undefined
    const revised: OutboxItem = {
      ...item,
      ...changes,
      idempotencyKey: newKey(),
      state: 'pending',
      problem: undefined,
      notBefore: undefined,
      attempts: 0,
    }
    await save(revised)
    return revised
  }

  /** Removes an item (not while it is being sent) and every item waiting for it. */
  async function discard(id: string): Promise<boolean> {
    await load()
    const item = items.find((i) => i.id === id)
    if (!item) return true
    if (item.state === 'sending') return false
    for (const d of items.filter((i) => i.after === id)) await discard(d.id)
    await drop(id)
    outcomes.delete(id)
    return true
  }

  return {
    load,
    enqueue,
    submit,
    flush,
    revise,
    discard,
    /** the last outcome of an item in this tab */
    outcome: (id: string) => outcomes.get(id),
    /** every item, oldest first (a new array after each change, for useSyncExternalStore) */
    items: () => items,
    subscribe(l: () => void): () => void {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    /** called after each item the server accepted, with its answer */
    onSent(l: (item: OutboxItem, result: unknown) => void): () => void {
      sentListeners.add(l)
      return () => sentListeners.delete(l)
    },
  }
}

export type Outbox = ReturnType<typeof createOutbox>
