import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { reportKeys } from '@/lib/api/query-keys'

/** Every version of an assignment's report, as filed. */
export const assignmentReportsQuery = (assignmentId: number) =>
  queryOptions({
    queryKey: reportKeys.assignment(assignmentId),
    queryFn: () => unwrap(api.GET('/api/v1/assignments/{id}/reports', { params: { path: { id: assignmentId } } })),
  })

export function useAssignmentReports(assignmentId: number | undefined) {
  return useQuery({ ...assignmentReportsQuery(assignmentId ?? 0), enabled: !!assignmentId })
}
