import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { authStore } from '@/lib/auth'
import { meKeys } from '@/lib/api/query-keys'
import type { MyPreferences, PasswordChange } from '@/lib/api/types'

/** A new password for the signed-in user: the answer is a fresh session (every other one ends). */
export function useChangePassword() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: PasswordChange) => unwrap(api.POST('/api/v1/me/password', { body })),
    onSuccess: (res) => {
      qc.clear()
      authStore.signIn(res.accessToken, res.expiresIn, res.user)
      qc.setQueryData(meKeys.all, res.user)
    },
  })
}

/** The user's own mailbox and how notices reach it. */
export function useUpdatePreferences() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: MyPreferences) => unwrap(api.PATCH('/api/v1/me', { body })),
    onSuccess: (user) => {
      qc.setQueryData(meKeys.all, user)
      authStore.setUser(user)
    },
  })
}
