import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { authStore } from '@/lib/auth'

export interface Credentials {
  username: string
  password: string
}

export const login = (body: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body }))

export function useLogin() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (res) => {
      qc.clear()
      authStore.signIn(res.accessToken, res.expiresIn, res.user)
    },
  })
}
