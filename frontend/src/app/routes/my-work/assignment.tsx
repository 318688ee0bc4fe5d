import { useNavigate, useParams } from 'react-router'
import { Button, Card, Col, Flex, Grid, Row } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { useAssignment } from '@/features/assignments/api/get-assignment'
import { useSessionsByAssignment } from '@/features/assignments/api/get-sessions'
import { AssignmentCard } from '@/features/assignments/components/assignment-card'
import { ScheduleSessionButton, SessionActions } from '@/features/assignments/components/session-form'
import { useAssignmentReports } from '@/features/reports/api/get-assignment-reports'
import { useReportingOrg } from '@/features/reports/api/get-org'
import { ReportForm } from '@/features/reports/components/report-form'
import { usePredecessorReports } from '@/features/reports/api/get-predecessor-reports'
import { PredecessorReports, ReportHistory } from '@/features/reports/components/report-history'
import { AuditHistory } from '@/features/audit/components/audit-history'
import { AssignmentMembers, RosterFiguresNote } from '@/features/members/components/assignment-members'
import { useRosterFigures } from '@/features/members/api/write-ups'
import { DataAge } from '@/components/offline/data-age'
import { todayIso } from '@/lib/format'

/** One assignment: its state, the report form while it is open, and every submission so far. */
export default function AssignmentRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const id = Number(useParams().assignmentId)
  const assignment = useAssignment(id)
  const reports = useAssignmentReports(id)
  // after a merger: what the merged organisations had filed for this plan, beside this assignment's own history
  const predecessors = usePredecessorReports(id)
  const org = useReportingOrg(assignment.data?.orgId)
  const sessions = useSessionsByAssignment(assignment.data?.orgId)
  const roster = useRosterFigures(id)
  const screens = Grid.useBreakpoint()
  if (assignment.isLoading) return <LoadingState rows={8} />
  // offline, or a refresh that failed: what the phone kept is shown (DataAge says how old)
  if (!assignment.data) return <ErrorState error={assignment.error} onRetry={() => void assignment.refetch()} />
  const a = assignment.data
  const session = sessions.get(a.id)
  // the report starts from the session: its expected attendance and, once it has started, its day
  const sessionDay = session?.startsAt ? todayIso(new Date(session.startsAt)) : undefined
  const history = reports.data ?? []
  const previous = [...history].sort((x, y) => y.version - x.version).at(0)
  // the server says whether this caller may file for it now (its own organisation, still owed, plan open)
  const fileable = a.canReport
  const card = (
    <AssignmentCard
      assignment={a}
      session={session}
      actions={
        a.canReport && (a.status === 'PENDING' || a.status === 'RETURNED') ? (
          <ScheduleSessionButton assignment={a} />
        ) : a.canReport && session?.status === 'SCHEDULED' ? (
          <SessionActions assignment={a} session={session} />
        ) : undefined
      }
    />
  )
  const members = <AssignmentMembers assignment={a} />
  const historyCard = (
    <Card title={t('report.history')} size="small">
      {reports.isLoading ? <LoadingState rows={3} /> : <ReportHistory reports={history} />}
      {predecessors.data && <PredecessorReports items={predecessors.data} />}
    </Card>
  )
  const audit = (
    <>
      <AuditHistory entityType="ASSIGNMENT" entityId={a.id} />
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
      {reports.isLoading || org.isLoading || roster.isLoading ? (
        <LoadingState rows={6} />
      ) : (
        <ReportForm
          key={`${a.id}-${previous?.id ?? 'new'}`}
          assignmentId={a.id}
          previous={previous}
          memberCount={session?.expectedAttendees ?? org.data?.memberCount}
          heldOn={sessionDay && sessionDay <= todayIso() ? sessionDay : undefined}
          label={`${a.planNumber} · ${a.tierName}`}
          rosterFigures={roster.data?.fromRoster ? <RosterFiguresNote figures={roster.data} /> : undefined}
          onSubmitted={() => window.scrollTo({ top: 0, behavior: 'smooth' })}
        />
      )}
    </Card>
  )
  return (
    <>
      <h1 className="sr-only">{`${a.tierName} · ${a.planNumber}`}</h1>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate('/my-work')}
        style={{ padding: 0, marginBottom: 8 }}
      >
        {t('common.back')}
      </Button>
      <DataAge queries={[assignment, reports]} />
      {screens.lg ? (
        <Row gutter={[16, 16]}>
          <Col span={10}>
            {card}
            <div style={{ height: 16 }} />
            {members}
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
          {members}
          {form}
          {historyCard}
          {audit}
        </Flex>
      )}
    </>
  )
}
