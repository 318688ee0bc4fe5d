import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AssignmentStatus, PlanStatus, Report } from '@/lib/api/types'

const assignmentColor: Record<AssignmentStatus, string> = {
  PENDING: 'default',
  SCHEDULED: 'blue',
  HELD: 'geekblue',
  REPORTED: 'gold',
  ACCEPTED: 'green',
  RETURNED: 'volcano',
  EXEMPT: 'purple',
  MERGED: 'default',
}

export function AssignmentStatusTag({ status, overdue }: { status?: AssignmentStatus; overdue?: boolean | null }) {
  const { t } = useTranslation()
  if (!status) return null
  return (
    <>
      <Tag color={assignmentColor[status]}>{t(`status.${status}`)}</Tag>
      {overdue && <Tag color="red">{t('dashboard.overdue')}</Tag>}
    </>
  )
}

const planColor: Record<string, string> = { DRAFT: 'default', PUBLISHED: 'green', CLOSED: 'purple' }

export function PlanStatusTag({ status }: { status?: PlanStatus }) {
  const { t } = useTranslation()
  if (!status) return null
  return <Tag color={planColor[status]}>{t(`planStatus.${status}`)}</Tag>
}

const reportColor: Record<string, string> = { SUBMITTED: 'gold', ACCEPTED: 'green', RETURNED: 'volcano' }

export function ReportStateTag({ state }: { state: Report['state'] }) {
  const { t } = useTranslation()
  return <Tag color={reportColor[state]}>{t(`reportState.${state}`)}</Tag>
}
