import type { ReportInput } from '@/lib/api/types'
import { assignmentGroup, newId, type NewOutboxItem } from '@/lib/offline/outbox'

export interface EvidenceUpload {
  blob: Blob
  fileName: string
}

/**
 * Filing a report, as outbox items: `POST /assignments/{id}/reports`, then one `POST /reports/{id}/attachments`
 * per evidence file, each waiting for the report's answer (its id). Each item carries its own Idempotency-Key, so a
 * retry after a lost answer (flaky phone network) counts once.
 */
export function reportSubmission(
  assignmentId: number,
  body: ReportInput,
  evidence: EvidenceUpload[],
  label?: string,
): NewOutboxItem[] {
  const group = assignmentGroup(assignmentId)
  const href = `/my-work/${assignmentId}`
  const report: NewOutboxItem = {
    id: newId(),
    method: 'POST',
    path: `/api/v1/assignments/${assignmentId}/reports`,
    body: { kind: 'json', value: body },
    kind: 'report',
    group,
    label,
    href,
  }
  return [
    report,
    ...evidence.map((e): NewOutboxItem => ({
      method: 'POST',
      path: '/api/v1/reports/{after}/attachments',
      after: report.id,
      body: { kind: 'file', field: 'file', blob: e.blob, fileName: e.fileName },
      kind: 'attachment',
      group,
      label: label ? `${label} · ${e.fileName}` : e.fileName,
      href,
    })),
  ]
}
