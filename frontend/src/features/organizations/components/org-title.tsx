import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Organization } from '@/lib/api/types'

/** An organisation as the browser names it: name, code, and whether it is inactive. */
export function OrgTitle({ org }: { org: Organization }) {
  const { t } = useTranslation()
  return (
    <span>
      {org.name}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {org.code}
      </Typography.Text>
      {!org.active && (
        <Tag color="default" style={{ marginInlineStart: 6 }}>
          {t('orgs.inactive')}
        </Tag>
      )}
    </span>
  )
}
