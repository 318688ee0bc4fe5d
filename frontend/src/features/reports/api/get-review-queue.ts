import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { reportKeys } from '@/lib/api/query-keys'

export interface ReviewQueueParams {
  planId?: number
  /** MINE: what the caller's level decides (the nearest reviewing level above); DEEPER: decided by committees below */
  decider?: 'MINE' | 'DEEPER'

  page: number
  size: number
}

export const reviewQueueQuery = (params: ReviewQueueParams) =>
  queryOptions({
    queryKey: reportKeys.queue(params),
    queryFn: () => unwrap(api.GET('/api/v1/reports', { params: { query: { state: 'SUBMITTED', ...params } } })),
    placeholderData: keepPreviousData,
  })

export function useReviewQueue(params: ReviewQueueParams) {
  return useQuery(reviewQueueQuery(params))
}
