import { Button, Card, Empty, Flex, Tag, Typography } from 'antd'
import { TeamOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Assignment, RosterFigures } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { useAssignmentSessions } from '../api/sessions'
import { useRosterFigures } from '../api/write-ups'
import { MakeUpButton } from './make-up-button'
import { WriteUpsEditor } from './write-ups-editor'

/** The report's head counts as the roster gives them (attendance and write-ups of this assignment). */
export function RosterFiguresNote({ figures }: { figures: RosterFigures }) {
  const { t } = useTranslation()
  return (
    <Typography.Text data-testid="report-roster-figures">
      {t('members.reportFigures', {
        attendees: figures.attendees,
        expected: figures.expected,
        excused: figures.absentWithReason,
        writeUps: figures.writeUps,
      })}
    </Typography.Text>
  )
}

/** On an assignment: its sessions with their attendance checklists, make-up scheduling and the write-ups. */
export function AssignmentMembers({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation()
  const f = useFormat()
  const id = assignment.id
  const figures = useRosterFigures(id)
  const sessions = useAssignmentSessions(assignment.orgId, id)
  if (!figures.data?.fromRoster) return null
  return (
    <Card
      size="small"
      title={
        <>
          <TeamOutlined /> {t('members.title')}
        </>
      }
      data-testid="assignment-members"
    >
      <Typography.Paragraph type="secondary" data-testid="roster-figures">
        {t('members.figures', {
          attendees: figures.data.attendees,
          expected: figures.data.expected,
          writeUps: figures.data.writeUps,
        })}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        {sessions.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.noSessions')} />
        )}
        {sessions.items.map((s) => (
          <Flex key={s.id} justify="space-between" align="center" gap={8} wrap>
            <span>
              {f.dateTime(s.startsAt)} {s.makeUp && <Tag color="purple">{t('members.makeUp')}</Tag>}
            </span>
            <Link to={`/my-work/${id}/attendance/${s.id}`}>
              <Button type="primary" data-testid={`attendance-${s.id}`}>
                {t('members.takeAttendance')}
              </Button>
            </Link>
          </Flex>
        ))}
        <MakeUpButton assignmentId={id} block />
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('members.writeUps')}
      </Typography.Title>
      <WriteUpsEditor assignmentId={id} />
    </Card>
  )
}
