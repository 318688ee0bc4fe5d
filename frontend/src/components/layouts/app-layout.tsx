import { useState, type ReactNode } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { App, Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Segmented, Typography } from 'antd'
import {
  AuditOutlined,
  ApartmentOutlined,
  ClusterOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileTextOutlined,
  LogoutOutlined,
  MenuOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { canManage, canView, isAdmin, isReporter, useSession } from '@/lib/auth'
import { logout } from '@/lib/api/client'
import type { User } from '@/lib/api/types'
import { unsentCount } from '@/lib/offline'
import { TextSizeSwitch } from '@/components/ui/text-size-switch'

function menuItems(user: User | undefined, t: (k: string) => string) {
  const items = []
  if (canView(user)) items.push({ key: '/dashboard', icon: <DashboardOutlined />, label: t('nav.dashboard') })
  if (canView(user)) items.push({ key: '/plans', icon: <FileTextOutlined />, label: t('nav.plans') })
  if (isReporter(user)) items.push({ key: '/my-work', icon: <CheckSquareOutlined />, label: t('nav.myWork') })
  if (canManage(user)) items.push({ key: '/review', icon: <AuditOutlined />, label: t('nav.review') })
  if (canView(user)) items.push({ key: '/organizations', icon: <ApartmentOutlined />, label: t('nav.organizations') })
  if (canManage(user) || isReporter(user))
    items.push({ key: '/members', icon: <TeamOutlined />, label: t('members.nav') })
  if (canView(user)) items.push({ key: '/levels', icon: <ClusterOutlined />, label: t('nav.levels') })
  if (isAdmin(user)) items.push({ key: '/users', icon: <TeamOutlined />, label: t('nav.users') })
  return items
}

function LanguageSwitch() {
  const { i18n, t } = useTranslation()
  return (
    <Segmented
      size="small"
      aria-label={t('nav.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(v) => void i18n.changeLanguage(String(v))}
    />
  )
}

/** `headerExtra`: what the app puts beside the user menu (the notification bell). */
export function AppLayout({ headerExtra }: { headerExtra?: ReactNode } = {}) {
  const { t } = useTranslation()
  const session = useSession()
  const user = session?.user
  const qc = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const screens = Grid.useBreakpoint()
  const mobile = !screens.md
  const [drawer, setDrawer] = useState(false)

  const items = menuItems(user, t)
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key
  const roleText = (user?.roles ?? []).map((r) => t(`roles.${r}`)).join(', ')
  const orgText = user?.orgName ?? t('common.systemWide')

  const { modal } = App.useApp()
  const leave = () => {
    void logout()
    qc.clear()
    navigate('/login', { replace: true })
  }
  // what waits in the outbox stays on the phone, but only this user's next sign-in sends it: say so first
  const signOut = () => {
    const unsent = unsentCount()
    if (unsent === 0) return leave()
    modal.confirm({
      title: t('offline.logoutTitle', { count: unsent }),
      content: t('offline.logoutHint'),
      okText: t('offline.logoutAnyway'),
      okButtonProps: { danger: true },
      cancelText: t('offline.stay'),
      onOk: leave,
    })
  }

  const menu = (
    <Menu
      mode="inline"
      theme="dark"
      selectedKeys={selected ? [selected] : []}
      items={items.map((i) => ({ ...i, label: <Link to={i.key}>{i.label}</Link> }))}
      onClick={() => setDrawer(false)}
    />
  )

  const brand = (
    <Link to="/" style={{ color: '#fff', fontWeight: 700, fontSize: 18, whiteSpace: 'nowrap' }}>
      {t('app.name')}
    </Link>
  )

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider width={220} breakpoint="lg" collapsedWidth={64} style={{ background: '#7f1d1d' }}>
          <div style={{ padding: '16px 20px' }}>{brand}</div>
          <div className="app-menu">{menu}</div>
        </Layout.Sider>
      )}
      {mobile && (
        <Drawer
          placement="left"
          open={drawer}
          onClose={() => setDrawer(false)}
          width={260}
          styles={{ body: { padding: 0, background: '#7f1d1d' }, header: { background: '#7f1d1d' } }}
          title={brand}
          closable={false}
        >
          <div className="app-menu">{menu}</div>
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: mobile ? '0 12px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            lineHeight: 'normal',
          }}
        >
          {mobile && (
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setDrawer(true)} />
          )}
          {mobile && (
            <Typography.Text strong style={{ fontSize: 16, color: '#7f1d1d', whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Typography.Text>
          )}
          <div style={{ flex: 1 }} />
          {!mobile && <LanguageSwitch />}
          {headerExtra}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'who',
                  disabled: true,
                  label: (
                    <div style={{ color: 'rgba(0,0,0,.88)' }}>
                      <div style={{ fontWeight: 600 }}>{user?.fullName}</div>
                      <div>{roleText}</div>
                      <div>{orgText}</div>
                    </div>
                  ),
                },
                ...(mobile ? [{ key: 'lang', label: <LanguageSwitch /> }] : []),
                { key: 'text-size', label: <TextSizeSwitch /> },
                { type: 'divider' as const },
                {
                  key: 'account',
                  icon: <SettingOutlined />,
                  label: t('nav.account'),
                  onClick: () => navigate('/account'),
                },
                { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), onClick: signOut },
              ],
            }}
          >
            <Button
              type="text"
              style={{ height: 'auto', padding: '4px 8px' }}
              data-testid="user-menu"
              aria-label={mobile ? user?.fullName : undefined}
            >
              <Flex align="center" gap={8}>
                <Avatar size="small" icon={<UserOutlined />} style={{ background: '#b3261e' }} />
                {!mobile && (
                  <Flex vertical align="flex-start" style={{ lineHeight: 1.25 }}>
                    <Typography.Text strong>{user?.fullName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {roleText} · {orgText}
                    </Typography.Text>
                  </Flex>
                )}
              </Flex>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
