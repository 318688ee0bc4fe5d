import { Flex, Switch, Typography } from 'antd'
import { FontSizeOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { textSize, useLargeText } from '@/lib/text-size'

/** "Chữ lớn": larger type and controls, for whoever reads the phone at arm's length. */
export function TextSizeSwitch() {
  const { t } = useTranslation()
  const large = useLargeText()
  return (
    <Flex align="center" gap={8} onClick={(e) => e.stopPropagation()}>
      <FontSizeOutlined aria-hidden />
      <Typography.Text id="large-text-label">{t('offline.largeText')}</Typography.Text>
      <Switch size="small" checked={large} onChange={textSize.set} aria-labelledby="large-text-label" />
    </Flex>
  )
}
