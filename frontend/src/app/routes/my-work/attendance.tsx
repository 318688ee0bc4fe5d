import { useNavigate, useParams } from 'react-router'
import { Button, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { AttendanceChecklist } from '@/features/members/components/attendance-checklist'

/** The attendance checklist of one session, a page of its own so it fills a phone screen. */
export default function AttendanceRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const params = useParams()
  const assignmentId = Number(params.assignmentId)
  const back = () => navigate(`/my-work/${assignmentId}`)
  return (
    <div style={{ maxWidth: 640 }}>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={back} style={{ padding: 0, marginBottom: 8 }}>
        {t('common.back')}
      </Button>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('members.attendanceTitle')}
      </Typography.Title>
      <AttendanceChecklist sessionId={Number(params.sessionId)} onSaved={back} />
    </div>
  )
}
