import { Alert, Button, Flex } from 'antd'
import { CloudUploadOutlined, EditOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { outbox, type OutboxItem } from '@/lib/offline'

/**
 * Something filed on this phone and waiting in the outbox (a report, an attendance list): what it is, and the two
 * ways out, sending it now or taking it back for editing.
 */
export function QueuedAlert({
  item,
  message,
  hint,
  onEdit,
  testId,
}: {
  item: OutboxItem
  message: string
  hint: string
  onEdit: () => void
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <Alert
      type="info"
      showIcon
      icon={<CloudUploadOutlined />}
      data-testid={testId}
      message={message}
      description={
        <Flex vertical gap={8}>
          <span>{hint}</span>
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => void outbox.flush(true)} loading={item.state === 'sending'}>
              {t('offline.sendNow')}
            </Button>
            <Button icon={<EditOutlined />} onClick={onEdit} disabled={item.state === 'sending'}>
              {t('offline.editQueued')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  )
}
