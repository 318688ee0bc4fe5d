import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { reportKeys } from '@/lib/api/query-keys'

/** The reports of the organisations merged into this assignment's organisation while the plan ran (read-only). */
export function usePredecessorReports(assignmentId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.predecessors(assignmentId ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/assignments/{id}/predecessor-reports', { params: { path: { id: assignmentId ?? 0 } } })),
    enabled: !!assignmentId,
  })
}
