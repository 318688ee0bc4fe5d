import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { ReviewInput } from '@/lib/api/types'
import { assignmentKeys, progressKeys, reportKeys } from '@/lib/api/query-keys'

export const reviewReport = (reportId: number, body: ReviewInput) =>
  unwrap(api.POST('/api/v1/reports/{id}/review', { params: { path: { id: reportId } }, body }))

export function useReviewReport() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ reportId, body }: { reportId: number; body: ReviewInput }) => reviewReport(reportId, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: reportKeys.all }),
        qc.invalidateQueries({ queryKey: assignmentKeys.all }),
        qc.invalidateQueries({ queryKey: progressKeys.all }),
      ]),
  })
}
