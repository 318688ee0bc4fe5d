import { Alert, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Plan } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { levelName, useLevels } from '@/lib/api/reference'
import { useChildBound } from '../api/get-child-bound'
import type { TierValues } from './plan-form-model'

/** The parent plan's tiers and deadlines, above the form of a child plan. */
export function ParentDeadlines({ parent }: { parent: Plan }) {
  const { t } = useTranslation()
  const f = useFormat()
  const levels = useLevels()
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message={`${t('plans.parentDeadlines')}: ${parent.number} — ${parent.title}`}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('plans.parentDeadlinesHint')}</Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => String(r.id)}
            dataSource={parent.tiers}
            columns={[
              { title: t('plans.tierName'), dataIndex: 'name' },
              {
                title: t('plans.levels'),
                render: (_, r) => r.levelCodes.map((c) => levelName(levels.data, c)).join(', ') || '—',
              },
              { title: t('plans.deadline'), render: (_, r) => <span className="num">{f.date(r.deadline)}</span> },
            ]}
          />
        </>
      }
    />
  )
}

/**
 * The parent plan's deadline that binds a tier of a child plan, as the server decides it (the same rule it applies
 * when the plan is saved and published); nothing when the parent does not bind the tier.
 */
export function ParentBoundHint({
  parentId,
  issuerOrgId,
  tier,
}: {
  parentId?: number
  issuerOrgId?: number | null
  tier?: TierValues
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const bound = useChildBound({
    parentId,
    issuerOrgId: issuerOrgId ?? undefined,
    activity: tier?.activity,
    levelCodes: tier?.levelCodes ?? [],
    organizationIds: tier?.organizationIds ?? [],
  })
  const date = bound.data?.deadline
  return date ? <>{t('plans.parentDeadlineFor', { date: f.date(date) })}</> : null
}
