import type { SessionInput, SessionPatch } from '@/lib/api/types'
import { assignmentGroup, type NewOutboxItem } from '@/lib/offline/outbox'

/** Scheduling a session (`POST /assignments/{id}/sessions`), as an outbox item with its own Idempotency-Key. */
export const scheduleSession = (assignmentId: number, body: SessionInput, label?: string): NewOutboxItem => ({
  method: 'POST',
  path: `/api/v1/assignments/${assignmentId}/sessions`,
  body: { kind: 'json', value: body },
  kind: 'session',
  group: assignmentGroup(assignmentId),
  label,
  href: `/my-work/${assignmentId}`,
})

/** Editing or cancelling a scheduled session (`PATCH /sessions/{id}` with If-Match), as an outbox item. */
export const updateSession = (
  assignmentId: number,
  sessionId: number,
  version: number | undefined,
  body: SessionPatch,
  label?: string,
): NewOutboxItem => ({
  method: 'PATCH',
  path: `/api/v1/sessions/${sessionId}`,
  headers: version !== undefined ? { 'If-Match': `"${version}"` } : undefined,
  body: { kind: 'json', value: body },
  kind: body.status === 'CANCELLED' ? 'session-cancel' : 'session-edit',
  group: assignmentGroup(assignmentId),
  label,
  href: `/my-work/${assignmentId}`,
})
