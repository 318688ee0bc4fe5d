import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Badge, Button, Drawer, Flex, Grid, List, Popconfirm, Tag, Typography } from 'antd'
import { CloudUploadOutlined, DisconnectOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { formatShortDateTime } from '@/lib/format'
import { outbox, useOutbox, type OutboxItem } from '@/lib/offline'
import { useOnline } from '@/lib/offline/online'

function ItemState({ item }: { item: OutboxItem }) {
  const { t } = useTranslation()
  if (item.state === 'refused') return <Tag color="red">{t('offline.refused')}</Tag>
  if (item.state === 'sending') return <Tag color="blue">{t('offline.sending')}</Tag>
  return <Tag color="orange">{t('offline.waiting')}</Tag>
}

/**
 * In the header: "Ngoại tuyến" when the phone has no network, and "Đang chờ gửi (n)" while anything typed on this
 * phone has not reached the server; it opens the list, where a refused item shows the server's reason.
 */
export function OutboxStatus() {
  const { t } = useTranslation()
  const online = useOnline()
  const items = useOutbox()
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const refused = items.filter((i) => i.state === 'refused').length
  const waiting = items.length - refused
  // a phone's header is narrow: the count alone, the words as its accessible name
  const phone = !Grid.useBreakpoint().md
  const text =
    waiting > 0 ? t('offline.waitingCount', { count: waiting }) : t('offline.refusedCount', { count: refused })
  return (
    <>
      {!online && (
        <Tag
          icon={<DisconnectOutlined />}
          color="default"
          data-testid="offline-tag"
          aria-label={t('offline.offline')}
          style={{ marginInlineEnd: 0 }}
        >
          {!phone && t('offline.offline')}
        </Tag>
      )}
      {items.length > 0 && (
        <Badge count={refused} size="small" offset={[-4, 4]}>
          <Button
            icon={<CloudUploadOutlined />}
            onClick={() => setOpen(true)}
            data-testid="outbox-status"
            danger={refused > 0}
            className="tap"
            aria-label={text}
          >
            {phone ? waiting || refused : text}
          </Button>
        </Badge>
      )}
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('offline.outboxTitle')}
        width={420}
        styles={{ wrapper: { maxWidth: '100vw' } }}
        extra={
          <Button type="primary" disabled={!online || waiting === 0} onClick={() => void outbox.flush(true)}>
            {t('offline.sendNow')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('offline.outboxHint')}</Typography.Paragraph>
        <List
          dataSource={items}
          locale={{ emptyText: t('offline.outboxEmpty') }}
          renderItem={(item) => (
            <List.Item data-testid="outbox-item">
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap={8} align="center" wrap>
                  <ItemState item={item} />
                  <Typography.Text strong>
                    {t(`offline.kinds.${item.kind}`, { defaultValue: item.kind })}
                  </Typography.Text>
                  <Typography.Text type="secondary" className="num">
                    {formatShortDateTime(item.createdAt)}
                  </Typography.Text>
                </Flex>
                {item.label && <Typography.Text>{item.label}</Typography.Text>}
                {item.problem && (
                  <Typography.Text type="danger">
                    {item.problem.detail ?? item.problem.title}
                    {item.problem.errors.map((e) => ` · ${e.message}`).join('')}
                  </Typography.Text>
                )}
                <Flex gap={8} wrap>
                  {item.href && (
                    <Button
                      size="small"
                      onClick={() => {
                        setOpen(false)
                        navigate(item.href ?? '/')
                      }}
                    >
                      {item.state === 'refused' ? t('offline.fix') : t('offline.open')}
                    </Button>
                  )}
                  {item.state !== 'sending' && (
                    <Popconfirm
                      title={t('offline.discardConfirm')}
                      okText={t('offline.discard')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => void outbox.discard(item.id)}
                    >
                      <Button size="small" danger>
                        {t('offline.discard')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Drawer>
    </>
  )
}
