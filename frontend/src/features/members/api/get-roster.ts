import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { memberKeys } from '@/lib/api/query-keys'

/** The active members of one organisation; q ignores case and Vietnamese diacritics. */
export const rosterQuery = (orgId: number, q: string, page: number, size: number) =>
  queryOptions({
    queryKey: memberKeys.roster(orgId, q, page, size),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/members', {
          params: { path: { id: orgId }, query: { q: q || undefined, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export function useRoster(orgId: number | undefined, q: string, page: number, size: number) {
  return useQuery({ ...rosterQuery(orgId ?? 0, q, page, size), enabled: !!orgId })
}
