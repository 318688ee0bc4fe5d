import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { planKeys } from '@/lib/api/query-keys'

export const planQuery = (id: number) =>
  queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id } } })),
  })

export function usePlan(id: number | undefined) {
  return useQuery({ ...planQuery(id ?? 0), enabled: id !== undefined && Number.isFinite(id) })
}
