import { describe, expect, it } from 'vitest'
import { createOutbox, type OutboxItem, type OutboxStorage } from './outbox'

function memoryStorage(initial: OutboxItem[] = []): OutboxStorage & { map: Map<string, OutboxItem> } {
  const map = new Map(initial.map((i) => [i.id, i]))
  return {
    map,
    all: async () => [...map.values()].map((i) => structuredClone(i)),
    put: async (i) => void map.set(i.id, structuredClone(i)),
    remove: async (id) => void map.delete(id),
  }
}

interface Sent {
  path: string
  method: string
  key: string | null
  body: unknown
}

/** A fake server: answers each request with the next scripted reply ('offline' throws like fetch does). */
function server(replies: Array<'offline' | [number, unknown]>) {
  const sent: Sent[] = []
  const transport = async (path: string, init: RequestInit) => {
    const headers = new Headers(init.headers)
    sent.push({
      path,
      method: String(init.method),
      key: headers.get('Idempotency-Key'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    })
    const r = replies.shift() ?? [201, { id: sent.length }]
    if (r === 'offline') throw new TypeError('Failed to fetch')
    const [status, body] = r
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    })
  }
  return { sent, transport }
}

let keys = 0
function make(replies: Array<'offline' | [number, unknown]>, user: number | null = 4, storage = memoryStorage()) {
  const s = server(replies)
  let clock = 1_000
  const box = createOutbox({
    storage,
    transport: s.transport,
    currentUser: () => user,
    now: () => clock,
    newKey: () => `key-${++keys}`,
  })
  return { box, storage, sent: s.sent, tick: (ms: number) => (clock += ms) }
}

const report = (assignment: number, attendees: number) => ({
  method: 'POST' as const,
  path: `/api/v1/assignments/${assignment}/reports`,
  body: { kind: 'json' as const, value: { heldOn: '2026-11-30', attendees } },
  kind: 'report',
  group: `assignment:${assignment}`,
})

