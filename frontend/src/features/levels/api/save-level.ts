import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Level, LevelInput, LevelUpdate } from '@/lib/api/types'
import { levelKeys } from '@/lib/api/query-keys'

export const createLevel = (body: LevelInput) => unwrap(api.POST('/api/v1/levels', { body }))

export const updateLevel = (code: string, body: LevelUpdate) =>
  unwrap(api.PUT('/api/v1/levels/{code}', { params: { path: { code } }, body }))

/** Retiring a level: no new organisations at it; existing ones and old plans keep it. */
export const retireLevel = (code: string) => unwrap(api.DELETE('/api/v1/levels/{code}', { params: { path: { code } } }))

export function useSaveLevel(existing?: Level) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: LevelInput) =>
      existing?.code
        ? updateLevel(existing.code, {
            name: body.name,
            rank: body.rank,
            usedUntil: body.usedUntil,
            active: existing.active,
          })
        : createLevel(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: levelKeys.all }),
  })
}

export function useRetireLevel() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: retireLevel,
    onSuccess: () => qc.invalidateQueries({ queryKey: levelKeys.all }),
  })
}
