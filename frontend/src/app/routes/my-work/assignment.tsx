import { useNavigate, useParams } from 'react-router'
import { Button, Card, Col, Flex, Grid, Row } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { useAssignment } from '@/features/assignments/api/get-assignment'
import { useSessionsByAssignment } from '@/features/assignments/api/get-sessions'
import { AssignmentCard } from '@/features/assignments/components/assignment-card'
import { ScheduleSessionButton } from '@/features/assignments/components/session-form'
import { useAssignmentReports } from '@/features/reports/api/get-assignment-reports'
import { useReportingOrg } from '@/features/reports/api/get-org'
import { ReportForm } from '@/features/reports/components/report-form'
import { ReportHistory } from '@/features/reports/components/report-history'
import { AuditHistory } from '@/features/audit/components/audit-history'

const FILEABLE = ['PENDING', 'SCHEDULED', 'HELD', 'RETURNED']

/** One assignment: its state, the report form while it is open, and every submission so far. */
export default function AssignmentRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const id = Number(useParams().assignmentId)
  const assignment = useAssignment(id)
  const reports = useAssignmentReports(id)
  const org = useReportingOrg(assignment.data?.orgId)
  const sessions = useSessionsByAssignment(assignment.data?.orgId)
  const screens = Grid.useBreakpoint()
  if (assignment.isLoading) return <LoadingState rows={8} />
  if (assignment.isError || !assignment.data)
    return <ErrorState error={assignment.error} onRetry={() => void assignment.refetch()} />
  const a = assignment.data
  const history = reports.data ?? []
  const previous = [...history].sort((x, y) => (y.version ?? 0) - (x.version ?? 0))[0]
  const fileable = !!a.status && FILEABLE.includes(a.status)
  const card = (
    <AssignmentCard
      assignment={a}
      session={sessions.get(a.id ?? id)}
      actions={a.status === 'PENDING' || a.status === 'RETURNED' ? <ScheduleSessionButton assignment={a} /> : undefined}
    />
  )
  const historyCard = (
    <Card title={t('report.history')} size="small">
      {reports.isLoading ? <LoadingState rows={3} /> : <ReportHistory reports={history} />}
    </Card>
  )
  const audit = (
    <>
      <AuditHistory entityType="ASSIGNMENT" entityId={a.id ?? id} />
      {previous?.id !== undefined && (
        <div style={{ marginTop: 16 }}>
          <AuditHistory
            entityType="REPORT"
            entityId={previous.id}
            title={`${t('audit.title')} · ${t('report.title')}`}
          />
        </div>
      )}
    </>
  )
  const form = fileable && (
    <Card title={a.status === 'RETURNED' ? t('work.resubmit') : t('report.title')} size="small">
      {reports.isLoading || org.isLoading ? (
        <LoadingState rows={6} />
      ) : (
        <ReportForm
          key={`${a.id}-${previous?.id ?? 'new'}`}
          assignmentId={a.id ?? id}
          previous={previous}
          memberCount={org.data?.memberCount}
          onSubmitted={() => window.scrollTo({ top: 0, behavior: 'smooth' })}
        />
      )}
    </Card>
  )
  return (
    <>
      <h1 className="sr-only">{`${a.tierName ?? ''} · ${a.planNumber ?? ''}`}</h1>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate('/my-work')}
        style={{ padding: 0, marginBottom: 8 }}
      >
        {t('common.back')}
      </Button>
      {screens.lg ? (
        <Row gutter={[16, 16]}>
          <Col span={10}>
            {card}
            <div style={{ height: 16 }} />
            {historyCard}
            <div style={{ height: 16 }} />
            {audit}
          </Col>
          {form && <Col span={14}>{form}</Col>}
        </Row>
      ) : (
        // on a phone the form comes right after what is due, the history last
        <Flex vertical gap={12}>
          {card}
          {form}
          {historyCard}
          {audit}
        </Flex>
      )}
    </>
  )
}
