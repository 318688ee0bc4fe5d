import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { assignmentKeys } from '@/lib/api/query-keys'

/** The sessions held or planned for one assignment (its organisation's sessions, filtered), newest first. */
export function useAssignmentSessions(orgId: number | undefined, assignmentId: number) {
  const q = useQuery({
    queryKey: assignmentKeys.sessions(orgId ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/sessions', { params: { query: { orgId, page: 0, size: 200 } } })),
    enabled: !!orgId,
  })
  const items = (q.data?.items ?? [])
    .filter((s) => s.assignmentId === assignmentId && s.status !== 'CANCELLED')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  return { ...q, items }
}
