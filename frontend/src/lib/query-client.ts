import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './problem'

export function makeQueryClient({ gcTime }: { gcTime?: number } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        ...(gcTime !== undefined ? { gcTime } : {}),
        refetchOnWindowFocus: false,
        // a 4xx will not change by asking again
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  })
}
