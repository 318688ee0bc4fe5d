import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@/lib/api/types'
import { daysLate } from '@/lib/format'
import { useFormat } from '@/lib/use-format'
import { usePaging } from '@/lib/url-state'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { AssignmentStatusTag } from '@/components/ui/tags'
import { canManage, useSession } from '@/lib/auth'
import { useOverdue } from '../api/get-overdue'
import { AssignmentActions } from './assignment-actions'
import { AssignmentOrgCell } from './assignment-org-cell'

export const lateBy = (a: Pick<Assignment, 'daysLeft' | 'deadline'>) =>
  typeof a.daysLeft === 'number' && a.daysLeft < 0 ? -a.daysLeft : a.deadline ? daysLate(a.deadline) : 0

export function OverdueList({ planId, orgId }: { planId: number; orgId?: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const paging = usePaging('od')
  const manage = canManage(useSession()?.user)
  const q = useOverdue(planId, orgId, paging.apiPage, paging.size)
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  return (
    <Table<Assignment>
      rowKey={(a) => a.id}
      size="small"
      loading={q.isFetching}
      dataSource={q.data?.items ?? []}
      scroll={{ x: manage ? 520 : 480 }}
      locale={{ emptyText: q.isLoading ? ' ' : <EmptyState title={t('dashboard.overdueEmpty')} /> }}
      pagination={paging.table(q.data?.total ?? 0)}
      columns={[
        {
          title: t('dashboard.org'),
          render: (_, a) => (
            <AssignmentOrgCell a={a}>
              <AssignmentStatusTag status={a.status} />
            </AssignmentOrgCell>
          ),
        },
        {
          title: t('dashboard.deadline'),
          width: 110,
          render: (_, a) => <span className="num">{f.date(a.deadline)}</span>,
        },
        {
          title: t('dashboard.daysLate'),
          align: 'right',
          width: manage ? 100 : 120,
          render: (_, a) => (
            <Typography.Text type="danger" strong className="num">
              {t('daysLeft.late', { count: lateBy(a) })}
            </Typography.Text>
          ),
        },
        ...(manage
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 96,
                render: (_: unknown, a: Assignment) => <AssignmentActions assignment={a} vertical />,
              },
            ]
          : []),
      ]}
    />
  )
}
