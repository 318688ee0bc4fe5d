import { queryOptions, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { api, unwrap } from '@/lib/api/client'
import { authStore, useSession } from '@/lib/auth'
import { meKeys } from '@/lib/api/query-keys'

export const meQuery = () =>
  queryOptions({ queryKey: meKeys.all, queryFn: () => unwrap(api.GET('/api/v1/me')), staleTime: 5 * 60_000 })

/** Refreshes the stored user from the server once per session (roles or organisation may change). */
export function useRefreshMe() {
  const session = useSession()
  const q = useQuery({ ...meQuery(), enabled: !!session })
  useEffect(() => {
    if (q.data) authStore.setUser(q.data)
  }, [q.data])
}
