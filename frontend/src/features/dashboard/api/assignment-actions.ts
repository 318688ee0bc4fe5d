import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, etag, unwrap } from '@/lib/api/client'
import type { ExemptInput, ExtendInput, Versioned } from '@/lib/api/types'
import { assignmentKeys, progressKeys } from '@/lib/api/query-keys'

/** Exempts an assignment with a reason: it leaves every denominator. */
export const exemptAssignment = (a: Versioned, body: ExemptInput) =>
  unwrap(
    api.POST('/api/v1/assignments/{id}/exempt', {
      params: { path: { id: a.id ?? 0 }, header: { 'If-Match': etag(a.version ?? 0) } },
      body,
    }),
  )

/** Moves an assignment's deadline later, with a reason. */
export const extendAssignment = (a: Versioned, body: ExtendInput) =>
  unwrap(
    api.POST('/api/v1/assignments/{id}/extend', {
      params: { path: { id: a.id ?? 0 }, header: { 'If-Match': etag(a.version ?? 0) } },
      body,
    }),
  )

/** The figures an exemption or an extension changes: progress (cards, grid, lists, timeline) and assignments. */
function useRefreshAfter() {
  const qc = useQueryClient()
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: progressKeys.all }),
      qc.invalidateQueries({ queryKey: assignmentKeys.all }),
    ])
}

export function useExemptAssignment(a: Versioned) {
  const refresh = useRefreshAfter()
  return useMutation({ mutationFn: (body: ExemptInput) => exemptAssignment(a, body), onSuccess: refresh })
}

export function useExtendAssignment(a: Versioned) {
  const refresh = useRefreshAfter()
  return useMutation({ mutationFn: (body: ExtendInput) => extendAssignment(a, body), onSuccess: refresh })
}
