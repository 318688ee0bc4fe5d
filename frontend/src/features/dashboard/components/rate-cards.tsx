import { Card, Col, Flex, Progress, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Totals } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'

function RateCard({
  title,
  rate,
  count,
  total,
  note,
  color,
  testId,
}: {
  title: string
  rate: number | null | undefined
  count?: number
  total?: number
  note?: string
  color?: string
  testId: string
}) {
  const f = useFormat()
  const hasCount = count !== undefined && total !== undefined
  return (
    <Card size="small" data-testid={testId}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <Flex align="baseline" gap={8} wrap style={{ margin: '4px 0' }}>
        <Typography.Text strong style={{ fontSize: 26, color }} className="num" data-testid={`${testId}-rate`}>
          {f.percent(rate)}
        </Typography.Text>
        {hasCount && (
          <Typography.Text style={{ fontSize: 16 }} className="num" data-testid={`${testId}-count`}>
            {count}/{total}
          </Typography.Text>
        )}
      </Flex>
      <Progress
        percent={typeof rate === 'number' ? Math.round(rate * 1000) / 10 : 0}
        showInfo={false}
        strokeColor={color}
        size="small"
        aria-label={`${title}: ${f.percent(rate)}`}
      />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  )
}

export function RateCards({ totals }: { totals: Totals }) {
  const { t } = useTranslation()
  const tot = totals
  const counted = totals.assignments - totals.exempt
  const hasAttendanceCounts = typeof tot.attendees === 'number' && typeof tot.expected === 'number'
  const overdueRate = counted > 0 ? totals.overdue / counted : null
  return (
    <Row gutter={[12, 12]} className="card-grid" style={{ marginBottom: 16 }}>
      <Col xs={12} xl={6}>
        <RateCard
          testId="card-completion"
          title={t('dashboard.completion')}
          rate={totals.completionRate}
          count={totals.completed}
          total={counted}
          note={t('dashboard.assignmentsNote', { n: totals.assignments, exempt: totals.exempt })}
          color="#389e0d"
        />
      </Col>
      <Col xs={12} xl={6}>
        <RateCard
          testId="card-on-time"
          title={t('dashboard.onTime')}
          rate={totals.onTimeRate}
          count={totals.completedOnTime}
          total={counted}
          color="#1677ff"
        />
      </Col>
      <Col xs={12} xl={6}>
        <RateCard
          testId="card-attendance"
          title={t('dashboard.attendance')}
          rate={totals.attendanceRate}
          count={hasAttendanceCounts ? tot.attendees : undefined}
          total={hasAttendanceCounts ? tot.expected : undefined}
          note={hasAttendanceCounts ? undefined : t('dashboard.attendanceNoCounts')}
          color="#ad6800"
        />
      </Col>
      <Col xs={12} xl={6}>
        <RateCard
          testId="card-overdue"
          title={t('dashboard.overdue')}
          rate={overdueRate}
          count={totals.overdue}
          total={counted}
          color="#cf1322"
        />
      </Col>
    </Row>
  )
}
