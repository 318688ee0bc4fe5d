import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Session } from '@/lib/api/types'
import { assignmentKeys } from '@/lib/api/query-keys'

/** An organisation's sessions, to show on each assignment when and where its session is. */
export const orgSessionsQuery = (orgId: number) =>
  queryOptions({
    queryKey: assignmentKeys.sessions(orgId),
    queryFn: () => unwrap(api.GET('/api/v1/sessions', { params: { query: { orgId, page: 0, size: 200 } } })),
  })

export function useSessionsByAssignment(orgId: number | null | undefined) {
  const q = useQuery({ ...orgSessionsQuery(orgId ?? 0), enabled: !!orgId })
  const byAssignment = new Map<number, Session>()
  for (const s of q.data?.items ?? []) {
    if (s.status === 'CANCELLED') continue
    const seen = byAssignment.get(s.assignmentId)
    // the latest scheduled session wins
    if (!seen || s.startsAt > seen.startsAt) byAssignment.set(s.assignmentId, s)
  }
  return byAssignment
}
