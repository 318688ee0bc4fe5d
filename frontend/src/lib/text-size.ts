/** The larger-text setting (chữ lớn), kept on this device; the providers scale antd's type and controls by it. */
import { useSyncExternalStore } from 'react'

const KEY = 'tiendo.largeText'
const listeners = new Set<() => void>()
const read = () => {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

export const textSize = {
  large: read,
  set(large: boolean) {
    try {
      if (large) localStorage.setItem(KEY, '1')
      else localStorage.removeItem(KEY)
    } catch {
      /* storage unavailable: the setting lasts for this page */
    }
    document.documentElement.classList.toggle('large-text', large)
    listeners.forEach((l) => l())
  },
  subscribe(l: () => void) {
    listeners.add(l)
    return () => listeners.delete(l)
  },
}

export const useLargeText = () => useSyncExternalStore(textSize.subscribe, textSize.large, () => false)
