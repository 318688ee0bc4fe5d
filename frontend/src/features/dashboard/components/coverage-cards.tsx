import { Card, Col, Progress, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Totals } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'

/**
 * Member coverage (issue 13): "Đảng viên đã học tập 8/17 · 47,1 %" and the write-ups. Shown only where a roster
 * exists (members > 0); the counts come with the rate, as every figure does.
 */
export function CoverageCards({ totals }: { totals: Totals }) {
  const { t } = useTranslation()
  const f = useFormat()
  const members = totals.members
  if (members === 0) return null
  const card = (testId: string, label: string, count: number, rate: number | null | undefined, color: string) => (
    <Card size="small" data-testid={testId}>
      <Typography.Text strong className="num" data-testid={`${testId}-text`}>
        {t(label, { count, total: members, rate: f.percent(rate) })}
      </Typography.Text>
      <Progress
        aria-label={t(label, { count, total: members, rate: f.percent(rate) })}
        percent={typeof rate === 'number' ? Math.round(rate * 1000) / 10 : 0}
        showInfo={false}
        strokeColor={color}
        size="small"
      />
    </Card>
  )
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12}>
        {card('card-coverage', 'members.coverageCard', totals.membersStudied, totals.coverageRate, '#722ed1')}
      </Col>
      <Col xs={24} md={12}>
        {card('card-write-ups', 'members.writeUpCard', totals.membersWroteUp, totals.writeUpRate, '#13c2c2')}
      </Col>
    </Row>
  )
}
