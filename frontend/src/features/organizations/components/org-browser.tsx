import { useState } from 'react'
import { Card, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { useUrlState } from '@/lib/url-state'
import { EmptyState } from '@/components/ui/states'
import { OrgBrowserToolbar } from './org-browser-toolbar'
import { OrgDetail } from './org-detail'
import { OrgFormModal } from './org-form'
import { OrgTreePanel } from './org-tree-panel'

/** The organisations page: the search, the filter and the selection live in the URL. */
export function OrgBrowser() {
  const { t } = useTranslation()
  const url = useUrlState()
  const q = url.get('q') ?? ''
  const includeInactive = url.get('inactive') === '1'
  const selected = url.getNumber('org')
  const [creating, setCreating] = useState(false)
  const select = (id: number | undefined) => url.set({ org: id })

  return (
    <>
      <OrgBrowserToolbar
        q={q}
        includeInactive={includeInactive}
        onSearch={(v) => url.set({ q: v.trim() || undefined, page: undefined })}
        onIncludeInactive={(include) => url.set({ inactive: include ? '1' : undefined })}
        onCreate={() => setCreating(true)}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <OrgTreePanel q={q} includeInactive={includeInactive} selected={selected} onSelect={select} />
        </Col>
        <Col xs={24} lg={10}>
          {selected ? (
            <OrgDetail id={selected} onSelect={select} />
          ) : (
            <Card>
              <EmptyState title={t('orgs.select')} />
            </Card>
          )}
        </Col>
      </Row>
      <OrgFormModal open={creating} parentId={null} onClose={() => setCreating(false)} onSaved={(o) => select(o.id)} />
    </>
  )
}
