import { useMutation } from '@tanstack/react-query'
import { download } from '@/lib/api/client'
import { DUE_WITHIN_DAYS } from './get-late'

export function exportLate(planId: number, orgId?: number) {
  const q = new URLSearchParams({ dueWithinDays: String(DUE_WITHIN_DAYS) })
  if (orgId !== undefined) q.set('orgId', String(orgId))
  return download(`/api/v1/plans/${planId}/late/export?${q}`, `don-doc-ke-hoach-${planId}.xlsx`)
}

export function useExportLate() {
  return useMutation({
    mutationFn: ({ planId, orgId }: { planId: number; orgId?: number }) => exportLate(planId, orgId),
  })
}
