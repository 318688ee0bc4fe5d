import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { api, unwrap } from '@/lib/api/client'
import type { Attendance, AttendanceInput } from '@/lib/api/types'
import type { NewOutboxItem } from '@/lib/offline/outbox'
import { assignmentKeys, memberKeys, progressKeys } from '@/lib/api/query-keys'

export const attendanceQuery = (sessionId: number) =>
  queryOptions({
    queryKey: memberKeys.attendance(sessionId),
    queryFn: () => unwrap(api.GET('/api/v1/sessions/{id}/attendance', { params: { path: { id: sessionId } } })),
  })

export function useAttendance(sessionId: number) {
  return useQuery({ ...attendanceQuery(sessionId), enabled: sessionId > 0 })
}

/** The outbox group of one session's attendance list: the checklist finds its queued or refused save by it. */
export const attendanceGroup = (sessionId: number) => `attendance:${sessionId}`

/**
 * Recording a session's attendance (`PUT /sessions/{id}/attendance`: replaces the list, the session becomes held),
 * as an outbox item with its own Idempotency-Key: sent at once when there is a network, else when it returns.
 */
export const recordAttendance = (
  sessionId: number,
  body: AttendanceInput,
  assignmentId?: number,
  label?: string,
): NewOutboxItem => ({
  method: 'PUT',
  path: `/api/v1/sessions/${sessionId}/attendance`,
  body: { kind: 'json', value: body },
  kind: 'attendance',
  group: attendanceGroup(sessionId),
  label,
  href: assignmentId !== undefined ? `/my-work/${assignmentId}/attendance/${sessionId}` : undefined,
})

/** What the screens do once the server has the list: show its answer and refresh the figures that depend on it. */
export function useAttendanceRecorded(sessionId: number) {
  const qc = useQueryClient()
  return useCallback(
    (data: unknown) => {
      if (data && typeof data === 'object') qc.setQueryData(attendanceQuery(sessionId).queryKey, data as Attendance)
      return Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.all }),
        qc.invalidateQueries({ queryKey: assignmentKeys.all }),
        qc.invalidateQueries({ queryKey: progressKeys.all }),
      ])
    },
    [qc, sessionId],
  )
}