describe('outbox', () => {
  it('sends queued items in the order they were made, each with its own Idempotency-Key, and forgets them once accepted', async () => {
    const { box, sent, storage } = make([])
    const a = await box.enqueue(report(1, 10))
    const b = await box.enqueue(report(2, 20))
    const c = await box.enqueue(report(3, 30))
    expect(box.items().map((i) => i.state)).toEqual(['pending', 'pending', 'pending'])
    await box.flush()
    expect(sent.map((s) => s.path)).toEqual([
      '/api/v1/assignments/1/reports',
      '/api/v1/assignments/2/reports',
      '/api/v1/assignments/3/reports',
    ])
    expect(sent.map((s) => s.key)).toEqual([a.idempotencyKey, b.idempotencyKey, c.idempotencyKey])
    expect(new Set(sent.map((s) => s.key)).size).toBe(3)
    expect(sent[1].body).toEqual({ heldOn: '2026-11-30', attendees: 20 })
    expect(box.items()).toEqual([])
    expect(storage.map.size).toBe(0)
  })

  it('keeps an item through a lost network and a server error and retries it with the same key', async () => {
    const { box, sent, tick } = make(['offline', [503, { status: 503, title: 'Unavailable' }], [201, { id: 77 }]])
    const { item, outcome } = await box.submit(report(1, 10))
    expect(outcome).toEqual({ status: 'waiting', reason: 'network' })
    expect(box.items()).toHaveLength(1)
    expect(box.items()[0].state).toBe('pending')

    await box.flush()
    expect(box.outcome(item.id)).toEqual({ status: 'waiting', reason: 'server' })
    // backing off after a server error: not sent again at once…
    await box.flush()
    expect(sent).toHaveLength(2)
    // …but after the wait
    tick(10_000)
    await box.flush()
    expect(box.outcome(item.id)).toEqual({ status: 'sent', result: { id: 77 } })
    expect(sent.map((s) => s.key)).toEqual([item.idempotencyKey, item.idempotencyKey, item.idempotencyKey])
    expect(box.items()).toEqual([])
  })

  it('stops at the first network failure and keeps the order for the next attempt', async () => {
    const { box, sent } = make(['offline'])
    await box.enqueue(report(1, 10))
    await box.enqueue(report(2, 20))
    await box.flush()
    expect(sent.map((s) => s.path)).toEqual(['/api/v1/assignments/1/reports'])
    await box.flush()
    expect(sent.map((s) => s.path)).toEqual([
      '/api/v1/assignments/1/reports',
      '/api/v1/assignments/1/reports',
      '/api/v1/assignments/2/reports',
    ])
    expect(sent[0].key).toBe(sent[1].key)
  })

  it('keeps a refused item with the server reason, sends the others, and sends it again with a new key once corrected', async () => {
    const refusal = {
      type: 'about:blank',
      title: 'Vi phạm quy tắc nghiệp vụ',
      status: 422,
      detail: 'Số dự không được lớn hơn số phải dự',
      errors: [{ field: 'attendees', message: 'không được lớn hơn số phải dự (20)' }],
    }
    const { box, sent, storage } = make([
      [422, refusal],
      [201, { id: 2 }],
      [201, { id: 3 }],
    ])
    const { item, outcome } = await box.submit(report(1, 99))
    expect(outcome.status).toBe('refused')
    const other = await box.enqueue(report(2, 20))
    await box.flush()
    expect(box.outcome(other.id)?.status).toBe('sent')

    // the refusal is still there, in memory and in storage, with the server's words
    const kept = box.items()
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatchObject({ id: item.id, state: 'refused' })
    expect(kept[0].problem).toMatchObject({ status: 422, detail: 'Số dự không được lớn hơn số phải dự' })
    expect(kept[0].problem?.errors).toEqual([{ field: 'attendees', message: 'không được lớn hơn số phải dự (20)' }])
    expect(storage.map.get(item.id)?.state).toBe('refused')
    // flushing again does not resend it
    await box.flush()
    expect(sent).toHaveLength(2)

    const revised = await box.revise(item.id, {
      body: { kind: 'json', value: { heldOn: '2026-11-30', attendees: 19 } },
    })
    expect(revised?.idempotencyKey).not.toBe(item.idempotencyKey)
    await box.flush()
    expect(sent).toHaveLength(3)
    expect(sent[2]).toMatchObject({ key: revised?.idempotencyKey, body: { attendees: 19 } })
    expect(box.items()).toEqual([])
  })

  it('sends a photo after its report, on the path of the created report, and holds it while the report is refused', async () => {
    const { box, sent } = make([
      [409, { status: 409, detail: 'Kế hoạch đã kết thúc' }],
      [201, { id: 55 }],
      [201, { id: 9 }],
    ])
    const r = await box.enqueue(report(1, 10))
    await box.enqueue({
      method: 'POST',
      path: '/api/v1/reports/{after}/attachments',
      after: r.id,
      body: { kind: 'file', field: 'file', blob: new Blob(['jpeg']), fileName: 'bien-ban.jpg' },
      kind: 'attachment',
      group: 'assignment:1',
    })
    await box.flush()
    expect(sent).toHaveLength(1)
    expect(box.items().map((i) => i.state)).toEqual(['refused', 'pending'])

    await box.revise(r.id, {})
    await box.flush()
    expect(sent.map((s) => s.path)).toEqual([
      '/api/v1/assignments/1/reports',
      '/api/v1/assignments/1/reports',
      '/api/v1/reports/55/attachments',
    ])
    expect(sent[2].body).toBeInstanceOf(FormData)
    expect(((sent[2].body as FormData).get('file') as File).name).toBe('bien-ban.jpg')
    expect(box.items()).toEqual([])
  })

  it('discarding an item discards what waits for it', async () => {
    const { box, storage } = make([])
    const r = await box.enqueue(report(1, 10))
    await box.enqueue({ ...report(1, 0), path: '/api/v1/reports/{after}/attachments', after: r.id, kind: 'attachment' })
    await box.enqueue(report(2, 20))
    expect(await box.discard(r.id)).toBe(true)
    expect(box.items().map((i) => i.path)).toEqual(['/api/v1/assignments/2/reports'])
    expect(storage.map.size).toBe(1)
  })

  it('survives a reload: stored items come back in order, one cut off mid-send is pending with its key', async () => {
    const first = make(['offline'])
    const a = await first.box.enqueue(report(1, 10))
    const b = await first.box.enqueue(report(2, 20))
    first.storage.map.set(a.id, { ...a, state: 'sending', attempts: 1 })
    const second = make([], 4, first.storage)
    await second.box.flush()
    expect(second.sent.map((s) => s.key)).toEqual([a.idempotencyKey, b.idempotencyKey])
  })

  it("sends only the signed-in user's items, and nothing when nobody is signed in", async () => {
    const storage = memoryStorage()
    const theirs = make([], 9, storage)
    await theirs.box.enqueue(report(1, 10))
    const mine = make([], 4, storage)
    await mine.box.enqueue(report(2, 20))
    await mine.box.flush()
    expect(mine.sent.map((s) => s.path)).toEqual(['/api/v1/assignments/2/reports'])
    expect(storage.map.size).toBe(1)

    const nobody = make([], null, storage)
    await nobody.box.flush()
    expect(nobody.sent).toEqual([])
    await expect(nobody.box.enqueue(report(3, 1))).rejects.toThrow()
  })

  it('a 401 that the session could not cure keeps the item for the next sign-in', async () => {
    const { box, sent } = make([[401, { status: 401 }]])
    const { outcome } = await box.submit(report(1, 10))
    expect(outcome).toEqual({ status: 'waiting', reason: 'signed-out' })
    expect(box.items()[0].state).toBe('pending')
    await box.flush()
    expect(sent).toHaveLength(2)
    expect(sent[0].key).toBe(sent[1].key)
  })
})
