import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrapAs } from '@/lib/api/client'
import type { Plan } from '@/lib/api/types'
import { planKeys } from '@/lib/api/query-keys'

export const planQuery = (id: number) =>
  queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: () => unwrapAs<Plan>(api.GET('/api/v1/plans/{id}', { params: { path: { id } } })),
  })

export function usePlan(id: number | undefined) {
  return useQuery({ ...planQuery(id ?? 0), enabled: id !== undefined && Number.isFinite(id) })
}
