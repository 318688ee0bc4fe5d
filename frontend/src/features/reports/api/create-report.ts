import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrapAs } from '@/lib/api/client'
import type { Report, ReportInput } from '@/lib/api/types'
import { assignmentKeys, progressKeys, reportKeys } from '@/lib/api/query-keys'

/** Files a report. The Idempotency-Key makes a retried submit (flaky phone network) count once. */
export const createReport = (assignmentId: number, body: ReportInput, idempotencyKey: string) =>
  unwrapAs<Report>(
    api.POST('/api/v1/assignments/{id}/reports', {
      params: { path: { id: assignmentId } },
      headers: { 'Idempotency-Key': idempotencyKey },
      body,
    }),
  )

export function useCreateReport(assignmentId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: ReportInput; key: string }) => createReport(assignmentId, body, key),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: assignmentKeys.all }),
        qc.invalidateQueries({ queryKey: reportKeys.all }),
        qc.invalidateQueries({ queryKey: progressKeys.all }),
      ]),
  })
}
