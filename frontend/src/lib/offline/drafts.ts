/**
 * Drafts: what a form holds is saved on the phone as it is typed (IndexedDB, per user and form), so a closed tab,
 * a reload or a dead battery loses nothing. Cleared once the form's submission is queued or sent.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { authStore } from '../auth'
import { idb } from './idb'

const slot = (key: string) => `${authStore.get()?.user.id ?? 'anonymous'}:${key}`

export function useDraft<T>(key: string, delayMs = 300) {
  const [state, setState] = useState<{ loaded: boolean; value?: T }>({ loaded: false })
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef<T | undefined>(undefined)

  useEffect(() => {
    let live = true
    setState({ loaded: false })
    idb.get<T>('drafts', slot(key)).then(
      (value) => live && setState({ loaded: true, value }),
      () => live && setState({ loaded: true }),
    )
    return () => {
      live = false
    }
  }, [key])

  const writeNow = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    if (latest.current !== undefined) return idb.set('drafts', slot(key), latest.current).catch(() => {})
    return Promise.resolve()
  }, [key])

  // a pending save is written when the form goes away
  useEffect(() => () => void (timer.current && writeNow()), [writeNow])

  const save = useCallback(
    (value: T) => {
      latest.current = value
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void writeNow(), delayMs)
    },
    [delayMs, writeNow],
  )

  const clear = useCallback(async () => {
    clearTimeout(timer.current)
    timer.current = undefined
    latest.current = undefined
    setState({ loaded: true })
    await idb.del('drafts', slot(key)).catch(() => {})
  }, [key])

  return { loaded: state.loaded, value: state.value, save, saveNow: writeNow, clear }
}
