import { Link, useNavigate } from 'react-router'
import { Card, Flex, Grid, Input, Segmented, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Plan, PlanStatus } from '@/lib/api/types'
import { usePaging, useUrlState } from '@/lib/url-state'
import { useFormat } from '@/lib/use-format'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { PlanStatusTag } from '@/components/ui/tags'
import { usePlans } from '../api/get-plans'

const STATUSES: PlanStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED']

export function PlanList({ emptyAction }: { emptyAction?: React.ReactNode }) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigate()
  const url = useUrlState()
  const screens = Grid.useBreakpoint()
  const paging = usePaging()
  const status = url.get('status') as PlanStatus | undefined
  const q = url.get('q')
  const plans = usePlans({ status, q, page: paging.apiPage, size: paging.size })

  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />

  return (
    <Card
      title={
        <Flex gap={8} wrap align="center" style={{ padding: '8px 0' }}>
          <Segmented
            aria-label={t('plans.filterStatus')}
            value={status ?? 'ALL'}
            options={[
              { value: 'ALL', label: t('plans.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`planStatus.${s}`) })),
            ]}
            onChange={(v) => url.set({ status: v === 'ALL' ? undefined : String(v), page: undefined })}
          />
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('plans.search')}
            aria-label={t('plans.search')}
            style={{ width: 260, maxWidth: '100%' }}
            onSearch={(v) => url.set({ q: v.trim() || undefined, page: undefined })}
          />
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<Plan>
        rowKey={(r) => r.id}
        loading={plans.isFetching}
        dataSource={plans.data?.items ?? []}
        scroll={screens.md ? { x: 900 } : undefined}
        rowClassName={() => 'clickable-row'}
        onRow={(r) => ({ onClick: () => navigate(`/plans/${r.id}`) })}
        locale={{
          emptyText: plans.isLoading ? (
            ' '
          ) : q || status ? (
            <EmptyState title={t('plans.noResults')} />
          ) : (
            <EmptyState title={t('plans.empty')} hint={t('plans.emptyHint')} action={emptyAction} />
          ),
        }}
        pagination={paging.table(plans.data?.total ?? 0)}
        columns={[
          {
            title: t('plans.number'),
            dataIndex: 'number',
            width: 140,
            responsive: ['sm'],
            render: (v, r) => (
              <Link to={`/plans/${r.id}`} onClick={(e) => e.stopPropagation()}>
                {v}
              </Link>
            ),
          },
          {
            title: t('plans.titleField'),
            dataIndex: 'title',
            render: (v: string | undefined, r) => (
              <span style={{ display: 'inline-block', minWidth: 160 }}>
                {!screens.sm && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.number}
                  </Typography.Text>
                )}
                {v}
              </span>
            ),
          },
          {
            title: t('plans.issuer'),
            dataIndex: 'issuerOrgName',
            width: 200,
            responsive: ['lg'],
            render: (v) => v ?? '—',
          },
          {
            title: t('plans.issuedOn'),
            dataIndex: 'issuedOn',
            width: 130,
            responsive: ['md'],
            render: (v) => <span className="num">{f.date(v)}</span>,
          },
          {
            title: t('plans.tiers'),
            width: 120,
            responsive: ['lg'],
            render: (_, r) => t('plans.tiersCount', { count: r.tiers.length }),
          },
          { title: t('plans.status'), dataIndex: 'status', width: 120, render: (v) => <PlanStatusTag status={v} /> },
        ]}
      />
    </Card>
  )
}
