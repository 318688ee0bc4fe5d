import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { WriteUpInput } from '@/lib/api/types'
import { memberKeys, progressKeys } from '@/lib/api/query-keys'

export const writeUpsQuery = (assignmentId: number) =>
  queryOptions({
    queryKey: memberKeys.writeUps(assignmentId),
    queryFn: () => unwrap(api.GET('/api/v1/assignments/{id}/write-ups', { params: { path: { id: assignmentId } } })),
  })

export function useWriteUps(assignmentId: number) {
  return useQuery({ ...writeUpsQuery(assignmentId), enabled: assignmentId > 0, retry: false })
}

export function useRecordWriteUps(assignmentId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: WriteUpInput) =>
      unwrap(api.PUT('/api/v1/assignments/{id}/write-ups', { params: { path: { id: assignmentId } }, body })),
    onSuccess: (data) => {
      qc.setQueryData(writeUpsQuery(assignmentId).queryKey, data)
      return Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.all }),
        qc.invalidateQueries({ queryKey: progressKeys.all }),
      ])
    },
  })
}

/** The figures a report takes from the roster (attendees, expected, absences with reason, write-ups). */
export function useRosterFigures(assignmentId: number) {
  return useQuery({
    queryKey: memberKeys.rosterFigures(assignmentId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/assignments/{id}/roster-figures', { params: { path: { id: assignmentId } } })),
    enabled: assignmentId > 0,
  })
}
