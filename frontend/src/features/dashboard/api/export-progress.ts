import { useMutation } from '@tanstack/react-query'
import { download } from '@/lib/api/client'

export function exportProgress(planId: number, orgId?: number) {
  const q = new URLSearchParams({ format: 'xlsx' })
  if (orgId !== undefined) q.set('orgId', String(orgId))
  return download(`/api/v1/plans/${planId}/progress/export?${q}`, `tien-do-ke-hoach-${planId}.xlsx`)
}

export function useExportProgress() {
  return useMutation({
    mutationFn: ({ planId, orgId }: { planId: number; orgId?: number }) => exportProgress(planId, orgId),
  })
}
