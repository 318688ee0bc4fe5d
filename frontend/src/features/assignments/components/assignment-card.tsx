import type { ReactNode } from 'react'
import { Alert, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment, Session } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { AssignmentStatusTag } from '@/components/ui/tags'
import { DaysLeftTag } from './deadline-tag'

/** One assignment as a phone-friendly card: what, by when, how it stands, what to do. */
export function AssignmentCard({
  assignment: a,
  session,
  actions,
}: {
  assignment: Assignment
  session?: Session
  actions?: ReactNode
}) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Card size="small" data-testid={`assignment-${a.id}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.planNumber} · {a.planTitle}
      </Typography.Text>
      <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
        {a.tierName}
      </Typography.Title>
      <Flex wrap gap={4} align="center" style={{ marginBottom: 8 }}>
        <AssignmentStatusTag status={a.status} overdue={a.overdue} />
        <DaysLeftTag assignment={a} />
      </Flex>
      <Typography.Text>
        {t('work.deadline')}: <strong className="num">{f.date(a.deadline)}</strong>
      </Typography.Text>
      {a.originalDeadline && a.originalDeadline !== a.deadline && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('work.extended', { date: f.date(a.originalDeadline) })}
          {a.extensionReason ? ` — ${a.extensionReason}` : ''}
        </Typography.Text>
      )}
      {session?.startsAt && (
        <Typography.Text style={{ display: 'block', fontSize: 13, marginTop: 4 }} data-testid="session-info">
          {t('work.session')}: <span className="num">{f.dateTime(session.startsAt)}</span>
          {session.venue ? ` · ${session.venue}` : ''}
        </Typography.Text>
      )}
      {a.completedAt && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('work.completedAt')}: {f.dateTime(a.completedAt)} · {a.onTime ? t('work.onTime') : t('work.late')}
        </Typography.Text>
      )}
      {a.status === 'RETURNED' && a.currentReport?.reviewComment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={t('work.returnedReason', { reason: a.currentReport.reviewComment })}
          data-testid="returned-reason"
        />
      )}
      {a.status === 'EXEMPT' && a.exemptReason && (
        <Alert type="info" style={{ marginTop: 8 }} message={a.exemptReason} />
      )}
      {actions && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          {actions}
        </Flex>
      )}
    </Card>
  )
}
