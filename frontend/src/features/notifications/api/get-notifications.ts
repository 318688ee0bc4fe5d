import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { notificationKeys } from '@/lib/api/query-keys'
import { useSession } from '@/lib/auth'

/** The bell polls the unread count this often. */
export const POLL_MS = 60_000

export const unreadCountQuery = () =>
  queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: true, page: 0, size: 1 } } })),
    select: (p) => p.unread,
    refetchInterval: POLL_MS,
    retry: false,
  })

/** Not asked while the user must first choose a password (the API refuses everything else until then). */
export function useUnreadCount() {
  const blocked = !!useSession()?.user.mustChangePassword
  return useQuery({ ...unreadCountQuery(), enabled: !blocked })
}

export const notificationsQuery = (size = 10) =>
  queryOptions({
    queryKey: notificationKeys.list({ size }),
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { page: 0, size } } })),
  })

/** The latest notifications, fetched while the list is open. */
export function useNotifications(open: boolean, size = 10) {
  return useQuery({ ...notificationsQuery(size), enabled: open, refetchInterval: open ? POLL_MS : false })
}
