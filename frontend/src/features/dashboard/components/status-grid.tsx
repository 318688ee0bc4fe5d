import { Progress, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Progress as ProgressData, Totals } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { EmptyState } from '@/components/ui/states'

type Row = NonNullable<ProgressData['children']>[number]

function RateCell({
  count,
  total,
  rate,
  label,
}: {
  count?: number
  total: number
  rate?: number | null
  label: string
}) {
  const f = useFormat()
  return (
    <div style={{ minWidth: 110 }}>
      <span className="num">{f.countRate(count, total, rate)}</span>
      <Progress
        percent={typeof rate === 'number' ? rate * 100 : 0}
        showInfo={false}
        size="small"
        aria-label={`${label}: ${f.countRate(count, total, rate)}`}
      />
    </div>
  )
}

/** Assignments that count: all but the exempt ones. */
const counted = (t: Totals) => t.assignments - t.exempt
const n = (v: number) => <span className="num">{v}</span>

/** One row per child organisation; clicking a row drills down into it. */
export function StatusGrid({
  rows,
  loading,
  onOpen,
  leafName,
}: {
  rows: Row[]
  loading?: boolean
  onOpen: (orgId: number) => void
  leafName: string
}) {
  const { t } = useTranslation()
  return (
    <Table<Row>
      rowKey={(r) => r.org.id}
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 1180 }}
      rowClassName={() => 'clickable-row'}
      onRow={(r) => ({
        onClick: () => r.org.id && onOpen(r.org.id),
        onKeyDown: (e) => e.key === 'Enter' && r.org.id && onOpen(r.org.id),
        tabIndex: 0,
      })}
      locale={{ emptyText: <EmptyState title={t('dashboard.leaf', { name: leafName })} /> }}
      columns={[
        {
          title: t('dashboard.org'),
          fixed: 'left',
          width: 200,
          render: (_, r) => (
            <>
              <Typography.Link>{r.org.name}</Typography.Link>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.org.code}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t('dashboard.assignments'),
          align: 'right',
          width: 76,
          render: (_, r) => n(r.totals.assignments),
        },
        { title: t('status.PENDING'), align: 'right', width: 76, render: (_, r) => n(r.totals.pending) },
        { title: t('status.SCHEDULED'), align: 'right', width: 76, render: (_, r) => n(r.totals.scheduled) },
        { title: t('status.HELD'), align: 'right', width: 76, render: (_, r) => n(r.totals.held) },
        { title: t('status.REPORTED'), align: 'right', width: 76, render: (_, r) => n(r.totals.reported) },
        { title: t('status.ACCEPTED'), align: 'right', width: 76, render: (_, r) => n(r.totals.accepted) },
        { title: t('status.RETURNED'), align: 'right', width: 76, render: (_, r) => n(r.totals.returned) },
        {
          title: t('dashboard.overdue'),
          align: 'right',
          width: 80,
          sorter: (a, b) => a.totals.overdue - b.totals.overdue,
          render: (_, r) => (
            <Typography.Text
              type={r.totals.overdue > 0 ? 'danger' : undefined}
              strong={r.totals.overdue > 0}
              className="num"
            >
              {r.totals.overdue}
            </Typography.Text>
          ),
        },
        {
          title: t('dashboard.completion'),
          sorter: (a, b) => (a.totals.completionRate ?? -1) - (b.totals.completionRate ?? -1),
          render: (_, r) => (
            <RateCell
              label={`${t('dashboard.completion')} · ${r.org.name}`}
              count={r.totals.completed}
              total={counted(r.totals)}
              rate={r.totals.completionRate}
            />
          ),
        },
        {
          title: t('dashboard.onTime'),
          sorter: (a, b) => (a.totals.onTimeRate ?? -1) - (b.totals.onTimeRate ?? -1),
          render: (_, r) => (
            <RateCell
              label={`${t('dashboard.onTime')} · ${r.org.name}`}
              count={r.totals.completedOnTime}
              total={counted(r.totals)}
              rate={r.totals.onTimeRate}
            />
          ),
        },
        {
          title: t('members.studiedColumn'),
          sorter: (a, b) => (a.totals.coverageRate ?? -1) - (b.totals.coverageRate ?? -1),
          render: (_, r) =>
            r.totals.members ? (
              <RateCell
                label={`${t('members.studiedColumn')} · ${r.org.name}`}
                count={r.totals.membersStudied}
                total={r.totals.members}
                rate={r.totals.coverageRate}
              />
            ) : (
              <span className="num">—</span>
            ),
        },
      ]}
    />
  )
}

type TierRow = NonNullable<ProgressData['byTier']>[number]

export function TierTable({ rows }: { rows: TierRow[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Table<TierRow>
      rowKey={(r) => r.tierId}
      size="small"
      dataSource={rows.filter((r) => r.totals.assignments > 0)}
      pagination={false}
      scroll={{ x: 700 }}
      locale={{ emptyText: <EmptyState title={t('common.noData')} /> }}
      columns={[
        { title: t('dashboard.tier'), dataIndex: 'tierName' },
        { title: t('dashboard.deadline'), render: (_, r) => <span className="num">{f.date(r.deadline)}</span> },
        {
          title: t('dashboard.assignments'),
          align: 'right',
          width: 76,
          render: (_, r) => n(r.totals.assignments),
        },
        {
          title: t('dashboard.overdue'),
          align: 'right',
          render: (_, r) => (
            <Typography.Text type={r.totals.overdue > 0 ? 'danger' : undefined} className="num">
              {r.totals.overdue}
            </Typography.Text>
          ),
        },
        {
          title: t('dashboard.completion'),
          render: (_, r) => (
            <RateCell
              label={`${t('dashboard.completion')} · ${r.tierName}`}
              count={r.totals.completed}
              total={counted(r.totals)}
              rate={r.totals.completionRate}
            />
          ),
        },
        {
          title: t('dashboard.onTime'),
          render: (_, r) => (
            <RateCell
              label={`${t('dashboard.onTime')} · ${r.tierName}`}
              count={r.totals.completedOnTime}
              total={counted(r.totals)}
              rate={r.totals.onTimeRate}
            />
          ),
        },
      ]}
    />
  )
}
