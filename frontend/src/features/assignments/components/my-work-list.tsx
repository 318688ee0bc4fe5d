import { useNavigate } from 'react-router'
import { Button, Col, Pagination, Row, Tabs } from 'antd'
import { FormOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@/lib/api/types'
import { usePaging, useUrlState } from '@/lib/url-state'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states'
import { DataAge } from '@/components/offline/data-age'
import { useOrgAssignments } from '../api/get-org-assignments'
import { useSessionsByAssignment } from '../api/get-sessions'
import { AssignmentCard } from './assignment-card'
import { ScheduleSessionButton, SessionActions } from './session-form'

const OPEN_STATUSES = ['PENDING', 'SCHEDULED', 'HELD', 'RETURNED']

/** Open items first by the nearest deadline. */
export const byDeadline = (a: Assignment, b: Assignment) =>
  a.deadline.localeCompare(b.deadline) || a.planNumber.localeCompare(b.planNumber)

function AssignmentGrid({ orgId, open }: { orgId: number; open: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const paging = usePaging(open ? '' : 'h')
  const q = useOrgAssignments(orgId, { open: open ? true : undefined, page: paging.apiPage, size: paging.size })
  const sessions = useSessionsByAssignment(orgId)
  if (q.isLoading) return <LoadingState rows={6} />
  // offline, or a refresh that failed: what the phone kept is shown (DataAge says how old)
  if (!q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  const items = [...q.data.items].sort(open ? byDeadline : (a, b) => byDeadline(b, a))
  if (items.length === 0)
    return open ? (
      <EmptyState title={t('work.empty')} hint={t('work.emptyHint')} />
    ) : (
      <EmptyState title={t('work.historyEmpty')} />
    )
  return (
    <>
      <DataAge queries={[q]} />
      <Row gutter={[12, 12]}>
        {items.map((a) => {
          const canReport = OPEN_STATUSES.includes(a.status)
          const session = sessions.get(a.id)
          return (
            <Col key={a.id} xs={24} md={12} xl={8}>
              <AssignmentCard
                assignment={a}
                session={session}
                actions={
                  <>
                    {canReport && (
                      <Button type="primary" icon={<FormOutlined />} onClick={() => navigate(`/my-work/${a.id}`)}>
                        {a.status === 'RETURNED' ? t('work.resubmit') : t('work.report')}
                      </Button>
                    )}
                    {(a.status === 'PENDING' || a.status === 'RETURNED') && <ScheduleSessionButton assignment={a} />}
                    {a.status === 'SCHEDULED' && session?.status === 'SCHEDULED' && (
                      <SessionActions assignment={a} session={session} />
                    )}
                    {!canReport && <Button onClick={() => navigate(`/my-work/${a.id}`)}>{t('work.viewReport')}</Button>}
                  </>
                }
              />
            </Col>
          )
        })}
      </Row>
      <Pagination
        style={{ marginTop: 16, textAlign: 'center' }}
        align="center"
        current={paging.page}
        pageSize={paging.size}
        total={q.data.total}
        onChange={paging.onChange}
        showTotal={(total) => t('common.total', { total })}
        hideOnSinglePage
        size="small"
      />
    </>
  )
}

export function MyWork({ orgId }: { orgId: number }) {
  const { t } = useTranslation()
  const url = useUrlState()
  const tab = url.get('tab') === 'history' ? 'history' : 'due'
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => url.set({ tab: k === 'history' ? 'history' : undefined })}
      items={[
        { key: 'due', label: t('work.due'), children: <AssignmentGrid orgId={orgId} open /> },
        { key: 'history', label: t('work.history'), children: <AssignmentGrid orgId={orgId} open={false} /> },
      ]}
    />
  )
}
