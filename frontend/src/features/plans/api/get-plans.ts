import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { ApiQuery } from '@/lib/api/types'
import { planKeys } from '@/lib/api/query-keys'

export type PlansParams = ApiQuery<'/api/v1/plans', 'get'>

export const plansQuery = (params: PlansParams) =>
  queryOptions({
    queryKey: planKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: params } })),
    placeholderData: keepPreviousData,
  })

export function usePlans(params: PlansParams) {
  return useQuery(plansQuery(params))
}
