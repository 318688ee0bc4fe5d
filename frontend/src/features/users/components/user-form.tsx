import { App, Checkbox, Form, Input, Modal, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Role, User } from '@/lib/api/types'
import { OrgSelect } from '@/components/org-select'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useCreateUser, useUpdateUser } from '../api/users'

interface Values {
  username: string
  fullName: string
  orgId: number
  roles: Role[]
  email?: string
  password?: string
  active: boolean
}

const ROLES: Role[] = ['DEPARTMENT', 'REPORTER', 'VIEWER', 'ADMIN']

/** Creates a user, or edits one: name, organisation, roles, mailbox, active; a new password when given. */
export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const create = useCreateUser()
  const update = useUpdateUser(user)
  const problem = useFormProblem(form)
  const required = (k: string) => ({ required: true, message: t('validation.required', { field: t(k).toLowerCase() }) })
  const done = () => {
    void message.success(t('common.saved'))
    onClose()
  }
  return (
    <Modal
      open
      title={user ? t('users.edit', { name: user.username }) : t('users.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={560}
    >
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                username: user.username,
                fullName: user.fullName,
                orgId: user.orgId ?? undefined,
                roles: user.roles as Role[],
                email: user.email ?? '',
                active: user.active,
              }
            : { roles: ['REPORTER'], active: true }
        }
        onValuesChange={() => problem.error && problem.clear()}
        onFinish={(v) => {
          const email = v.email?.trim() ?? ''
          if (user)
            update.mutate(
              {
                fullName: v.fullName.trim(),
                orgId: v.orgId,
                roles: v.roles,
                email,
                active: v.active,
                ...(v.password ? { password: v.password } : {}),
              },
              { onSuccess: done, onError: problem.handle },
            )
          else
            create.mutate(
              {
                username: v.username.trim(),
                password: v.password ?? '',
                fullName: v.fullName.trim(),
                orgId: v.orgId,
                roles: v.roles,
                email: email || undefined,
              },
              { onSuccess: done, onError: problem.handle },
            )
        }}
      >
        <Form.Item name="username" label={t('users.username')} rules={[required('users.username')]}>
          <Input disabled={!!user} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="fullName" label={t('users.fullName')} rules={[required('users.fullName')]}>
          <Input data-testid="user-fullname" />
        </Form.Item>
        <Form.Item name="orgId" label={t('users.org')} rules={[required('users.org')]}>
          <OrgSelect aria-label={t('users.org')} />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} extra={t('users.rolesHint')} rules={[required('users.roles')]}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('account.email')}
          rules={[{ type: 'email', message: t('account.emailInvalid') }]}
        >
          <Input type="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('users.newPassword') : t('users.password')}
          extra={t('account.newHint')}
          rules={[...(user ? [] : [required('users.password')]), { min: 8, max: 72, message: t('account.newHint') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        {user && (
          <Form.Item name="active" label={t('users.state')} valuePropName="checked">
            <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
