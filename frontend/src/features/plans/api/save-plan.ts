import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, etag, unwrap } from '@/lib/api/client'
import type { Versioned } from '@/lib/api/types'
import type { PlanInput } from '@/lib/api/types'
import { planKeys } from '@/lib/api/query-keys'

export const createPlan = (body: PlanInput) => unwrap(api.POST('/api/v1/plans', { body }))

export const updatePlan = (plan: Versioned, body: PlanInput) =>
  unwrap(
    api.PUT('/api/v1/plans/{id}', {
      params: { path: { id: plan.id ?? 0 } },
      headers: { 'If-Match': etag(plan.version ?? 0) },
      body,
    }),
  )

/** Creates a plan, or updates `existing` (a draft) with If-Match. */
export function useSavePlan(existing?: Versioned) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: PlanInput) => (existing ? updatePlan(existing, body) : createPlan(body)),
    onSuccess: (plan) => {
      qc.setQueryData(planKeys.detail(plan.id), plan)
      return qc.invalidateQueries({ queryKey: planKeys.lists() })
    },
  })
}
