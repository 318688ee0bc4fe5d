import { Descriptions, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RestructuringOrg } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { useLineage } from '../api/get-lineage'

function OrgLinks({ orgs, onSelect }: { orgs?: RestructuringOrg[]; onSelect: (id: number) => void }) {
  return (
    <Flex vertical>
      {(orgs ?? []).map((o) => (
        <Typography.Link key={o.id} onClick={() => o.id && onSelect(o.id)}>
          {o.name} <Typography.Text type="secondary">({o.code})</Typography.Text>
        </Typography.Link>
      ))}
    </Flex>
  )
}

/** An organisation's predecessors and successor, with the decisions that made them; nothing when it has none. */
export function OrgLineage({ id, onSelect }: { id: number; onSelect: (id: number) => void }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const lineage = useLineage(id)
  const l = lineage.data
  if (!l || (!l.successor && !l.predecessors.length && !l.decisions.length)) return null
  return (
    <div data-testid="org-lineage" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('tree.lineage')}</Typography.Title>
      <Descriptions column={1} size="small">
        {l.successor && (
          <Descriptions.Item label={t('tree.successor')}>
            <OrgLinks orgs={[l.successor]} onSelect={onSelect} />
          </Descriptions.Item>
        )}
        {!!l.predecessors.length && (
          <Descriptions.Item label={t('tree.predecessors')}>
            <OrgLinks orgs={l.predecessors} onSelect={onSelect} />
          </Descriptions.Item>
        )}
        {l.decisions.map((d) => (
          <Descriptions.Item key={d.id} label={`${t(`tree.kind_${d.kind}`)} ${fmt.date(d.effectiveOn)}`}>
            {d.decision}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </div>
  )
}
