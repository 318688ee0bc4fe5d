import { Button, Checkbox, Flex, Input } from 'antd'
import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { canManage, useSession } from '@/lib/auth'
import { OrgImportButton } from './org-import'

/** Search and the inactive filter; for those who manage, restructuring, import and a new top organisation. */
export function OrgBrowserToolbar({
  q,
  includeInactive,
  onSearch,
  onIncludeInactive,
  onCreate,
}: {
  q: string
  includeInactive: boolean
  onSearch: (q: string) => void
  onIncludeInactive: (include: boolean) => void
  onCreate: () => void
}) {
  const { t } = useTranslation()
  const manage = canManage(useSession()?.user)
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }} justify="space-between">
      <Flex gap={8} wrap align="center" style={{ flex: 1, minWidth: 260 }}>
        <Input.Search
          allowClear
          placeholder={t('orgs.search')}
          defaultValue={q}
          onSearch={onSearch}
          style={{ maxWidth: 420 }}
          aria-label={t('orgs.search')}
        />
        <Checkbox checked={includeInactive} onChange={(e) => onIncludeInactive(e.target.checked)}>
          {t('orgs.includeInactive')}
        </Checkbox>
      </Flex>
      {manage && (
        <Flex gap={8} wrap>
          <Link to="/organizations/restructure">
            <Button icon={<ApartmentOutlined />}>{t('tree.restructure')}</Button>
          </Link>
          <OrgImportButton />
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {t('orgs.addRoot')}
          </Button>
        </Flex>
      )}
    </Flex>
  )
}
