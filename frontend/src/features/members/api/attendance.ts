import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { AttendanceInput } from '@/lib/api/types'

export const attendanceQuery = (sessionId: number) =>
  queryOptions({
    queryKey: ['members', 'attendance', sessionId],
    queryFn: () => unwrap(api.GET('/api/v1/sessions/{id}/attendance', { params: { path: { id: sessionId } } })),
  })

export function useAttendance(sessionId: number) {
  return useQuery({ ...attendanceQuery(sessionId), enabled: sessionId > 0 })
}

/** Replaces the session's list; the session becomes held. Sent through the normal API client. */
export function useRecordAttendance(sessionId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: AttendanceInput) =>
      unwrap(api.PUT('/api/v1/sessions/{id}/attendance', { params: { path: { id: sessionId } }, body })),
    onSuccess: (data) => {
      qc.setQueryData(attendanceQuery(sessionId).queryKey, data)
      return Promise.all([
        qc.invalidateQueries({ queryKey: ['members'] }),
        qc.invalidateQueries({ queryKey: ['assignments'] }),
        qc.invalidateQueries({ queryKey: ['progress'] }),
      ])
    },
  })
}
