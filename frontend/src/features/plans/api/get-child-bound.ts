import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { components } from '@/lib/api/schema'
import { planKeys } from '@/lib/api/query-keys'

export type ChildTierBound = components['schemas']['ChildTierBound']

export interface ChildTierTargets {
  parentId: number
  issuerOrgId: number
  activity?: components['schemas']['Tier']['activity']
  levelCodes: string[]
  organizationIds: number[]
}

/** The deadline the parent plan sets on one tier of a child plan: the server's rule, asked before saving. */
export const childBoundQuery = (k: ChildTierTargets) =>
  queryOptions({
    queryKey: planKeys.childBound(k),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/child-bound', {
          params: {
            path: { id: k.parentId },
            query: {
              issuerOrgId: k.issuerOrgId,
              activity: k.activity,
              levelCodes: k.levelCodes,
              organizationIds: k.organizationIds,
            },
          },
        }),
      ),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  })

export function useChildBound(k: Partial<ChildTierTargets>) {
  const ready = !!k.parentId && !!k.issuerOrgId
  return useQuery({
    ...childBoundQuery({
      parentId: k.parentId ?? 0,
      issuerOrgId: k.issuerOrgId ?? 0,
      activity: k.activity,
      levelCodes: k.levelCodes ?? [],
      organizationIds: k.organizationIds ?? [],
    }),
    enabled: ready,
  })
}
