import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, etag, unwrap } from '@/lib/api/client'
import type { Versioned } from '@/lib/api/types'
import { assignmentKeys, planKeys, progressKeys } from '@/lib/api/query-keys'

/** How many assignments publishing would create; nothing is saved. */
export const previewPublish = (plan: Versioned) =>
  unwrap(
    api.POST('/api/v1/plans/{id}/publish', {
      params: { path: { id: plan.id ?? 0 }, query: { dryRun: true } },
      headers: { 'If-Match': etag(plan.version ?? 0) },
    }),
  )

export const publishPlan = (plan: Versioned) =>
  unwrap(
    api.POST('/api/v1/plans/{id}/publish', {
      params: { path: { id: plan.id ?? 0 } },
      headers: { 'If-Match': etag(plan.version ?? 0) },
    }),
  )

export const closePlan = (plan: Versioned) =>
  unwrap(
    api.POST('/api/v1/plans/{id}/close', {
      params: { path: { id: plan.id ?? 0 } },
      headers: { 'If-Match': etag(plan.version ?? 0) },
    }),
  )

function useInvalidatePlans() {
  const qc = useQueryClient()
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: planKeys.all }),
      qc.invalidateQueries({ queryKey: progressKeys.all }),
      qc.invalidateQueries({ queryKey: assignmentKeys.all }),
    ])
}

export function usePublishPlan() {
  const invalidate = useInvalidatePlans()
  return useMutation({ mutationFn: publishPlan, onSuccess: invalidate })
}

export function useClosePlan() {
  const invalidate = useInvalidatePlans()
  return useMutation({ mutationFn: closePlan, onSuccess: invalidate })
}
