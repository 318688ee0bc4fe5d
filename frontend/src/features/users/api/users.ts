import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, etag, unwrap } from '@/lib/api/client'
import type { UserInput, UserPatch, Versioned } from '@/lib/api/types'
import { userKeys } from '@/lib/api/query-keys'

export const usersQuery = (page: number, size: number) =>
  queryOptions({
    queryKey: userKeys.list({ page, size }),
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { page, size } } })),
    placeholderData: keepPreviousData,
  })

/** The users of the administrator's subtree. */
export function useUsers(page: number, size: number) {
  return useQuery(usersQuery(page, size))
}

export const createUser = (body: UserInput) => unwrap(api.POST('/api/v1/users', { body }))

export const updateUser = (user: Versioned, body: UserPatch) =>
  unwrap(
    api.PATCH('/api/v1/users/{id}', {
      params: { path: { id: user.id ?? 0 } },
      headers: { 'If-Match': etag(user.version ?? 0) },
      body,
    }),
  )

export function useCreateUser() {
  const qc = useQueryClient()
  return useMutation({ mutationFn: createUser, onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }) })
}

export function useUpdateUser(user?: Versioned) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: UserPatch) => updateUser(user ?? {}, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  })
}
