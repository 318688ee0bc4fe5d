import { Link } from 'react-router'
import { Card, Descriptions, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Plan, Tier } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { levelName, useLevels } from '@/lib/api/reference'
import { PlanStatusTag } from '@/components/ui/tags'

const text = (v: string | null | undefined) =>
  v ? <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{v}</Typography.Paragraph> : '—'

export function PlanDetail({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const f = useFormat()
  const levels = useLevels()
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('plans.number')}>{plan.number}</Descriptions.Item>
          <Descriptions.Item label={t('plans.status')}>
            <PlanStatusTag status={plan.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.issuer')}>{plan.issuerOrgName}</Descriptions.Item>
          <Descriptions.Item label={t('plans.issuedOn')}>{f.date(plan.issuedOn)}</Descriptions.Item>
          {plan.parentPlanId && (
            <Descriptions.Item label={t('plans.parent')}>
              <Link to={`/plans/${plan.parentPlanId}`}>{plan.parentPlanNumber ?? `#${plan.parentPlanId}`}</Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('plans.resolution')} span={2}>
            {plan.resolution ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.purpose')} span={2}>
            {text(plan.purpose)}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.requirements')} span={2}>
            {text(plan.requirements)}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.materials')} span={2}>
            {text(plan.materials)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('plans.tiers')} styles={{ body: { padding: 0 } }}>
        <Table<Tier>
          rowKey={(r) => String(r.id)}
          dataSource={plan.tiers}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: t('plans.tierName'), dataIndex: 'name' },
            { title: t('plans.activity'), dataIndex: 'activity', render: (v) => t(`activity.${v}`) },
            {
              title: t('plans.levels'),
              render: (_, r) =>
                r.levelCodes.length ? r.levelCodes.map((c) => <Tag key={c}>{levelName(levels.data, c)}</Tag>) : '—',
            },
            { title: t('plans.audience'), dataIndex: 'audience', render: (v) => v ?? '—' },
            { title: t('plans.duration'), dataIndex: 'durationDays', render: (v) => f.duration(v) },
            { title: t('plans.presenter'), dataIndex: 'presenter', render: (v) => v ?? '—' },
            { title: t('plans.format'), dataIndex: 'format', render: (v) => t(`format.${v}`) },
            {
              title: t('plans.deadline'),
              dataIndex: 'deadline',
              render: (v) => <span className="num">{f.date(v)}</span>,
            },
          ]}
        />
      </Card>
    </>
  )
}
