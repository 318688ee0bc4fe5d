import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { planKeys } from '@/lib/api/query-keys'

/** Published and closed plans, newest first: the ones with progress to show. */
export const watchablePlansQuery = () =>
  queryOptions({
    queryKey: planKeys.list('watchable'),
    queryFn: async () => {
      const [published, closed] = await Promise.all([
        unwrap(api.GET('/api/v1/plans', { params: { query: { status: 'PUBLISHED', page: 0, size: 100 } } })),
        unwrap(api.GET('/api/v1/plans', { params: { query: { status: 'CLOSED', page: 0, size: 100 } } })),
      ])
      return [...published.items, ...closed.items]
    },
  })

export function useWatchablePlans() {
  return useQuery(watchablePlansQuery())
}
