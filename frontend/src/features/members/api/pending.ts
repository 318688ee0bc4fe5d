import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, download, unwrap } from '@/lib/api/client'
import type { SessionInput } from '@/lib/api/types'
import { assignmentKeys, memberKeys } from '@/lib/api/query-keys'

/** Members expected by the plan who have not studied yet (the make-up list). */
export const pendingQuery = (planId: number, orgId: number | undefined, page: number, size: number) =>
  queryOptions({
    queryKey: memberKeys.pending(planId, orgId, page, size),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/members-pending', {
          params: { path: { id: planId }, query: { orgId, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
    retry: false,
  })

export function usePendingMembers(planId: number | undefined, orgId: number | undefined, page: number, size: number) {
  return useQuery({ ...pendingQuery(planId ?? 0, orgId, page, size), enabled: !!planId })
}

export function exportPending(planId: number, orgId?: number) {
  const q = new URLSearchParams()
  if (orgId !== undefined) q.set('orgId', String(orgId))
  return download(`/api/v1/plans/${planId}/members-pending/export?${q}`, `dang-vien-chua-hoc-${planId}.xlsx`)
}

/** A make-up session (học bù) on the assignment covering the absentees. */
export function useScheduleMakeUp() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: number; body: SessionInput }) =>
      unwrap(
        api.POST('/api/v1/assignments/{id}/sessions', {
          params: { path: { id: assignmentId } },
          body: { ...body, makeUp: true },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: assignmentKeys.all }),
        qc.invalidateQueries({ queryKey: memberKeys.all }),
      ]),
  })
}
