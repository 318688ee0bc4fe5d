import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { TablePaginationConfig } from 'antd'

/** Filters and paging live in the URL, so a reload or a shared link shows the same list. */
export function useUrlState() {
  const [params, setParams] = useSearchParams()
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params])
  const getNumber = useCallback(
    (key: string) => {
      const v = params.get(key)
      if (v === null || v === '') return undefined
      const n = Number(v)
      return Number.isFinite(n) ? n : undefined
    },
    [params],
  )
  const set = useCallback(
    (patch: Record<string, string | number | boolean | null | undefined>, opts?: { replace?: boolean }) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '' || v === false) next.delete(k)
            else next.set(k, String(v))
          }
          return next
        },
        { replace: opts?.replace },
      )
    },
    [setParams],
  )
  return { params, get, getNumber, set }
}

export const PAGE_SIZES = [10, 20, 50, 100]
export const DEFAULT_PAGE_SIZE = 20

/** `page` in the URL counts from 1 for people; the API counts from 0. */
export function usePaging(prefix = '') {
  const { t } = useTranslation()
  const { getNumber, set } = useUrlState()
  const page = Math.max(1, getNumber(`${prefix}page`) ?? 1)
  const size = getNumber(`${prefix}size`) ?? DEFAULT_PAGE_SIZE
  const onChange = (p: number, s: number) =>
    set({ [`${prefix}page`]: p === 1 ? undefined : p, [`${prefix}size`]: s === DEFAULT_PAGE_SIZE ? undefined : s })
  return {
    page,
    size,
    apiPage: page - 1,
    onChange,
    reset: () => set({ [`${prefix}page`]: undefined }),
    /** The antd Table pagination every list uses: page and size in the URL, sizes to choose, the total shown. */
    table: (total: number): TablePaginationConfig => ({
      current: page,
      pageSize: size,
      total,
      pageSizeOptions: PAGE_SIZES,
      showSizeChanger: true,
      showTotal: (n) => t('common.total', { total: n }),
      onChange,
    }),
  }
}
