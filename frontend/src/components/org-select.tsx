import { useDeferredValue, useMemo, useState } from 'react'
import { Select, type SelectProps } from 'antd'
import { useQueries, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@/lib/api/client'
import type { Organization } from '@/lib/api/types'
import { organizationKeys } from '@/lib/api/query-keys'

type Value = number | number[] | null | undefined

interface Props extends Omit<SelectProps, 'options' | 'value' | 'onChange' | 'mode'> {
  value?: Value
  onChange?: (v: Value) => void
  multiple?: boolean
}

const label = (o: Organization) => `${o.name} (${o.code})`

/** Picks organisations by accent-insensitive search over the caller's subtree. */
export function OrgSelect({ value, onChange, multiple, ...rest }: Props) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const deferred = useDeferredValue(q)
  const search = useQuery({
    queryKey: organizationKeys.list({ q: deferred, size: 20, page: 0 }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { q: deferred || undefined, page: 0, size: 20 } } })),
    staleTime: 60_000,
  })
  const ids = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]
  const known = useQueries({
    queries: ids.map((id) => ({
      queryKey: organizationKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
    })),
  })
  const options = useMemo(() => {
    const map = new Map<number, string>()
    for (const k of known) if (k.data?.id !== undefined) map.set(k.data.id, label(k.data))
    for (const o of search.data?.items ?? []) map.set(o.id, label(o))
    return [...map].map(([id, l]) => ({ value: id, label: l }))
  }, [known, search.data])

  return (
    <Select
      showSearch
      allowClear
      mode={multiple ? 'multiple' : undefined}
      filterOption={false}
      onSearch={setQ}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? t('common.loading') : t('orgs.noResults')}
      options={options}
      value={multiple ? ids : (ids[0] ?? null)}
      onChange={(v) => onChange?.(v ?? (multiple ? [] : null))}
      placeholder={t('orgs.search')}
      {...rest}
    />
  )
}
