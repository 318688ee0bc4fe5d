import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@/lib/api/types'
import { canManage, useSession } from '@/lib/auth'
import { useFormat } from '@/lib/use-format'
import { usePaging } from '@/lib/url-state'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { AssignmentStatusTag } from '@/components/ui/tags'
import { useSubtreeAssignments } from '../api/get-org-assignments'
import { AssignmentActions } from './assignment-actions'
import { AssignmentOrgCell } from './assignment-org-cell'

/** The drill-down's individual assignments: every one in the chosen organisation's subtree. */
export function SubtreeAssignments({ planId, orgId }: { planId: number; orgId: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const paging = usePaging('as')
  const manage = canManage(useSession()?.user)
  const q = useSubtreeAssignments(planId, orgId, paging.apiPage, paging.size)
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  return (
    <Table<Assignment>
      rowKey={(a) => a.id}
      size="small"
      loading={q.isFetching}
      dataSource={q.data?.items ?? []}
      scroll={{ x: manage ? 760 : 600 }}
      data-testid="subtree-assignments"
      locale={{ emptyText: q.isLoading ? ' ' : <EmptyState title={t('common.noData')} /> }}
      pagination={paging.table(q.data?.total ?? 0)}
      columns={[
        {
          title: t('dashboard.org'),
          render: (_, a) => <AssignmentOrgCell a={a} />,
        },
        {
          title: t('dashboard.status'),
          width: 170,
          render: (_, a) => <AssignmentStatusTag status={a.status} overdue={a.overdue} />,
        },
        {
          title: t('dashboard.deadline'),
          width: 150,
          render: (_, a) => (
            <>
              <span className="num">{f.date(a.deadline)}</span>
              {a.originalDeadline && a.deadline && a.originalDeadline !== a.deadline && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('actions.wasDeadline', { date: f.date(a.originalDeadline) })}
                </Typography.Text>
              )}
            </>
          ),
        },
        ...(manage
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 150,
                render: (_: unknown, a: Assignment) => <AssignmentActions assignment={a} />,
              },
            ]
          : []),
      ]}
    />
  )
}
