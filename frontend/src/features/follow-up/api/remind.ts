import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { DUE_WITHIN_DAYS } from './get-late'
import { progressKeys } from '@/lib/api/query-keys'

/** Sends a reminder now: to the given assignments, or to the whole chase list when none is given. */
export const remindLate = (planId: number, orgId: number | undefined, assignmentIds: number[]) =>
  unwrap(
    api.POST('/api/v1/plans/{id}/late/remind', {
      params: { path: { id: planId }, query: { orgId, dueWithinDays: DUE_WITHIN_DAYS } },
      body: assignmentIds.length ? { assignmentIds } : {},
    }),
  )

export function useRemindLate(planId: number, orgId: number | undefined) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (assignmentIds: number[]) => remindLate(planId, orgId, assignmentIds),
    // the "last reminder" column changes
    onSuccess: () => qc.invalidateQueries({ queryKey: progressKeys.plan(planId) }),
  })
}
