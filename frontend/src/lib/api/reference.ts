/** Reference data every feature reads: the configured levels. */
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from './client'
import type { Level } from './types'
import { levelKeys } from '@/lib/api/query-keys'

export const levelsQuery = () =>
  queryOptions({
    queryKey: levelKeys.all,
    queryFn: () => unwrap(api.GET('/api/v1/levels')),
    staleTime: 10 * 60_000,
  })

export function useLevels() {
  return useQuery(levelsQuery())
}

export function levelName(levels: Level[] | undefined, code: string | null | undefined): string {
  if (!code) return '—'
  return levels?.find((l) => l.code === code)?.name ?? code
}
