import { Select, type SelectProps } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@/lib/api/client'
import { planKeys } from '@/lib/api/query-keys'

/** Picks one of the published plans (the ones that have assignments and reports). */
export function PlanSelect(props: Omit<SelectProps<number>, 'options'>) {
  const { t } = useTranslation()
  const plans = useQuery({
    queryKey: planKeys.list({ status: 'PUBLISHED', page: 0, size: 100 }),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { status: 'PUBLISHED', page: 0, size: 100 } } })),
  })
  return (
    <Select<number>
      allowClear
      showSearch
      optionFilterProp="label"
      loading={plans.isLoading}
      popupMatchSelectWidth={false}
      style={{ minWidth: 240 }}
      options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.number} — ${p.title}` }))}
      notFoundContent={t('common.noData')}
      {...props}
    />
  )
}
