import { Button, Space, type FormInstance } from 'antd'
import { DeleteOutlined, MergeCellsOutlined, SplitCellsOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { mergeTiers, splitTier, type PlanValues, type SourceLink, type TierValues } from './plan-form-model'

interface Props {
  form: FormInstance<PlanValues>
  /** the tier's name in the form list and its place in it */
  name: number
  index: number
  count: number
  add: (tier: TierValues, at: number) => void
  remove: (index: number) => void
  /** set when the plan is read from a document: splitting and merging mend what the reader got wrong */
  source?: SourceLink
}

/** A tier's buttons: split it in two, merge it with the next one, remove it. */
export function TierActions({ form, name, index, count, add, remove, source }: Props) {
  const { t } = useTranslation()
  return (
    <Space size={0}>
      {source && (
        <Button
          type="text"
          icon={<SplitCellsOutlined />}
          aria-label={t('planImport.split')}
          title={t('planImport.splitHint')}
          onClick={() => {
            const tier = form.getFieldValue(['tiers', index]) as TierValues
            add(splitTier(tier), index + 1)
            source.onTierInserted?.(index + 1)
          }}
        />
      )}
      {source && index + 1 < count && (
        <Button
          type="text"
          icon={<MergeCellsOutlined />}
          aria-label={t('planImport.merge')}
          title={t('planImport.mergeHint')}
          onClick={() => {
            const tiers = form.getFieldValue('tiers') as TierValues[]
            form.setFieldValue(['tiers', index], mergeTiers(tiers[index], tiers[index + 1]))
            remove(index + 1)
            source.onTierRemoved?.(index + 1)
          }}
        />
      )}
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('plans.removeTier')}
        onClick={() => {
          remove(name)
          source?.onTierRemoved?.(index)
        }}
      />
    </Space>
  )
}
